package dev.archetype.core.io;

import java.util.List;

/** Keeps warnings readable: a list of thousands of items shows its first few and how many more there are. */
final class Warnings {
    /** How many items a warning lists before "… and N more". */
    static final int SHOWN = 10;

    private Warnings() { }

    /** "A, B, C" or "A, B, C, … and 16,377 more". */
    static String list(List<?> items, int shown) {
        StringBuilder sb = new StringBuilder();
        int n = Math.min(shown, items.size());
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items.get(i));
        }
        if (items.size() > n) sb.append(String.format(java.util.Locale.ROOT, ", … and %,d more", items.size() - n));
        return sb.toString();
    }

    /** Most warnings kept; a file with thousands of odd columns gets a summary line instead of a wall of text. */
    static final int MAX_WARNINGS = 100;
    private static final java.util.regex.Pattern EMPTY_COLUMN = java.util.regex.Pattern.compile("Column '(.*)' is empty");

    /**
     * Gathers "Column 'x' is empty" warnings (one per column, from {@link TypeInference}) into one when there are
     * more than a few, and caps the list at {@value #MAX_WARNINGS} with a last line saying how many were left out.
     */
    static List<String> condense(List<String> warnings) {
        List<String> empty = new java.util.ArrayList<>();
        for (String w : warnings) {
            java.util.regex.Matcher m = EMPTY_COLUMN.matcher(w);
            if (m.matches()) empty.add("'" + m.group(1) + "'");
        }
        List<String> out = new java.util.ArrayList<>();
        boolean gathered = false;
        for (String w : warnings) {
            if (empty.size() > 5 && EMPTY_COLUMN.matcher(w).matches()) {
                if (!gathered) out.add(String.format(java.util.Locale.ROOT, "%,d columns are empty: %s", empty.size(), list(empty, SHOWN)));
                gathered = true;
            } else {
                out.add(w);
            }
        }
        if (out.size() > MAX_WARNINGS) {
            int more = out.size() - (MAX_WARNINGS - 1);
            out = new java.util.ArrayList<>(out.subList(0, MAX_WARNINGS - 1));
            out.add(String.format(java.util.Locale.ROOT, "… and %,d more warnings", more));
        }
        return out;
    }
}
