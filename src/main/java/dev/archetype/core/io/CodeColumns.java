package dev.archetype.core.io;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Whole numbers that are codes, not quantities: Region 1/2/3, Channel 1/2, a segment 10/20/30. Averaging them
 * ("Region 2.54") is meaningless and clustering on them splits customers by code. A column is read as codes when
 * it has few distinct values and either a code-like name or code-like values; counts (children, visits) keep
 * their numbers. The user can choose the integer type to undo it.
 */
final class CodeColumns {
    /** At most this many distinct values can be codes. */
    static final int MAX_CODES = 12;

    private static final Set<String> CODE_WORDS = Set.of("region", "channel", "type", "code", "segment", "zone", "class",
            "group", "status", "category", "kind", "tier", "branch", "area", "district", "sector", "cluster", "gender", "sex");
    private static final Pattern WORDS = Pattern.compile("[^a-z]+");

    private CodeColumns() { }

    /** Why the column reads as codes ("3 values and a code-like name"), or null when it is a quantity. */
    static String whyCodes(String name, double[] values) {
        TreeSet<Double> distinct = new TreeSet<>();
        int present = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            present++;
            distinct.add(v + 0.0); // -0.0 and 0.0 are one code
            if (distinct.size() > MAX_CODES) return null;
        }
        int k = distinct.size();
        if (k < 2 || present < 2 * k) return null; // nearly every value distinct: an identifier or a measurement
        if (codeLikeName(name)) return k + " values and a name that says codes";
        if (k >= 3 && distinct.stream().allMatch(v -> v != 0 && v % 10 == 0)) return k + " values, all multiples of 10, like codes";
        return null;
    }

    static boolean codeLikeName(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String w : WORDS.split(spaced)) if (CODE_WORDS.contains(w)) return true;
        return false;
    }

    /** The column as categories, levels in numeric order ("1", "2", "3"). */
    static CategoricalColumn asCategories(String name, double[] values, String why) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : values) if (!Double.isNaN(v)) distinct.add(v + 0.0);
        List<Double> order = new ArrayList<>(distinct);
        List<String> levels = new ArrayList<>();
        for (double v : order) levels.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
        double[] sorted = order.stream().mapToDouble(Double::doubleValue).toArray();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = Double.isNaN(values[i]) ? CategoricalColumn.MISSING : java.util.Arrays.binarySearch(sorted, values[i] + 0.0);
        }
        return new CategoricalColumn(name, ColumnType.CATEGORICAL, codes, levels,
                "read as categories, not a quantity: " + why + " (choose the type integer to average it as a number)");
    }
}
