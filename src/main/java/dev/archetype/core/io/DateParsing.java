package dev.archetype.core.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a column of date texts. One pattern must read every distinct value, so {@code 03/04/2024} is
 * never day-first in one row and month-first in the next. Patterns are tried in this order: ISO
 * ({@code 2024-03-04}, with optional time), {@code 2024/03/04}, day-first {@code 04/03/2024},
 * month-first {@code 03/04/2024}, {@code 04.03.2024}, {@code 04-03-2024}, {@code 4-Mar-2024},
 * {@code 4 Mar 2024}, {@code Mar 4, 2024}; the slash and dot forms may carry a time {@code H:mm[:ss]}.
 */
final class DateParsing {
    private DateParsing() { }

    private static final List<DateTimeFormatter> PATTERNS = List.of(
            f("uuuu-M-d[['T'][' ']H:mm[:ss][.SSS]]"),
            f("uuuu/M/d[ H:mm[:ss]]"),
            f("d/M/uuuu[ H:mm[:ss]]"),
            f("M/d/uuuu[ H:mm[:ss]]"),
            f("d.M.uuuu[ H:mm[:ss]]"),
            f("d-M-uuuu[ H:mm[:ss]]"),
            f("d-MMM-uuuu[ H:mm[:ss]]"),
            f("d MMM uuuu[ H:mm[:ss]]"),
            f("MMM d, uuuu[ H:mm[:ss]]"));

    private static DateTimeFormatter f(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Epoch seconds (UTC wall clock) for each text, or null unless one pattern reads them all.
     * Texts must look like dates (digits, at most 32 characters) to be tried at all.
     */
    static long[] parseAll(List<String> texts) {
        if (texts.isEmpty()) return null;
        for (String t : texts) if (!plausible(t)) return null;
        for (DateTimeFormatter fmt : PATTERNS) {
            long[] out = new long[texts.size()];
            boolean ok = true;
            for (int i = 0; i < out.length && ok; i++) {
                Long v = parse(fmt, texts.get(i));
                if (v == null) ok = false; else out[i] = v;
            }
            if (ok) return out;
        }
        return null;
    }

    /** One text in the first pattern that reads it, or null. */
    static Long parseOne(String text) {
        if (!plausible(text)) return null;
        for (DateTimeFormatter fmt : PATTERNS) {
            Long v = parse(fmt, text);
            if (v != null) return v;
        }
        return null;
    }

    private static boolean plausible(String t) {
        int n = t.length();
        if (n < 6 || n > 32) return false;
        int digits = 0;
        for (int i = 0; i < n; i++) if (Character.isDigit(t.charAt(i))) digits++;
        return digits >= 4;
    }

    private static Long parse(DateTimeFormatter fmt, String text) {
        try {
            TemporalAccessor ta = fmt.parse(text.trim());
            LocalDate d = LocalDate.from(ta);
            LocalDateTime t = ta.isSupported(ChronoField.HOUR_OF_DAY)
                    ? LocalDateTime.of(d, java.time.LocalTime.of(ta.get(ChronoField.HOUR_OF_DAY),
                    ta.get(ChronoField.MINUTE_OF_HOUR),
                    ta.isSupported(ChronoField.SECOND_OF_MINUTE) ? ta.get(ChronoField.SECOND_OF_MINUTE) : 0))
                    : d.atStartOfDay();
            return t.toEpochSecond(ZoneOffset.UTC);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }
}
