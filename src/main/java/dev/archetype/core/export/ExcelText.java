package dev.archetype.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Excel refuses a cell of more than 32,767 characters (and POI throws when asked to write one). Text that long
 * is cut with a trailing "…", and the places cut are remembered so the workbook can say where (the labeled CSV
 * keeps such cells whole). Not thread-safe: one per export.
 */
final class ExcelText {
    static final int MAX_CHARS = 32_767;
    private static final int PLACES_LISTED = 5;

    private final List<String> places = new ArrayList<>();
    private int count;

    /** {@code text} as it fits in a cell. */
    static String fit(String text) {
        if (text.length() <= MAX_CHARS) return text;
        int cut = MAX_CHARS - 1;
        // never split a character stored as two UTF-16 units (an emoji): a lone half is not valid XML
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut) + "…";
    }

    /** As {@link #fit(String)}, remembering {@code where} ("Customers row 12, column 'Notes'") when it cuts. */
    String fit(String text, String where) {
        if (text.length() <= MAX_CHARS) return text;
        if (count++ < PLACES_LISTED) places.add(where);
        return fit(text);
    }

    /** One sentence for the Run sheet, or null when nothing was cut. */
    String note() {
        if (count == 0) return null;
        String more = count > places.size() ? " and " + (count - places.size()) + " more" : "";
        return count + (count == 1 ? " cell was" : " cells were") + " cut to Excel's limit of 32,767 characters ("
                + String.join("; ", places) + more + "); the labeled CSV export keeps them whole";
    }
}
