package dev.archetype.core.export;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The real pipeline (prepare → sweep → k-means → profile → export), and the Run sheet fed back into it. */
class PipelineExportTest {
    @TempDir Path dir;

    /** Three well separated groups of 60 customers on two numbers and a channel. */
    private static Dataset blobs() {
        int n = 180;
        double[] spend = new double[n];
        double[] visits = new double[n];
        int[] channel = new int[n];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            int g = i % 3;
            spend[i] = new double[] {100, 1_000, 5_000}[g] + rnd.nextGaussian() * 20;
            visits[i] = new double[] {2, 20, 8}[g] + rnd.nextGaussian();
            channel[i] = g == 2 ? 1 : 0;
        }
        spend[5] = Double.NaN;
        return new Dataset("blobs.csv", List.of(
                new NumericColumn("Spend", ColumnType.NUMERIC, spend),
                new NumericColumn("Visits", ColumnType.NUMERIC, visits),
                new CategoricalColumn("Channel", channel, List.of("Store", "Online"))), List.of());
    }

    @Test
    void runSheetSettingsReproduceTheExportedLabels() throws IOException {
        Dataset data = blobs();
        Path source = dir.resolve("blobs.csv");
        Files.writeString(source, "stand-in for the source file\n");
        FeatureSpec spec = new FeatureSpec(List.of("Spend", "Visits", "Channel"), Scaling.ZSCORE, MissingPolicy.DROP_ROWS);
        FeatureMatrix m = Preparer.prepare(data, spec);
        KMeansOptions options = KMeansOptions.defaults(3).withSeed(1234).withRestarts(4).withThreads(2);
        SweepResult sweep = KSweep.run(m, 2, 5, options, ProgressListener.NONE, Cancellation.NEVER);
        Clustering c = KMeans.run(m, options, ProgressListener.NONE, Cancellation.NEVER);
        ClusterProfile profile = ClusterProfile.of(data, m, c).withNames(Arrays.asList("Big spenders", null, null));
        ExportRequest request = new ExportRequest(data, source, null, m, c, profile, null, CompareK.from(sweep),
                RunInfo.of(spec, options, "test", Instant.now(), null));
        Path out = dir.resolve("blobs.xlsx");
        WorkbookExporter.export(request, out, ExportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Map<String, Cell> run = new HashMap<>();
            for (Row row : wb.getSheet("Run")) run.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            FeatureSpec spec2 = new FeatureSpec(List.of(run.get("Features").getStringCellValue().split(", ")),
                    Scaling.valueOf(run.get("Scaling").getStringCellValue()),
                    MissingPolicy.valueOf(run.get("Missing values").getStringCellValue()));
            KMeansOptions options2 = new KMeansOptions((int) run.get("k").getNumericCellValue(),
                    (int) run.get("Restarts").getNumericCellValue(), (int) run.get("Max iterations").getNumericCellValue(),
                    run.get("Tolerance").getNumericCellValue(), Long.parseLong(run.get("Seed").getStringCellValue()),
                    Init.valueOf(run.get("Initialisation").getStringCellValue()),
                    Distance.valueOf(run.get("Distance").getStringCellValue()), 1);
            Clustering again = KMeans.run(Preparer.prepare(data, spec2), options2, ProgressListener.NONE, Cancellation.NEVER);

            Sheet customers = wb.getSheet("Customers");
            int clusterCol = customers.getRow(0).getLastCellNum() - 3;
            assertThat(customers.getRow(0).getCell(clusterCol).getStringCellValue()).isEqualTo("Cluster");
            int[] exported = new int[m.rows()];
            int[] src = m.sourceRows();
            for (int i = 0; i < m.rows(); i++) {
                exported[i] = (int) customers.getRow(src[i] + 1).getCell(clusterCol).getNumericCellValue() - 1;
            }
            assertThat(exported).containsExactly(c.labels());
            assertThat(again.labels()).containsExactly(c.labels());
            assertThat(customers.getRow(6).getCell(clusterCol)).as("row with a missing value was dropped").isNull();
            assertThat(customers.getRow(src[0] + 1).getCell(clusterCol + 1).getStringCellValue())
                    .isEqualTo(profile.names().get(c.label(0)));

            Sheet compare = wb.getSheet("Compare k");
            for (int i = 0; i < sweep.results().size(); i++) {
                assertThat(compare.getRow(1 + i).getCell(0).getNumericCellValue()).isEqualTo(sweep.results().get(i).k());
                assertThat(compare.getRow(1 + i).getCell(1).getNumericCellValue()).isEqualTo(sweep.results().get(i).sse());
            }
            assertThat(wb.getSheet("Archetypes").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Big spenders");
        }
    }
}
