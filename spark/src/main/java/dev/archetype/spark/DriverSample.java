package dev.archetype.spark;

import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A seeded sample of the rows, brought to the driver as a CSV file and read by the desktop's own importer: so column
 * types, codes, identifiers and default features are detected exactly as the desktop detects them, and the same file
 * is what a Spark-made project opens on.
 */
final class DriverSample {
    private DriverSample() { }

    /** The sample file and the desktop's reading of it. */
    record Taken(Path file, dev.archetype.core.data.Dataset data) { }

    static Taken take(Dataset<Row> df, long rows, int wanted, long seed) throws IOException {
        // Each row is kept with probability wanted/rows, so every part of the data is represented; the limit only
        // guards against a sample more than 5% over (five standard deviations at 10,000 rows).
        double fraction = rows <= wanted ? 1.0 : (double) wanted / rows;
        Dataset<Row> sample = fraction >= 1.0 ? df : df.sample(false, fraction, seed);
        // Spark writes nested or binary values only through strings; a CSV sample holds what a user would export.
        List<Column> cols = new ArrayList<>();
        for (StructField f : df.schema().fields()) {
            Column c = Inputs.col(f.name());
            cols.add(f.dataType().equals(DataTypes.StringType) ? c : c.cast(DataTypes.StringType).as(f.name()));
        }
        // Collected to the driver and written there: on a cluster, a path Spark writes to is on HDFS or the executors' disks.
        List<Row> rowsTaken = sample.limit((int) Math.min(Integer.MAX_VALUE, Math.round(wanted * 1.05) + 10))
                .select(cols.toArray(Column[]::new)).collectAsList();
        Path file = Files.createTempFile("archetype-spark-sample", ".csv");
        file.toFile().deleteOnExit();
        try (var writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(file)) {
            writer.writeRecord(df.columns());
            String[] cells = new String[df.columns().length];
            for (Row r : rowsTaken) {
                for (int i = 0; i < cells.length; i++) cells[i] = r.isNullAt(i) ? "" : r.getString(i);
                writer.writeRecord(cells);
            }
        }
        try {
            var data = Importer.read(file, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
            if (data.rowCount() == 0) throw new IllegalArgumentException("The data has no rows");
            return new Taken(file, data);
        } catch (dev.archetype.core.io.ImportException e) {
            throw new IllegalArgumentException("The sample of the data cannot be read: " + e.getMessage(), e);
        }
    }
}
