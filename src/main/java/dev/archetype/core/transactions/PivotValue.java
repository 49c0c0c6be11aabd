package dev.archetype.core.transactions;

import java.util.Locale;
import java.util.Objects;

/** What one cell of the customer × item matrix holds. */
public sealed interface PivotValue permits PivotValue.Presence, PivotValue.Count, PivotValue.Sum {

    /** 1 when the customer took the item at least once, else 0. Repeats are counted once (and reported). */
    record Presence() implements PivotValue {
        @Override public String describe() { return "presence (1 = took it)"; }
    }

    /** How many transaction rows the customer has for the item. */
    record Count() implements PivotValue {
        @Override public String describe() { return "count of transactions"; }
    }

    /** The sum of an amount column (quantity, spend) over the customer's rows for the item. */
    record Sum(String column) implements PivotValue {
        public Sum {
            Objects.requireNonNull(column, "column");
            if (column.isBlank()) throw new IllegalArgumentException("sum needs a column name, as in sum:Quantity");
        }

        @Override public String describe() { return "sum of " + column; }
    }

    PivotValue PRESENCE = new Presence();
    PivotValue COUNT = new Count();

    /** One short phrase for reports and the import dialog. */
    String describe();

    /** The form {@link #parse} reads back: {@code presence}, {@code count} or {@code sum:COLUMN}. */
    default String spec() {
        if (this instanceof Sum s) return "sum:" + s.column();
        return this instanceof Count ? "count" : "presence";
    }

    /**
     * Parses the CLI form: {@code presence}, {@code count} or {@code sum:COLUMN}.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    static PivotValue parse(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("presence")) return PRESENCE;
        if (lower.equals("count")) return COUNT;
        if (lower.startsWith("sum:")) return new Sum(t.substring(4).strip());
        throw new IllegalArgumentException("Unknown value '" + t + "': use presence, count or sum:COLUMN");
    }
}
