package dev.archetype.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.spark.bench.GeneratedCustomers;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep's recommendation, Parquet and globbed input, scoring with a desktop project, and one-line refusals. */
class SparkSweepAndInputsTest {
    @TempDir static Path dir;
    static Path csv;

    @BeforeAll
    static void data() throws Exception {
        csv = dir.resolve("customers.csv");
        GeneratedCustomers.write(csv, 200_000, 5, 23);
    }

    @Test
    void theSweepRecommendsTheTrueKWithTheDesktopsRule() throws Exception {
        Runs.Result r = Runs.spark("sweep", csv.toString(), "--k", "2..8", "--restarts", "2", "--master", "local[2]", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode s = r.json();
        assertThat(s.get("recommendedK").asInt()).isEqualTo(5);
        assertThat(s.get("rows").asInt()).isEqualTo(200_000);
        assertThat(s.get("results")).hasSize(7);
        assertThat(s.get("confidence").asText()).isEqualTo("strong");
        // SSE falls with k, and the silhouette peaks at the true k
        double best = -1;
        int bestK = 0;
        for (JsonNode k : s.get("results")) {
            if (k.get("silhouette").asDouble() > best) {
                best = k.get("silhouette").asDouble();
                bestK = k.get("k").asInt();
            }
        }
        assertThat(bestK).isEqualTo(5);
        assertThat(s.get("results").get(0).get("sse").asDouble()).isGreaterThan(s.get("results").get(3).get("sse").asDouble());
    }

    @Test
    void parquetFoldersAndGlobsGiveTheAnswerTheCsvGives() throws Exception {
        SparkSession spark = Sessions.open("local[2]");
        Path parquet = dir.resolve("customers.parquet");
        spark.read().option("header", "true").option("inferSchema", "true").csv(csv.toString()).repartition(3).write().parquet(parquet.toString());
        Runs.Result fromCsv = Runs.spark("cluster", csv.toString(), "--k", "5", "--restarts", "2", "--master", "local[2]", "--json");
        Runs.Result fromParquet = Runs.spark("cluster", parquet.toString(), "--k", "5", "--restarts", "2", "--master", "local[2]", "--json");
        Runs.Result fromGlob = Runs.spark("cluster", parquet + "/part-*", "--k", "5", "--restarts", "2", "--master", "local[2]", "--json");
        for (Runs.Result r : new Runs.Result[] {fromCsv, fromParquet, fromGlob}) assertThat(r.code()).as(r.err()).isZero();
        double sse = fromCsv.json().get("sse").asDouble();
        assertThat(fromParquet.json().get("sse").asDouble()).isCloseTo(sse, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(fromGlob.json().get("sse").asDouble()).isCloseTo(sse, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(SparkAgreesWithDesktopTest.names(fromParquet.json())).isEqualTo(SparkAgreesWithDesktopTest.names(fromCsv.json()));
        assertThat(fromParquet.json().get("rows").asLong()).isEqualTo(200_000);
    }

    @Test
    void sparkScoresWithADesktopProjectAsTheDesktopDoes() throws Exception {
        Path project = dir.resolve("desktop.archetype");
        Path desktopOut = dir.resolve("desktop-labels.csv");
        Path small = dir.resolve("small.csv");
        GeneratedCustomers.write(small, 20_000, 4, 5);
        Runs.Result fit = Runs.desktop("cluster", small.toString(), "--k", "4", "--features", "Fresh,Milk,Grocery,Segment", "--missing", "median",
                "--save-project", project.toString(), "--out", desktopOut.toString());
        assertThat(fit.code()).as(fit.err()).isZero();
        Path out = dir.resolve("spark-scored");
        Runs.Result score = Runs.spark("score", project.toString(), small.toString(), "--out", out.toString(), "--format", "parquet",
                "--master", "local[2]", "--json");
        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.json().get("rows").asLong()).isEqualTo(20_000);
        assertThat(score.json().get("unassigned").asLong()).isZero();

        Path asCsv = dir.resolve("spark-scored-csv");
        Sessions.open("local[2]").read().parquet(out.toString()).write().option("header", "true").csv(asCsv.toString());
        Map<String, String> spark = Runs.column(asCsv, "CustomerID", "Archetype");
        Map<String, String> desktop = Runs.column(desktopOut, "CustomerID", "Archetype");
        assertThat(spark).hasSize(20_000).isEqualTo(desktop);
    }

    @Test
    void badInputIsOneLineAndNothingIsWrittenOver() throws Exception {
        Path existing = Files.createDirectories(dir.resolve("already-there"));
        Files.writeString(existing.resolve("keep.txt"), "mine");
        Runs.Result taken = Runs.spark("cluster", csv.toString(), "--k", "3", "--out", existing.toString(), "--master", "local[2]");
        assertThat(taken.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(taken.err().strip()).isEqualTo("archetype-spark: " + existing + " already exists; give --out a new folder (nothing is ever written over)");
        assertThat(Files.readString(existing.resolve("keep.txt"))).isEqualTo("mine");

        Runs.Result unknown = Runs.spark("cluster", csv.toString(), "--k", "3", "--features", "Fresh,Wine", "--master", "local[2]");
        assertThat(unknown.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(unknown.err().strip().lines().count()).isEqualTo(1);
        assertThat(unknown.err()).contains("Wine");

        Runs.Result missing = Runs.spark("cluster", dir.resolve("nowhere.parquet").toString(), "--k", "3", "--master", "local[2]");
        assertThat(missing.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(missing.err().strip().lines().count()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.parquet");

        Path formatted = dir.resolve("formatted.csv");
        Files.writeString(formatted, "id,spend,visits\n1,\"1,234\",3\n2,56,4\n3,78,5\n4,12,9\n");
        Runs.Result unreadable = Runs.spark("cluster", formatted.toString(), "--k", "2", "--master", "local[2]");
        assertThat(unreadable.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(unreadable.err().strip()).isEqualTo("archetype-spark: Column 'spend' has 1 cell Spark cannot read as a number (e.g. '1,234');"
                + " write plain numbers (no thousands separators, currency or percent signs) or leave the column out");

        Path folder = Files.createDirectories(dir.resolve("input-folder"));
        Files.copy(formatted, folder.resolve("part-1.csv"));
        Runs.Result inside = Runs.spark("cluster", folder.toString(), "--k", "2", "--out", folder.resolve("labelled").toString(), "--master", "local[2]");
        assertThat(inside.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(inside.err()).contains("lies inside the input");
        assertThat(folder.resolve("labelled")).doesNotExist();

        Path project = dir.resolve("mine.archetype");
        Files.writeString(project, "{}");
        Runs.Result sameProject = Runs.spark("cluster", csv.toString(), "--project", project.toString(), "--save-project", project.toString(),
                "--k", "2", "--master", "local[2]");
        assertThat(sameProject.code()).isEqualTo(SparkMain.BAD_INPUT);
        assertThat(sameProject.err()).contains("is the project this run reads");
        assertThat(Files.readString(project)).isEqualTo("{}");

        Runs.Result noK = Runs.spark("cluster", csv.toString());
        assertThat(noK.code()).isEqualTo(SparkMain.USAGE);
        assertThat(noK.err()).contains("--k");
    }
}
