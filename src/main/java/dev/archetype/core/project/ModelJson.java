package dev.archetype.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.cluster.Distance;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.MissingPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The "model" section of a project file: a {@link FittedModel} as JSON, numbers written to round-trip exactly. */
final class ModelJson {
    private ModelJson() { }

    static void write(ObjectNode root, FittedModel m) {
        ObjectNode o = root.putObject("model");
        o.put("missingPolicy", m.missing().name());
        o.put("distance", m.distance().name());
        ArrayNode features = o.putArray("features");
        for (EncodedFeature f : m.features()) {
            ObjectNode e = features.addObject();
            e.put("name", f.name());
            e.put("column", f.sourceColumn());
            if (f.level() != null) e.put("level", f.level());
            e.put("center", f.center());
            e.put("scale", f.scale());
            if (Double.isNaN(f.fill())) e.putNull("fill"); else e.put("fill", f.fill());
            if (f.log()) e.put("log", true);
        }
        ArrayNode centres = o.putArray("centres");
        int d = m.dims();
        double[] c = m.centres();
        for (int k = 0; k < m.k(); k++) {
            ArrayNode row = centres.addArray();
            for (int j = 0; j < d; j++) row.add(c[k * d + j]);
        }
        ArrayNode names = o.putArray("names");
        m.names().forEach(names::add);
        ObjectNode q = o.putObject("distanceQuantiles");
        double[] dq = m.distanceQuantiles();
        for (int i = 0; i < dq.length; i++) q.put(label(FittedModel.QUANTILES[i]), dq[i]);
    }

    static FittedModel read(JsonNode root, Path file) throws ProjectFileException {
        JsonNode o = root.path("model");
        if (o.isMissingNode() || o.isNull()) return null;
        try {
            List<EncodedFeature> features = new ArrayList<>();
            for (JsonNode e : required(o, "features")) {
                JsonNode fill = e.path("fill");
                features.add(new EncodedFeature(text(e, "name"), text(e, "column"), e.path("level").isTextual() ? e.get("level").asText() : null,
                        number(e, "center"), number(e, "scale"), fill.isNumber() ? fill.doubleValue() : Double.NaN,
                        e.path("log").asBoolean(false)));
            }
            List<double[]> rows = new ArrayList<>();
            for (JsonNode row : required(o, "centres")) {
                double[] r = new double[row.size()];
                for (int j = 0; j < r.length; j++) {
                    if (!row.get(j).isNumber()) throw new IllegalArgumentException("a centre holds a non-number");
                    r[j] = row.get(j).doubleValue();
                }
                if (r.length != features.size()) throw new IllegalArgumentException("a centre has " + r.length + " values for " + features.size() + " features");
                rows.add(r);
            }
            double[] centres = new double[rows.size() * features.size()];
            for (int k = 0; k < rows.size(); k++) System.arraycopy(rows.get(k), 0, centres, k * features.size(), features.size());
            List<String> names = new ArrayList<>();
            for (JsonNode n : required(o, "names")) names.add(n.asText());
            double[] q = new double[FittedModel.QUANTILES.length];
            for (int i = 0; i < q.length; i++) q[i] = number(o.path("distanceQuantiles"), label(FittedModel.QUANTILES[i]));
            return new FittedModel(features, MissingPolicy.valueOf(text(o, "missingPolicy")), Distance.valueOf(text(o, "distance")),
                    centres, names, q);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, "its \"model\" section is damaged: " + e.getMessage(), e);
        }
    }

    private static String label(double q) {
        return q == 1.0 ? "max" : "p" + Math.round(q * 100);
    }

    static JsonNode required(JsonNode o, String field) {
        JsonNode n = o.path(field);
        if (!n.isArray()) throw new IllegalArgumentException("\"" + field + "\" is missing");
        return n;
    }

    static String text(JsonNode o, String field) {
        JsonNode n = o.path(field);
        if (!n.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is missing");
        return n.asText();
    }

    static double number(JsonNode o, String field) {
        JsonNode n = o.path(field);
        if (!n.isNumber()) throw new IllegalArgumentException("\"" + field + "\" is not a number");
        return n.doubleValue();
    }
}
