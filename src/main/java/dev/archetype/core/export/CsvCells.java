package dev.archetype.core.export;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Cell text for CSV: numbers in plain notation, dates in ISO form, text made safe from formula injection. */
final class CsvCells {
    /** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvCells() { }

    /**
     * Text that a spreadsheet would run as a formula gets a leading apostrophe; text that is just a number
     * (such as "-5") is left alone, as it cannot run anything.
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) return text;
        if (TRIGGERS.indexOf(text.charAt(0)) < 0) return text;
        if (PLAIN_NUMBER.matcher(text).matches()) return text;
        return "'" + text;
    }

    /** A number exactly, without exponent or grouping: 12, -3.5, 0.000125. */
    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** Dates as yyyy-MM-dd, date-times as yyyy-MM-dd HH:mm:ss. */
    static String date(LocalDateTime t) {
        if (t == null) return "";
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : DATE_TIME.format(t);
    }

    static String cell(Column column, int row) {
        if (column instanceof NumericColumn n) return number(n.get(row));
        if (column instanceof DateColumn d) return date(d.get(row));
        if (column instanceof CategoricalColumn c) return escape(c.format(row));
        if (column instanceof TextColumn t) return escape(t.format(row));
        return escape(column.format(row));
    }
}
