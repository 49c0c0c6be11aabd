package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small hand-written tables for the transaction tests; null is a missing cell. */
final class Tables {
    private Tables() {
    }

    static Column text(String name, String... values) {
        return new TextColumn(name, ColumnType.TEXT, values);
    }

    static Column categorical(String name, String... values) {
        List<String> levels = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        int[] c = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                c[i] = CategoricalColumn.MISSING;
                continue;
            }
            String v = values[i];
            c[i] = codes.computeIfAbsent(v, x -> {
                levels.add(v);
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(name, c, levels);
    }

    static Column ints(String name, Double... values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) v[i] = values[i] == null ? Double.NaN : values[i];
        return new NumericColumn(name, ColumnType.INTEGER, v);
    }

    static Column numbers(String name, double... values) {
        return new NumericColumn(name, ColumnType.NUMERIC, values.clone());
    }

    static Dataset table(String source, Column... columns) {
        return new Dataset(source, List.of(columns), List.of());
    }
}
