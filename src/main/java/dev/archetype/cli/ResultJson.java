package dev.archetype.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.cluster.Centroids;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.prep.FeatureMatrix;

import java.util.List;

/**
 * The JSON the clustering commands print. {@code sweep} has the shape of ../shared/bench/sklearn_sweep.py
 * ({@code rows, features, results[k, sse, silhouette, calinskiHarabasz, daviesBouldin, sizes], recommendedK,
 * reason}) plus a few extra keys; {@code cluster} is {@code k, sse, sizes, centroids[cluster, size, values]}
 * and callers may add more (e.g. archetypes) to the returned node. Undefined numbers (NaN) are written as null.
 * Cluster numbers are 1-based: cluster 1 is the largest.
 */
public final class ResultJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() { }

    public static ObjectNode sweep(SweepResult s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rows", s.rows());
        ArrayNode f = root.putArray("features");
        s.features().forEach(f::add);
        ArrayNode results = root.putArray("results");
        for (KResult r : s.results()) {
            ObjectNode o = results.addObject();
            o.put("k", r.k());
            o.put("sse", r.sse());
            number(o, "silhouette", r.silhouette());
            number(o, "calinskiHarabasz", r.calinskiHarabasz());
            number(o, "daviesBouldin", r.daviesBouldin());
            ArrayNode sizes = o.putArray("sizes");
            for (int v : r.sizes()) sizes.add(v);
            o.put("silhouetteSampled", r.silhouetteSampled());
            if (r.silhouetteSampled()) {
                number(o, "silhouetteCiLow", r.silhouetteCiLow());
                number(o, "silhouetteCiHigh", r.silhouetteCiHigh());
            }
            number(o, "stability", r.stability());
            o.put("iterations", r.clustering().iterations());
        }
        root.put("recommendedK", s.recommendedK());
        root.put("reason", s.reason());
        root.put("criteriaDisagree", s.criteriaDisagree());
        if (s.criteriaDisagree()) root.put("disagreement", s.disagreement());
        root.put("confidence", s.confidence());
        root.put("confidenceReason", s.confidenceReason());
        return root;
    }

    static ObjectNode cluster(FeatureMatrix m, Clustering c) {
        ObjectNode root = head(c.k(), c.sse(), c.restarts(), c.bestFoundBy(), c.sizes());
        ArrayNode centroids = root.putArray("centroids");
        double[][] orig = Centroids.inOriginalUnits(m, c);
        List<String> names = m.names();
        for (int cl = 0; cl < c.k(); cl++) {
            ObjectNode o = centroids.addObject();
            o.put("cluster", cl + 1);
            o.put("size", c.size(cl));
            ObjectNode values = o.putObject("values");
            for (int j = 0; j < names.size(); j++) number(values, names.get(j), orig[cl][j]);
        }
        return root;
    }

    /**
     * The {@code cluster} shape for a clustering known by its model and figures (fitted by a cluster engine):
     * centroids are the model's centres in original units.
     */
    public static ObjectNode ofModel(double sse, int restartsRun, int bestFoundBy, int[] sizes,
                                     dev.archetype.core.model.FittedModel model) {
        int k = model.k();
        int d = model.dims();
        ObjectNode root = head(k, sse, restartsRun, bestFoundBy, sizes);
        ArrayNode centroids = root.putArray("centroids");
        double[] centres = model.centres();
        for (int cl = 0; cl < k; cl++) {
            ObjectNode o = centroids.addObject();
            o.put("cluster", cl + 1);
            o.put("size", sizes[cl]);
            ObjectNode values = o.putObject("values");
            for (int j = 0; j < d; j++) {
                var f = model.features().get(j);
                number(values, f.name(), f.toOriginal(centres[cl * d + j]));
            }
        }
        return root;
    }

    /** The fields every clustering starts with: k, sse, restarts and sizes. */
    private static ObjectNode head(int k, double sse, int restartsRun, int bestFoundBy, int[] sizes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("k", k);
        root.put("sse", sse);
        ObjectNode restarts = root.putObject("restarts");
        restarts.put("run", restartsRun);
        restarts.put("bestFoundBy", bestFoundBy);
        ArrayNode sizeArray = root.putArray("sizes");
        for (int v : sizes) sizeArray.add(v);
        return root;
    }

    public static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v);
        else o.putNull(key);
    }
}
