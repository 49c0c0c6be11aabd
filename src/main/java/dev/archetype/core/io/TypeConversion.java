package dev.archetype.core.io;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-types a column when the user overrides the inferred type. Values that cannot be read as the new type
 * become missing and are counted in a warning; a conversion that makes no sense (a date column as numbers)
 * keeps the column and says so.
 */
public final class TypeConversion {
    private TypeConversion() { }

    public static Column convert(Column col, ColumnType to, List<String> warnings) {
        if (col.type() == to) return col;
        return switch (to) {
            case NUMERIC, INTEGER, BOOLEAN -> toNumeric(col, to, warnings);
            case CATEGORICAL -> toCategorical(col, ColumnType.CATEGORICAL);
            case CONSTANT -> col.withType(ColumnType.CONSTANT);
            case TEXT, IDENTIFIER -> col instanceof NumericColumn && to == ColumnType.IDENTIFIER ? col.withType(to)
                    : col instanceof TextColumn ? col.withType(to) : toText(col, to);
            case DATE -> toDate(col, warnings);
        };
    }

    private static Column toNumeric(Column col, ColumnType to, List<String> warnings) {
        if (col instanceof NumericColumn) return col.withType(to);
        if (col instanceof DateColumn) {
            warnings.add("Column '" + col.name() + "' holds dates and was kept as dates, not " + to.label());
            return col;
        }
        NumberParser parser = new NumberParser(false);
        int n = col.size();
        double[] v = new double[n];
        int failed = 0;
        for (int i = 0; i < n; i++) {
            if (col.isMissing(i)) {
                v[i] = Double.NaN;
                continue;
            }
            String s = col.format(i).strip();
            double d = parser.parse(s);
            if (Double.isNaN(d) && to == ColumnType.BOOLEAN) {
                String l = s.toLowerCase(java.util.Locale.ROOT);
                if (l.equals("true") || l.equals("yes") || l.equals("y") || l.equals("t")) d = 1;
                else if (l.equals("false") || l.equals("no") || l.equals("n") || l.equals("f")) d = 0;
            }
            if (Double.isNaN(d)) {
                failed++;
            }
            v[i] = d;
        }
        if (failed > 0) {
            warnings.add("Column '" + col.name() + "': " + failed + " value" + TypeInference.plural(failed)
                    + " could not be read as " + to.label() + " and became missing");
        }
        return new NumericColumn(col.name(), to, v);
    }

    private static Column toCategorical(Column col, ColumnType type) {
        if (col instanceof CategoricalColumn c) return c.withType(type);
        int n = col.size();
        int[] codes = new int[n];
        Map<String, Integer> index = new HashMap<>();
        List<String> dict = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (col.isMissing(i)) {
                codes[i] = -1;
                continue;
            }
            String s = col.format(i);
            Integer code = index.get(s);
            if (code == null) {
                code = dict.size();
                index.put(s, code);
                dict.add(s);
            }
            codes[i] = code;
        }
        return TypeInference.categorical(col.name(), type, codes, dict);
    }

    private static Column toText(Column col, ColumnType to) {
        int n = col.size();
        String[] v = new String[n];
        for (int i = 0; i < n; i++) v[i] = col.isMissing(i) ? null : col.format(i);
        return new TextColumn(col.name(), to, v);
    }

    private static Column toDate(Column col, List<String> warnings) {
        if (col instanceof DateColumn) return col.withType(ColumnType.DATE);
        int n = col.size();
        long[] out = new long[n];
        int failed = 0;
        for (int i = 0; i < n; i++) {
            if (col.isMissing(i)) {
                out[i] = DateColumn.MISSING;
                continue;
            }
            Long secs = null;
            if (col instanceof NumericColumn num) {
                double serial = num.get(i);
                if (org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(serial)) {
                    LocalDateTime t = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial, false, true);
                    secs = DateColumn.toEpochSeconds(t);
                }
            } else {
                secs = DateParsing.parseOne(col.format(i).strip());
            }
            if (secs == null) {
                failed++;
                out[i] = DateColumn.MISSING;
            } else {
                out[i] = secs;
            }
        }
        if (failed > 0) {
            warnings.add("Column '" + col.name() + "': " + failed + " value" + TypeInference.plural(failed)
                    + " could not be read as dates and became missing");
        }
        return new DateColumn(col.name(), ColumnType.DATE, out);
    }
}
