package dev.archetype.spark;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.profile.ColumnStats;
import dev.archetype.core.profile.FeatureContrast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-cluster figures of every feature column in original units, from Spark group-bys: count, mean and M2 of numbers;
 * level counts of categories, flags and two-value codes. The core turns them into the profile and names
 * ({@code ClusterProfile.ofStats}) exactly as it does from rows.
 */
final class ProfileAggregates {
    private ProfileAggregates() { }

    /** Per cluster: members, sum of squared distances and mean distance to the centre. */
    record Clusters(long[] sizes, double sse, double[] meanDistance) { }

    static Clusters clusters(Dataset<Row> labeled, int k) {
        long[] sizes = new long[k];
        double[] mean = new double[k];
        double sse = 0;
        Column d = functions.col(Assignment.DISTANCE);
        for (Row r : labeled.filter(functions.col(Assignment.CLUSTER).isNotNull()).groupBy(Assignment.CLUSTER)
                .agg(functions.count(functions.lit(1)), functions.sum(d.multiply(d)), functions.avg(d)).collectAsList()) {
            int c = r.getInt(0);
            sizes[c] = r.getLong(1);
            sse += r.getDouble(2);
            mean[c] = r.getDouble(3);
        }
        return new Clusters(sizes, sse, mean);
    }

    /** The figures of each source column of {@code features}, in feature order. */
    static List<ColumnStats> of(Dataset<Row> labeled, List<EncodedFeature> features, dev.archetype.core.data.Dataset sample, int k) {
        Set<String> columns = new LinkedHashSet<>();
        for (EncodedFeature f : features) columns.add(f.sourceColumn());
        Dataset<Row> placed = labeled.filter(functions.col(Assignment.CLUSTER).isNotNull());
        List<String> numbers = new ArrayList<>();
        for (String c : columns) if (sample.require(c) instanceof NumericColumn) numbers.add(c);
        Map<String, double[]> codes = twoValueCodes(placed, numbers);

        Map<String, ColumnStats> out = new LinkedHashMap<>();
        List<String> means = numbers.stream().filter(n -> !codes.containsKey(n)).toList();
        if (!means.isEmpty()) {
            List<Column> aggs = new ArrayList<>();
            for (String n : means) {
                Column v = Inputs.number(placed, n);
                aggs.add(functions.count(v));
                aggs.add(functions.avg(v));
                aggs.add(functions.var_pop(v));
            }
            long[][] cnt = new long[means.size()][k];
            double[][] mean = new double[means.size()][k];
            double[][] m2 = new double[means.size()][k];
            for (Row r : placed.groupBy(Assignment.CLUSTER).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).collectAsList()) {
                int c = r.getInt(0);
                for (int i = 0; i < means.size(); i++) {
                    cnt[i][c] = r.getLong(1 + 3 * i);
                    mean[i][c] = r.isNullAt(2 + 3 * i) ? Double.NaN : r.getDouble(2 + 3 * i);
                    m2[i][c] = r.isNullAt(3 + 3 * i) ? 0 : r.getDouble(3 + 3 * i) * cnt[i][c];
                }
            }
            for (int i = 0; i < means.size(); i++) {
                out.put(means.get(i), new ColumnStats.Moments(means.get(i), FeatureContrast.Kind.MEAN, cnt[i], mean[i], m2[i]));
            }
        }
        for (String n : codes.keySet()) {
            double[] values = codes.get(n);
            boolean flag = values[0] >= 0 && values[1] <= 1;
            double high = flag ? 1 : values[1];
            long[][] table = new long[k][2];
            Column v = Inputs.number(placed, n);
            for (Row r : placed.filter(v.isNotNull()).groupBy(functions.col(Assignment.CLUSTER), v.equalTo(high).as("high")).count().collectAsList()) {
                table[r.getInt(0)][r.getBoolean(1) ? 1 : 0] += r.getLong(2);
            }
            List<String> levels = flag ? List.of("0", "1") : List.of(Long.toString((long) values[0]), Long.toString((long) values[1]));
            out.put(n, new ColumnStats.Counts(n, levels, table, flag));
        }
        for (String c : columns) {
            if (!(sample.require(c) instanceof CategoricalColumn seen)) continue;
            Column level = Inputs.level(placed, c);
            Map<String, long[]> byLevel = new LinkedHashMap<>();
            for (Row r : placed.filter(level.isNotNull()).groupBy(functions.col(Assignment.CLUSTER), level.as("level")).count().collectAsList()) {
                byLevel.computeIfAbsent(r.getString(1), l -> new long[k])[r.getInt(0)] += r.getLong(2);
            }
            List<String> order = new ArrayList<>();
            for (String l : seen.levels()) if (byLevel.containsKey(l)) order.add(l);
            byLevel.keySet().stream().filter(l -> !order.contains(l)).sorted().forEach(order::add);
            long[][] table = new long[k][order.size()];
            for (int l = 0; l < order.size(); l++) {
                long[] perCluster = byLevel.get(order.get(l));
                for (int cl = 0; cl < k; cl++) table[cl][l] = perCluster[cl];
            }
            out.put(c, new ColumnStats.Counts(c, order, table, false));
        }
        List<ColumnStats> ordered = new ArrayList<>();
        for (String c : columns) ordered.add(out.get(c));
        return ordered;
    }

    /**
     * The numeric columns holding at most two whole values over all rows (a 0/1 flag or a code such as Channel 1/2),
     * with those values, smaller first: the desktop profiles them as shares, not means.
     */
    private static Map<String, double[]> twoValueCodes(Dataset<Row> placed, List<String> numbers) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (numbers.isEmpty()) return out;
        List<Column> aggs = new ArrayList<>();
        for (String n : numbers) {
            Column v = Inputs.number(placed, n);
            aggs.add(functions.min(v));
            aggs.add(functions.max(v));
            aggs.add(functions.sum(functions.when(v.notEqual(functions.floor(v)), 1).otherwise(0)));
        }
        Row bounds = placed.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        List<Column> between = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (bounds.isNullAt(3 * i) || bounds.getLong(3 * i + 2) > 0) continue;
            double lo = bounds.getDouble(3 * i), hi = bounds.getDouble(3 * i + 1);
            if (lo == hi) {
                // one value among the placed rows: a 0 or 1 of it is still a flag to the desktop (a share of 0% or 100%)
                if (lo == 0 || lo == 1) out.put(numbers.get(i), new double[] {0, 1});
                continue;
            }
            Column v = Inputs.number(placed, numbers.get(i));
            between.add(functions.sum(functions.when(v.notEqual(lo).and(v.notEqual(hi)), 1).otherwise(0)));
            candidates.add(numbers.get(i));
        }
        if (candidates.isEmpty()) return out;
        Row inner = placed.agg(between.get(0), between.subList(1, between.size()).toArray(Column[]::new)).first();
        for (int i = 0; i < candidates.size(); i++) {
            if (inner.getLong(i) != 0) continue;
            int at = numbers.indexOf(candidates.get(i));
            out.put(candidates.get(i), new double[] {bounds.getDouble(3 * at), bounds.getDouble(3 * at + 1)});
        }
        return out;
    }
}
