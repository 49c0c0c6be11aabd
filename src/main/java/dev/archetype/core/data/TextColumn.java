package dev.archetype.core.data;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Free text or identifiers; {@code null} marks a missing cell. */
public final class TextColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final String[] values;
    private int missing = -1;
    private int distinct = -1;

    /** Takes ownership of {@code values}. */
    public TextColumn(String name, ColumnType type, String[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.values = Objects.requireNonNull(values, "values");
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return values.length; }
    @Override public boolean isMissing(int row) { return values[row] == null; }

    public String get(int row) { return values[row]; }

    @Override
    public synchronized int missingCount() {
        if (missing < 0) {
            int m = 0;
            for (String v : values) if (v == null) m++;
            missing = m;
        }
        return missing;
    }

    @Override
    public synchronized int distinctCount() {
        if (distinct < 0) {
            Set<String> seen = new HashSet<>();
            for (String v : values) if (v != null) seen.add(v);
            distinct = seen.size();
        }
        return distinct;
    }

    @Override public String format(int row) { return values[row] == null ? "" : values[row]; }
    @Override public Column withName(String newName) { return new TextColumn(newName, type, values); }
    @Override public Column withType(ColumnType newType) { return new TextColumn(name, newType, values); }
}
