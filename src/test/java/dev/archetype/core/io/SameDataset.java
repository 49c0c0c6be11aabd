package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Two reads of one file compared: rows, columns, types, missing counts, every cell and every warning. */
final class SameDataset {
    private SameDataset() { }

    /** A read's data set, or its one-line error. */
    record Outcome(Dataset data, String error) {
        static Outcome of(Path file, ImportOptions options) {
            try {
                return new Outcome(Importer.read(file, options, null, null), null);
            } catch (ImportException ex) {
                return new Outcome(null, ex.getMessage());
            }
        }
    }

    /** Asserts that {@code b} (read as {@code bName}) holds exactly what {@code a} (read as {@code aName}) holds. */
    static void assertSame(String what, Outcome a, Outcome b, String aName, String bName) {
        if (a.error() != null || b.error() != null) {
            assertThat(b.error()).as(what).isEqualTo(a.error());
            return;
        }
        Dataset x = a.data(), y = b.data();
        assertThat(y.rowCount()).as(what + " rows").isEqualTo(x.rowCount());
        assertThat(y.columnNames()).as(what + " columns").isEqualTo(x.columnNames());
        for (int c = 0; c < x.columnCount(); c++) {
            Column p = x.column(c);
            Column q = y.column(c);
            assertThat(q.type()).as(what + " type of " + p.name()).isEqualTo(p.type());
            assertThat(q.missingCount()).as(what + " missing in " + p.name()).isEqualTo(p.missingCount());
            for (int r = 0; r < p.size(); r++) {
                if (!p.format(r).equals(q.format(r))) fail(what + ": " + p.name() + " row " + r + ": " + aName + " '"
                        + p.format(r) + "', " + bName + " '" + q.format(r) + "'");
            }
        }
        assertThat(y.warnings()).as(what + " warnings").isEqualTo(x.warnings());
    }
}
