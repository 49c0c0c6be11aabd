package dev.archetype.core.model;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.task.Cancellation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels the rows of a new data set with a {@link FittedModel}: each row is prepared with the fit's fill values,
 * centres and scales (never the new file's), then assigned to its nearest centre. Columns are found by name, in
 * any order; extra columns are ignored. Stateless and thread-safe.
 */
public final class Scoring {
    private static final int CHECK_EVERY = 1 << 14;

    private Scoring() { }

    /**
     * The outcome: per row of the data set its cluster (0-based, -1 when the row could not be assigned), its
     * distance to that centre (NaN when unassigned), and whether it is unusual; plus what the user should know, and
     * every row prepared as the fit prepared its rows (n × d, row-major, before any cosine normalisation).
     */
    public record Scored(int[] clusters, double[] distances, boolean[] unusual, int[] counts, int unusualCount,
                         int unassigned, List<String> notes, double[] prepared) {
        public int rows() { return clusters.length; }
    }

    /**
     * @param absentMeansZero true for pivoted purchases: an item column the new data lacks means nobody took it
     * @throws IllegalArgumentException naming the feature columns the data lacks, or a column of the wrong kind
     */
    public static Scored score(FittedModel model, Dataset data, boolean absentMeansZero, Cancellation cancel) {
        try (var timing = dev.archetype.core.task.Timings.whole("scoring")) {
            List<EncodedFeature> features = model.features();
            int d = features.size();
            Column[] source = new Column[d];
            List<String> absent = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                String name = features.get(j).sourceColumn();
                source[j] = data.column(name).orElse(null);
                if (source[j] == null && !absentMeansZero && !absent.contains(name)) absent.add(name);
                if (source[j] != null && !features.get(j).isOneHot() && !(source[j] instanceof NumericColumn || source[j] instanceof DateColumn)) {
                    throw new IllegalArgumentException("Column '" + name + "' of " + data.source() + " holds "
                            + source[j].type().label() + " values, but the archetypes were fitted on numbers in it");
                }
            }
            if (!absent.isEmpty()) {
                throw new IllegalArgumentException(data.source() + " lacks the column" + (absent.size() == 1 ? " " : "s ")
                        + quoteAll(absent) + " the archetypes were fitted on");
            }
            Map<String, Set<String>> knownLevels = new LinkedHashMap<>();
            for (EncodedFeature f : features) if (f.isOneHot()) knownLevels.computeIfAbsent(f.sourceColumn(), c -> new LinkedHashSet<>()).add(f.level());
            Map<String, Map<String, Integer>> unseen = new LinkedHashMap<>();

            int n = data.rowCount(), k = model.k();
            int[] clusters = new int[n];
            double[] distances = new double[n];
            boolean[] unusual = new boolean[n];
            int[] counts = new int[k];
            int unusualCount = 0, unassigned = 0, missingRows = 0, zeroRows = 0;
            double[] prepared = new double[n * d];
            double[] x = new double[d];
            double limit = model.unusualBeyond();
            for (int r = 0; r < n; r++) {
                if (r % CHECK_EVERY == 0) cancel.check();
                boolean missingCell = false;
                for (int j = 0; j < d; j++) {
                    EncodedFeature f = features.get(j);
                    Column c = source[j];
                    double original;
                    if (c == null) {
                        original = 0;
                    } else if (c.isMissing(r)) {
                        missingCell = true;
                        original = f.fill();
                    } else if (f.isOneHot()) {
                        String value = c.format(r);
                        original = value.equals(f.level()) ? 1 : 0;
                        if (original == 0 && !knownLevels.get(f.sourceColumn()).contains(value) && f.level().equals(first(knownLevels.get(f.sourceColumn())))) {
                            unseen.computeIfAbsent(f.sourceColumn(), s -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
                        }
                    } else {
                        original = c instanceof DateColumn date ? date.epochSeconds(r) / 86400.0 : ((NumericColumn) c).get(r);
                    }
                    x[j] = f.toScaled(original);
                }
                System.arraycopy(x, 0, prepared, r * d, d);
                if (missingCell && model.missing() == MissingPolicy.DROP_ROWS) {
                    clusters[r] = -1;
                    distances[r] = Double.NaN;
                    missingRows++;
                    unassigned++;
                    continue;
                }
                if (model.distance() == dev.archetype.core.cluster.Distance.COSINE && !normalise(x)) {
                    clusters[r] = -1;
                    distances[r] = Double.NaN;
                    zeroRows++;
                    unassigned++;
                    continue;
                }
                int best = 0;
                double bestD2 = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        double e = x[j] - model.centre(c, j);
                        s += e * e;
                    }
                    if (s < bestD2) {
                        bestD2 = s;
                        best = c;
                    }
                }
                clusters[r] = best;
                distances[r] = Math.sqrt(bestD2);
                counts[best]++;
                if (distances[r] > limit) {
                    unusual[r] = true;
                    unusualCount++;
                }
            }
            List<String> notes = new ArrayList<>();
            unseen.forEach((col, values) -> notes.add(values.values().stream().mapToInt(Integer::intValue).sum() + " rows have a value of '"
                    + col + "' never seen in the fit (" + quoteAll(new ArrayList<>(values.keySet()).subList(0, Math.min(5, values.size())))
                    + (values.size() > 5 ? " and " + (values.size() - 5) + " more" : "") + "); they count as none of the fit's values"));
            if (missingRows > 0) notes.add(missingRows + " rows have a missing value and were left unassigned (the fit dropped such rows)");
            if (zeroRows > 0) notes.add(zeroRows + " rows are all zeros in the features, so cosine distance cannot place them; left unassigned");
            return new Scored(clusters, distances, unusual, counts, unusualCount, unassigned, notes, prepared);
        }
    }

    private static String first(Set<String> s) {
        return s.iterator().next();
    }

    private static boolean normalise(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        if (!(s > 0)) return false;
        double inv = 1 / Math.sqrt(s);
        for (int j = 0; j < x.length; j++) x[j] *= inv;
        return true;
    }

    private static String quoteAll(List<String> names) {
        List<String> q = new ArrayList<>();
        for (String s : names) q.add("'" + s + "'");
        return String.join(", ", q);
    }
}
