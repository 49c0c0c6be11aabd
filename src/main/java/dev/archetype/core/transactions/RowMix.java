package dev.archetype.core.transactions;

import java.util.Locale;

/**
 * How a count or sum pivot's row is read: as each customer's mix (every cell a share of the customer's total,
 * so a big and a small customer with the same mix look alike) or as raw amounts (so the biggest spenders
 * dominate every distance). Presence is always raw: a 0/1 cell is already scale-free.
 */
public enum RowMix {
    SHARE("share"), RAW("raw");

    private final String spec;

    RowMix(String spec) {
        this.spec = spec;
    }

    /** The CLI and project form: {@code share} or {@code raw}. */
    public String spec() {
        return spec;
    }

    /** Shares for counts and sums (what an analyst means by "what they buy"), raw for presence. */
    public static RowMix defaultFor(PivotValue value) {
        return value instanceof PivotValue.Presence ? RAW : SHARE;
    }

    /** Whether this mix changes the cells of a {@code value} pivot (presence never is). */
    public boolean appliesTo(PivotValue value) {
        return this == SHARE && !(value instanceof PivotValue.Presence);
    }

    /**
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static RowMix parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (RowMix m : values()) if (m.spec.equals(t)) return m;
        throw new IllegalArgumentException("Unknown mix '" + text + "': use share (each customer's share of their total) or raw");
    }

    /** Why this reading, in one sentence for the import dialog and the notes. */
    public String reason(PivotValue value) {
        if (!appliesTo(value)) {
            return value instanceof PivotValue.Presence ? "" : "Cells are raw " + what(value)
                    + ": the customers who buy most will dominate the groups.";
        }
        return "Cells are each customer's share of their total " + what(value) + " (rows add up to 100%), so customers "
                + "group by what they buy, not by how much; the total is kept as a feature you may add.";
    }

    static String what(PivotValue value) {
        return value instanceof PivotValue.Sum s ? s.column() : "transactions";
    }
}
