package dev.archetype.core.io;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides a column's type from what a {@link ColumnBuilder} collected, and builds the typed column.
 * The rules, with their thresholds:
 * <ul>
 *   <li>A column whose non-missing cells are at least {@value #DOMINANT_SHARE} numbers (or dates, or booleans),
 *       the rest being at most {@value #MAX_NOISE_LEVELS} different texts ("unknown", "n/k"), takes that kind; those
 *       cells become missing and are reported with their rows. More varied text (invoice numbers with a "C"
 *       prefix) makes the column text instead.</li>
 *   <li>Text that reads as true/false, yes/no, y/n or t/f (and numbers that are only 0 and 1) is
 *       <b>boolean</b>; text that one date pattern reads entirely is a <b>date</b> (see {@link DateParsing}).</li>
 *   <li>Numbers: one distinct value seen at least twice → <b>constant</b>; only 0 and 1 (at least two values)
 *       → <b>boolean</b>; all whole numbers →
 *       <b>integer</b>, or <b>identifier</b> when the header is named like an id ({@code id}, {@code CustomerID},
 *       {@code Offer #}, {@code key}, {@code code}, {@code no}) and every value is distinct; otherwise
 *       <b>numeric</b>.</li>
 *   <li>Text: one distinct value → <b>constant</b>; at most {@value #MAX_LEVELS} distinct values and at most
 *       half the rows distinct, or at most {@value #MAX_LEVELS_LARGE} distinct values making up at most 1% of the
 *       rows (24 countries over 40,000 orders) → <b>categorical</b>; at least {@value #IDENTIFIER_SHARE} of rows distinct and
 *       values averaging at most {@value #MAX_IDENTIFIER_LENGTH} characters → <b>identifier</b>; else
 *       <b>text</b>.</li>
 *   <li>A column with no values at all is <b>constant</b> (and reported as empty).</li>
 * </ul>
 */
final class TypeInference {
    static final double DOMINANT_SHARE = 0.98;
    static final int MAX_NOISE_LEVELS = 5;
    static final int MAX_LEVELS = 20;
    static final int MAX_LEVELS_LARGE = 100;
    static final double MAX_LEVEL_SHARE_LARGE = 0.01;
    static final double MAX_LEVEL_SHARE = 0.5;
    static final double IDENTIFIER_SHARE = 0.95;
    static final int MAX_IDENTIFIER_LENGTH = 40;

    private static final Set<String> TRUE_WORDS = ImportOptions.TRUE_WORDS;
    private static final Set<String> FALSE_WORDS = ImportOptions.FALSE_WORDS;
    private static final Pattern ID_NAME = Pattern.compile("(?i)(^|.*[^a-z])(id|key|code|no|nr|number|#)$");
    private static final Pattern CAMEL_ID = Pattern.compile(".*[a-z](ID|Id)$");

    private TypeInference() { }

    /**
     * @param rowWord how rows are named in warnings ("row" or "line")
     */
    static Column build(String name, ColumnBuilder b, List<String> warnings, String rowWord) {
        int n = b.size();
        if (b.errorCount > 0) {
            warnings.add("Column '" + name + "': " + b.errorCount + " error cell" + plural(b.errorCount)
                    + " (" + b.errorExamples[0] + " at " + rowWord + " " + b.errorRows[0] + ") read as missing");
        }
        int nonText = b.numberCount + b.dateCount + b.boolCount;
        int nonMissing = nonText + b.textCount;
        if (nonMissing == 0) {
            warnings.add("Column '" + name + "' is empty");
            return new TextColumn(name, ColumnType.CONSTANT, new String[n]);
        }
        List<String> levels = b.levels();
        double[] values = null;
        byte kind = ColumnBuilder.NONE;
        if (b.textCount > 0) {
            // Try to read all the text as booleans or dates, then see whether the text was only noise.
            double[] upgraded = upgradeBooleans(b, levels);
            if (upgraded != null) {
                values = upgraded;
                kind = ColumnBuilder.BOOL;
            } else if (b.numberCount + b.boolCount == 0 && (upgraded = upgradeDates(b, levels)) != null) {
                values = upgraded;
                kind = ColumnBuilder.DATE;
            } else if (nonText >= DOMINANT_SHARE * nonMissing && levels.size() <= MAX_NOISE_LEVELS) {
                warnings.add("Column '" + name + "': " + b.textCount + " cell" + plural(b.textCount) + " that "
                        + (b.textCount == 1 ? "is" : "are") + " not " + kindWord(dominantKind(b)) + " read as missing ("
                        + examples(b.textExamples, b.textRows, b.textExampleCount, rowWord) + ")");
            } else {
                return textColumn(name, b, n, warnings);
            }
        }
        if (values == null) {
            kind = dominantKind(b);
            int dominant = kind == ColumnBuilder.NUMBER ? b.numberCount : kind == ColumnBuilder.DATE ? b.dateCount : b.boolCount;
            if (b.hasMixedKinds()) {
                boolean numbersAndBools = b.dateCount == 0;
                if (!numbersAndBools && dominant < DOMINANT_SHARE * nonMissing) return textColumn(name, b, n, warnings);
                values = b.valuesExact();
                int dropped = 0;
                for (int i = 0; i < n; i++) {
                    byte k = b.kind(i);
                    if (k == ColumnBuilder.NONE) continue;
                    boolean keep = numbersAndBools ? k != ColumnBuilder.DATE : k == kind;
                    if (!keep) {
                        values[i] = Double.NaN;
                        dropped++;
                    }
                }
                if (numbersAndBools) kind = ColumnBuilder.NUMBER;
                if (dropped > 0) {
                    warnings.add("Column '" + name + "': " + dropped + " cell" + plural(dropped) + " that "
                            + (dropped == 1 ? "is" : "are") + " not " + kindWord(kind) + " read as missing");
                }
            } else {
                values = b.valuesExact();
            }
        }
        if (b.percentCount > 0 && kind == ColumnBuilder.NUMBER) {
            warnings.add("Column '" + name + "': percentages read as numbers (12% → 12)");
        }
        return switch (kind) {
            case ColumnBuilder.DATE -> dateColumn(name, values);
            case ColumnBuilder.BOOL -> new NumericColumn(name, constantOr(values, ColumnType.BOOLEAN), values);
            default -> numericColumn(name, values, b);
        };
    }

    private static Column numericColumn(String name, double[] values, ColumnBuilder b) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integers = true;
        int count = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            count++;
            if (v < min) min = v;
            if (v > max) max = v;
            if (integers && v != Math.rint(v)) integers = false;
        }
        ColumnType type;
        // One value alone (a one-row file) says nothing about constancy or 0/1 coding: keep it a number.
        if (min == max && count > 1) type = ColumnType.CONSTANT;
        else if (integers && min == 0 && max == 1 && count > 1) type = ColumnType.BOOLEAN;
        else if (integers && looksLikeIdName(name) && allDistinct(values)) type = ColumnType.IDENTIFIER;
        else if (integers) type = ColumnType.INTEGER;
        else type = ColumnType.NUMERIC;
        if (type == ColumnType.INTEGER) {
            // Not a warning (nothing is wrong with the file): the reason travels with the column to inspect and the panel.
            String why = CodeColumns.whyCodes(name, values);
            if (why != null) return CodeColumns.asCategories(name, values, why);
        }
        return new NumericColumn(name, type, values);
    }

    static boolean looksLikeIdName(String name) {
        String n = name.trim();
        return ID_NAME.matcher(n).matches() || CAMEL_ID.matcher(n).matches();
    }

    private static boolean allDistinct(double[] values) {
        double[] s = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        for (int i = 1; i < s.length; i++) if (s[i] == s[i - 1]) return false;
        return true;
    }

    private static ColumnType constantOr(double[] values, ColumnType type) {
        double first = Double.NaN;
        int count = 0;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            count++;
            if (Double.isNaN(first)) first = v;
            else if (v != first) return type;
        }
        return count > 1 ? ColumnType.CONSTANT : type;
    }

    private static Column dateColumn(String name, double[] values) {
        long[] secs = new long[values.length];
        for (int i = 0; i < secs.length; i++) secs[i] = Double.isNaN(values[i]) ? DateColumn.MISSING : (long) values[i];
        return new DateColumn(name, constantOr(values, ColumnType.DATE), secs);
    }

    private static double[] upgradeBooleans(ColumnBuilder b, List<String> levels) {
        if (b.dateCount > 0) return null;
        if (b.numberCount > 0 && !(b.allIntegers && b.min >= 0 && b.max <= 1)) return null;
        double[] map = new double[levels.size()];
        for (int k = 0; k < map.length; k++) {
            String s = levels.get(k).toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(s)) map[k] = 1;
            else if (FALSE_WORDS.contains(s)) map[k] = 0;
            else return null;
        }
        int n = b.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int c = b.code(i);
            out[i] = c >= 0 ? map[c] : b.value(i);
        }
        return out;
    }

    private static double[] upgradeDates(ColumnBuilder b, List<String> levels) {
        long[] parsed = DateParsing.parseAll(levels);
        if (parsed == null) return null;
        int n = b.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int c = b.code(i);
            out[i] = c >= 0 ? parsed[c] : b.value(i);
        }
        return out;
    }

    private static byte dominantKind(ColumnBuilder b) {
        if (b.numberCount >= b.dateCount && b.numberCount >= b.boolCount) return ColumnBuilder.NUMBER;
        return b.dateCount >= b.boolCount ? ColumnBuilder.DATE : ColumnBuilder.BOOL;
    }

    private static String kindWord(byte kind) {
        return switch (kind) {
            case ColumnBuilder.DATE -> "dates";
            case ColumnBuilder.BOOL -> "true/false";
            default -> "numbers";
        };
    }

    private static Column textColumn(String name, ColumnBuilder b, int n, List<String> warnings) {
        List<String> dict = new ArrayList<>(b.levels());
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < dict.size(); k++) index.put(dict.get(k), k);
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            int c = b.code(i);
            if (c >= 0) {
                codes[i] = c;
                continue;
            }
            byte k = b.kind(i);
            if (k == ColumnBuilder.NONE) {
                codes[i] = -1;
                continue;
            }
            String s = formatValue(k, b.value(i));
            Integer code = index.get(s);
            if (code == null) {
                code = dict.size();
                dict.add(s);
                index.put(s, code);
            }
            codes[i] = code;
        }
        int nonMissing = 0;
        boolean[] used = new boolean[dict.size()];
        long totalLength = 0;
        for (int c : codes) {
            if (c < 0) continue;
            nonMissing++;
            used[c] = true;
            totalLength += dict.get(c).length();
        }
        int distinct = 0;
        for (boolean u : used) if (u) distinct++;
        if (distinct <= 1) return categorical(name, ColumnType.CONSTANT, codes, dict);
        if ((distinct <= MAX_LEVELS && distinct <= MAX_LEVEL_SHARE * nonMissing)
                || (distinct <= MAX_LEVELS_LARGE && distinct <= MAX_LEVEL_SHARE_LARGE * nonMissing)) {
            return categorical(name, ColumnType.CATEGORICAL, codes, dict);
        }
        String[] values = new String[n];
        for (int i = 0; i < n; i++) values[i] = codes[i] < 0 ? null : dict.get(codes[i]);
        boolean identifier = distinct >= IDENTIFIER_SHARE * nonMissing
                && totalLength <= (long) MAX_IDENTIFIER_LENGTH * nonMissing;
        return new TextColumn(name, identifier ? ColumnType.IDENTIFIER : ColumnType.TEXT, values);
    }

    /** A categorical column with levels sorted case-insensitively, so the order does not depend on row order. */
    static CategoricalColumn categorical(String name, ColumnType type, int[] codes, List<String> dict) {
        boolean[] used = new boolean[dict.size()];
        for (int c : codes) if (c >= 0) used[c] = true;
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < dict.size(); k++) if (used[k]) order.add(k);
        order.sort(Comparator.comparing((Integer k) -> dict.get(k), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(k -> dict.get(k)));
        int[] remap = new int[dict.size()];
        List<String> levels = new ArrayList<>(order.size());
        for (int r = 0; r < order.size(); r++) {
            remap[order.get(r)] = r;
            levels.add(dict.get(order.get(r)));
        }
        for (int i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
        return new CategoricalColumn(name, type, codes, levels);
    }

    static String formatValue(byte kind, double v) {
        if (kind == ColumnBuilder.DATE) {
            LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond((long) v), ZoneOffset.UTC);
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
        }
        if (kind == ColumnBuilder.BOOL) return v != 0 ? "TRUE" : "FALSE";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static String examples(String[] texts, long[] rows, int count, String rowWord) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) sb.append(", ");
            sb.append('\'').append(brief(texts[k])).append("' at ").append(rowWord).append(' ').append(rows[k]);
        }
        return sb.toString();
    }

    /** A cell as quoted in a warning: one line, at most {@value #MAX_QUOTED} characters (a cell can be megabytes). */
    static String brief(String text) {
        String s = text.length() > MAX_QUOTED + 1 ? text.substring(0, MAX_QUOTED) + "…" : text;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // One line, and no invisible characters: a NUL or other control character shows as a mark.
            sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return sb.toString();
    }

    private static final int MAX_QUOTED = 40;

    static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
