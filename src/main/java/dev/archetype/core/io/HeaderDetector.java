package dev.archetype.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds where the table starts in the first rows of a sheet or CSV: title rows above it are skipped, the
 * header is the first wide row made only of text, and a second text row right under a header with gaps
 * (merged group titles such as "Sales" over "Q1 | Q2 | Q3") joins it into one header.
 * "Wide" means at least 60% as many filled cells as the typical row (and at least two when rows have two).
 */
final class HeaderDetector {
    /**
     * What one cell looks like, for layout decisions. TOKEN is a missing-value token ("NA", "null", "-"): a
     * missing value in data, but also a plausible column name, so it neither makes nor breaks a header.
     */
    enum Cell { BLANK, TEXT, VALUE, TOKEN }

    /**
     * @param headerRow      index (into the sample) of the first header row, or -1 when there is no header
     * @param headerRowCount 0, 1 or 2
     * @param dataStart      index of the first data row
     */
    record Layout(int headerRow, int headerRowCount, int dataStart) { }

    private HeaderDetector() { }

    static Layout detect(List<Cell[]> rows, Integer forcedHeaderRow, Boolean hasHeader) {
        if (forcedHeaderRow != null) {
            int h = forcedHeaderRow;
            if (Boolean.FALSE.equals(hasHeader)) return new Layout(-1, 0, h);
            return new Layout(h, 1, h + 1);
        }
        if (rows.isEmpty()) return new Layout(Boolean.FALSE.equals(hasHeader) ? -1 : 0, 0, 0);
        Map<Integer, Integer> freq = new HashMap<>();
        for (Cell[] r : rows) freq.merge(filled(r), 1, Integer::sum);
        int typical = 0;
        int best = -1;
        for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
            if (e.getKey() == 0) continue;
            if (e.getValue() > best || (e.getValue() == best && e.getKey() > typical)) {
                best = e.getValue();
                typical = e.getKey();
            }
        }
        int threshold = Math.max(Math.min(2, typical), (int) Math.ceil(0.6 * typical));
        int first = 0;
        while (first < rows.size() && filled(rows.get(first)) < threshold) first++;
        if (first == rows.size()) first = 0;
        if (Boolean.FALSE.equals(hasHeader)) return new Layout(-1, 0, first);
        boolean textOnly = allText(rows.get(first));
        if (!textOnly && !Boolean.TRUE.equals(hasHeader)) return new Layout(-1, 0, first);
        if (first + 2 < rows.size()) {
            Cell[] top = rows.get(first);
            Cell[] below = rows.get(first + 1);
            if (allText(below) && fillsGap(top, below) && !allText(rows.get(first + 2))) {
                return new Layout(first, 2, first + 2);
            }
        }
        return new Layout(first, 1, first + 1);
    }

    static int filled(Cell[] r) {
        int n = 0;
        for (Cell c : r) if (c != Cell.BLANK) n++;
        return n;
    }

    /** No values and some text; tokens may name columns ("id,NA,score,N/A") but a row of tokens alone is not a header. */
    private static boolean allText(Cell[] r) {
        boolean any = false;
        for (Cell c : r) {
            if (c == Cell.VALUE) return false;
            if (c == Cell.TEXT) any = true;
        }
        return any;
    }

    /** The row below has text where the header has a gap, right of some header text (a merged group title). */
    private static boolean fillsGap(Cell[] top, Cell[] below) {
        boolean seenText = false;
        for (int c = 0; c < below.length; c++) {
            Cell t = c < top.length ? top[c] : Cell.BLANK;
            if (t == Cell.TEXT) seenText = true;
            else if (seenText && below[c] == Cell.TEXT) return true;
        }
        return false;
    }

    /**
     * Column names from one or two header rows. In a two-row header a group title carries right over the gaps
     * that its sub-headers fill ("Sales" + "Q1" → "Sales Q1").
     */
    static String[] names(String[] top, String[] below, int width) {
        String[] out = new String[width];
        String carry = null;
        for (int c = 0; c < width; c++) {
            String t = c < top.length && top[c] != null ? top[c].strip() : "";
            if (below == null) {
                out[c] = t;
                continue;
            }
            String b = c < below.length && below[c] != null ? below[c].strip() : "";
            if (!t.isEmpty()) carry = t;
            else if (b.isEmpty()) carry = null;
            String group = t.isEmpty() ? (carry == null ? "" : carry) : t;
            out[c] = group.isEmpty() ? b : b.isEmpty() ? group : group + " " + b;
        }
        return out;
    }

    /** Up to this many renamed headers are reported one by one; more are summed up in one warning. */
    static final int RENAMES_LISTED = 5;

    /**
     * Makes names unique and non-blank, reporting every change: blank → "Column 3" (or the given label),
     * duplicates → "Price_2". Linear in the number of columns (a file can have 20,000 equal headers); beyond
     * {@value #RENAMES_LISTED} renames of a kind the warning lists the first few and how many more.
     */
    static List<String> uniqueNames(String[] raw, IntFunction<String> blankLabel, List<String> warnings) {
        List<String> out = new ArrayList<>(raw.length);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String r : raw) used.add(r == null ? "" : r.strip());
        java.util.Set<String> taken = new java.util.HashSet<>();
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<String> blanks = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (int c = 0; c < raw.length; c++) {
            String name = raw[c] == null ? "" : raw[c].strip();
            if (name.isEmpty()) {
                String label = blankLabel.apply(c);
                String unique = taken.contains(label) || used.contains(label) ? fresh(label, taken, used, nextSuffix) : label;
                blanks.add("Blank header in column " + (c + 1) + " named '" + unique + "'");
                name = unique;
            } else if (taken.contains(name)) {
                String unique = fresh(name, taken, used, nextSuffix);
                duplicates.add("Duplicate header '" + name + "' in column " + (c + 1) + " renamed to '" + unique + "'");
                name = unique;
            }
            taken.add(name);
            out.add(name);
        }
        report(blanks, "blank headers were named after their columns", warnings);
        report(duplicates, "duplicate headers were renamed with _2, _3, …", warnings);
        return out;
    }

    private static String fresh(String base, java.util.Set<String> taken, java.util.Set<String> used,
                                Map<String, Integer> nextSuffix) {
        int k = nextSuffix.getOrDefault(base, 2);
        while (taken.contains(base + "_" + k) || used.contains(base + "_" + k)) k++;
        nextSuffix.put(base, k + 1);
        return base + "_" + k;
    }

    private static void report(List<String> renames, String summary, List<String> warnings) {
        if (renames.size() <= RENAMES_LISTED) {
            warnings.addAll(renames);
            return;
        }
        warnings.add(String.format(java.util.Locale.ROOT, "%,d %s: %s", renames.size(), summary,
                Warnings.list(renames.stream().map(HeaderDetector::lowerFirst).toList(), 3)));
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
