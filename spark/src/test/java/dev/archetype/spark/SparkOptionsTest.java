package dev.archetype.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.spark.bench.GeneratedCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cosine distance, dropped rows, the median, categories and a desktop project's settings: Spark answers as the desktop does. */
class SparkOptionsTest {
    @TempDir Path dir;

    @Test
    void cosineWithDroppedRowsMatchesTheDesktopAndOutKeepsEveryRow() throws Exception {
        Path csv = dir.resolve("gaps.csv");
        GeneratedCustomers.write(csv, 30_000, 4, 9);
        // blank Milk in every 97th row: those rows cannot be placed under --missing drop
        List<String> lines = Files.readAllLines(csv);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        int blanked = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (i % 97 == 0) {
                f[2] = "";
                blanked++;
            }
            out.add(String.join(",", f));
        }
        Files.write(csv, out);

        Path labelled = dir.resolve("labelled");
        Runs.Result spark = Runs.spark("cluster", csv.toString(), "--k", "4", "--distance", "cosine", "--missing", "drop",
                "--master", "local[2]", "--out", labelled.toString(), "--json");
        assertThat(spark.code()).as(spark.err()).isZero();
        Runs.Result desktop = Runs.desktop("cluster", csv.toString(), "--k", "4", "--distance", "cosine", "--missing", "drop", "--json");
        assertThat(desktop.code()).as(desktop.err()).isZero();
        JsonNode s = spark.json(), d = desktop.json();
        assertThat(s.get("sse").asDouble()).isCloseTo(d.get("sse").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(s.get("sizes")).isEqualTo(d.get("sizes"));
        assertThat(SparkAgreesWithDesktopTest.names(s)).isEqualTo(SparkAgreesWithDesktopTest.names(d));
        assertThat(s.get("rows").asLong()).isEqualTo(30_000 - blanked);

        Map<String, String> clusters = Runs.column(labelled, "CustomerID", "Cluster");
        assertThat(clusters).hasSize(30_000);
        assertThat(clusters.values().stream().filter(String::isEmpty).count()).isEqualTo(blanked);
        assertThat(spark.err()).contains("Note: Left out " + blanked + " of 30000 rows with a missing value in the chosen columns");
    }

    @Test
    void aSmallRealFileGetsTheDesktopsAnswer() throws Exception {
        // Skewed spend on 440 customers: MLlib's k-means|| restarts stopped at SSE 1,316.5 where the desktop finds 1,312.5.
        Path wholesale = Path.of("..", "..", "shared", "data", "wholesale_customers.csv").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(wholesale), "../shared/data is missing: it must sit beside the checkout");
        Runs.Result spark = Runs.spark("cluster", wholesale.toString(), "--k", "4", "--master", "local[2]", "--json");
        Runs.Result desktop = Runs.desktop("cluster", wholesale.toString(), "--k", "4", "--json");
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(desktop.code()).as(desktop.err()).isZero();
        assertThat(spark.json().get("sse").asDouble()).isCloseTo(desktop.json().get("sse").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(spark.json().get("sizes")).isEqualTo(desktop.json().get("sizes"));
        assertThat(SparkAgreesWithDesktopTest.names(spark.json())).isEqualTo(SparkAgreesWithDesktopTest.names(desktop.json()));
    }

    @Test
    void cosineLeavesARowOfZerosUnassignedInsteadOfFailing() throws Exception {
        Path csv = dir.resolve("zeros.csv");
        GeneratedCustomers.write(csv, 5_000, 3, 2);
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.add("999999,0,0,0,0,0,0,1,Retail");
        Files.write(csv, lines);
        Path labelled = dir.resolve("zeros-out");
        Runs.Result r = Runs.spark("cluster", csv.toString(), "--k", "3", "--distance", "cosine", "--scale", "none", "--master", "local[2]",
                "--out", labelled.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Note: 1 rows are all zeros in the features, so cosine distance cannot place them; left unassigned");
        assertThat(r.json().get("rows").asLong()).isEqualTo(5_000);
        assertThat(Runs.column(labelled, "CustomerID", "Cluster")).hasSize(5_001).containsEntry("999999", "");
    }

    @Test
    void aDesktopProjectsSettingsGiveTheDesktopsArchetypes() throws Exception {
        Path csv = dir.resolve("customers.csv");
        GeneratedCustomers.write(csv, 20_000, 3, 4);
        Path project = dir.resolve("desktop.archetype");
        Runs.Result fit = Runs.desktop("cluster", csv.toString(), "--k", "3", "--features", "Fresh,Milk,Frozen,Segment", "--scale", "robust",
                "--missing", "median", "--names", "Alpha,Beta", "--save-project", project.toString(), "--json");
        assertThat(fit.code()).as(fit.err()).isZero();
        Runs.Result spark = Runs.spark("cluster", csv.toString(), "--project", project.toString(), "--master", "local[2]", "--json");
        assertThat(spark.code()).as(spark.err()).isZero();
        JsonNode s = spark.json(), d = fit.json();
        assertThat(s.get("k").asInt()).isEqualTo(3);
        assertThat(s.get("sse").asDouble()).isCloseTo(d.get("sse").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
        // medians and quartiles come from approxQuantile (0.01% rank error): a handful of boundary rows may differ
        for (int c = 0; c < 3; c++) {
            assertThat(s.get("sizes").get(c).asDouble()).isCloseTo(d.get("sizes").get(c).asDouble(), org.assertj.core.data.Percentage.withPercentage(0.2));
        }
        assertThat(SparkAgreesWithDesktopTest.names(s)).isEqualTo(SparkAgreesWithDesktopTest.names(d)).startsWith("Alpha", "Beta");
        // one-hot levels of Segment are features, weighted as on the desktop
        List<String> centroidKeys = new ArrayList<>();
        s.get("centroids").get(0).get("values").fieldNames().forEachRemaining(centroidKeys::add);
        List<String> desktopKeys = new ArrayList<>();
        d.get("centroids").get(0).get("values").fieldNames().forEachRemaining(desktopKeys::add);
        assertThat(centroidKeys).containsExactlyInAnyOrderElementsOf(desktopKeys).contains("Segment = Retail");
    }
}
