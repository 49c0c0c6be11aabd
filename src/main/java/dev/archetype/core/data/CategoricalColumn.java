package dev.archetype.core.data;

import java.util.List;
import java.util.Objects;

/** Few distinct labels stored as int codes into a level list; code {@code -1} marks a missing cell. */
public final class CategoricalColumn implements Column {
    public static final int MISSING = -1;
    private final String name;
    private final ColumnType type;
    private final int[] codes;
    private final List<String> levels;
    private final String readAs;
    private int missing = -1;

    /** Takes ownership of {@code codes}. */
    public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels) {
        this(name, type, codes, levels, null);
    }

    /**
     * Takes ownership of {@code codes}.
     *
     * @param readAs why the importer read whole numbers as these categories ("3 values and a name that says
     *               codes"), shown to the user; null for text categories
     */
    public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels, String readAs) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.levels = List.copyOf(levels);
        this.readAs = readAs;
    }

    /** Why whole numbers were read as these categories, or null when the column held text. */
    public String readAs() { return readAs; }

    public CategoricalColumn(String name, int[] codes, List<String> levels) {
        this(name, ColumnType.CATEGORICAL, codes, levels);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return type; }
    @Override public int size() { return codes.length; }
    @Override public boolean isMissing(int row) { return codes[row] == MISSING; }

    public int code(int row) { return codes[row]; }

    public List<String> levels() { return levels; }

    public String level(int row) {
        int c = codes[row];
        return c == MISSING ? null : levels.get(c);
    }

    @Override
    public synchronized int missingCount() {
        if (missing < 0) {
            int m = 0;
            for (int c : codes) if (c == MISSING) m++;
            missing = m;
        }
        return missing;
    }

    /** Levels that actually occur. */
    @Override
    public int distinctCount() {
        boolean[] seen = new boolean[levels.size()];
        int d = 0;
        for (int c : codes) {
            if (c != MISSING && !seen[c]) {
                seen[c] = true;
                d++;
            }
        }
        return d;
    }

    @Override
    public String format(int row) {
        String s = level(row);
        return s == null ? "" : s;
    }

    @Override public Column withName(String newName) { return new CategoricalColumn(newName, type, codes, levels); }
    @Override public Column withType(ColumnType newType) { return new CategoricalColumn(name, newType, codes, levels); }
}
