package dev.archetype.core.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * Dates and date-times as epoch seconds in UTC of the local (wall-clock) time, so no time zone shifts a
 * spreadsheet date. {@link #MISSING} marks a missing cell.
 */
public final class DateColumn implements Column {
    public static final long MISSING = Long.MIN_VALUE;
    private final String name;
    private final ColumnType type;
    private final long[] epochSeconds;
    private int missing = -1;
    private int distinct = -1;

    /** Takes ownership of {@code epochSeconds}. */
    public DateColumn(String name, ColumnType type, long[] epochSeconds) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.epochSeconds = Objects.requireNonNull(epochSeconds, "epochSeconds");
    }

    public DateColumn(String name, long[] epochSeconds) {
        this(name, ColumnType.DATE, epochSeconds);
    }

    public static long toEpochSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return epochSeconds.length; }
    @Override public boolean isMissing(int row) { return epochSeconds[row] == MISSING; }

    public long epochSeconds(int row) { return epochSeconds[row]; }

    /** The wall-clock date-time, or null when missing. */
    public LocalDateTime get(int row) {
        long s = epochSeconds[row];
        return s == MISSING ? null : LocalDateTime.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC);
    }

    @Override
    public synchronized int missingCount() {
        if (missing < 0) {
            int m = 0;
            for (long v : epochSeconds) if (v == MISSING) m++;
            missing = m;
        }
        return missing;
    }

    @Override
    public synchronized int distinctCount() {
        if (distinct < 0) {
            long[] s = Arrays.stream(epochSeconds).filter(v -> v != MISSING).sorted().toArray();
            int d = 0;
            for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) d++;
            distinct = d;
        }
        return distinct;
    }

    @Override
    public String format(int row) {
        LocalDateTime t = get(row);
        if (t == null) return "";
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
    }

    @Override public Column withName(String newName) { return new DateColumn(newName, type, epochSeconds); }
    @Override public Column withType(ColumnType newType) { return new DateColumn(name, newType, epochSeconds); }
}
