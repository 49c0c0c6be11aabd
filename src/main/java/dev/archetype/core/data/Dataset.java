package dev.archetype.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An imported table: immutable, columnar, all columns the same length.
 *
 * @param source   where it came from (file name, sheet) for messages and the export's Run sheet
 * @param columns  the columns in file order, names unique
 * @param warnings what the import noticed (renamed headers, error cells, padded rows); never null
 */
public record Dataset(String source, List<Column> columns, List<String> warnings) {

    public Dataset {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
        int n = columns.isEmpty() ? 0 : columns.get(0).size();
        Map<String, Boolean> names = new HashMap<>();
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has " + c.size() + " rows, expected " + n);
            }
            if (names.put(c.name(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("Duplicate column name '" + c.name() + "'");
            }
        }
    }

    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    public int columnCount() {
        return columns.size();
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public Optional<Column> column(String name) {
        for (Column c : columns) if (c.name().equals(name)) return Optional.of(c);
        return Optional.empty();
    }

    /** The column or an exception naming what is available. */
    public Column require(String name) {
        return column(name).orElseThrow(() -> new IllegalArgumentException(
                "No column '" + name + "' in " + source + "; columns are " + columnNames()));
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) names.add(c.name());
        return names;
    }

    /** Total missing cells over all columns. */
    public long missingCells() {
        long m = 0;
        for (Column c : columns) m += c.missingCount();
        return m;
    }
}
