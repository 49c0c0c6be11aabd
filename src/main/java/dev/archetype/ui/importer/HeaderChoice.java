package dev.archetype.ui.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The header-row setting as the dialog offers it: detect, no header, or a 1-based row number.
 *
 * @param row 0-based header row; null with {@code hasHeader == null} means detect
 */
public record HeaderChoice(Integer row, Boolean hasHeader) {
    public static final HeaderChoice DETECT = new HeaderChoice(null, null);
    public static final HeaderChoice NONE = new HeaderChoice(null, false);

    public static HeaderChoice row(int zeroBased) {
        return new HeaderChoice(zeroBased, true);
    }

    /** Detect, none, then rows 1..{@code maxRow}. */
    public static List<HeaderChoice> choices(int maxRow) {
        List<HeaderChoice> list = new ArrayList<>();
        list.add(DETECT);
        list.add(NONE);
        for (int r = 0; r < maxRow; r++) list.add(row(r));
        return list;
    }

    @Override
    public String toString() {
        if (Boolean.FALSE.equals(hasHeader)) return "No header row";
        if (row == null) return "Detect";
        return "Row " + (row + 1);
    }
}
