package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusteringCommandsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/three_groups.csv");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void sweepJsonHasTheComparisonShapeAndRecommendsThree() throws Exception {
        int code = run("sweep", FIXTURE.toString(), "--features", "spend,visits", "--k", "1..4", "--missing", "drop", "--json");
        assertThat(code).isZero();
        JsonNode root = ResultJson.MAPPER.readTree(out.toString());
        assertThat(root.get("rows").asInt()).isEqualTo(11);
        assertThat(root.get("features")).extracting(JsonNode::asText).containsExactly("spend", "visits");
        assertThat(root.get("results")).hasSize(4);
        JsonNode k1 = root.get("results").get(0);
        assertThat(k1.get("silhouette").isNull()).isTrue();
        JsonNode k3 = root.get("results").get(2);
        assertThat(k3.get("k").asInt()).isEqualTo(3);
        assertThat(k3.get("sizes")).extracting(JsonNode::asInt).containsExactly(4, 4, 3);
        assertThat(k3.has("sse") && k3.has("calinskiHarabasz") && k3.has("daviesBouldin")).isTrue();
        assertThat(root.get("recommendedK").asInt()).isEqualTo(3);
        assertThat(root.get("reason").asText()).startsWith("k = 3");
        assertThat(err.toString()).contains("Left out 1 of 12 rows");
    }

    @Test
    void imputedCellsAreReported() {
        assertThat(run("cluster", FIXTURE.toString(), "--features", "spend,visits", "--k", "2")).isZero();
        assertThat(out.toString()).contains("Note: Filled 1 missing cell in 'visits' with the mean (25.0455)");
    }

    @Test
    void sweepWithoutFeaturesUsesEveryNumericColumnButNotTheConstantOne() {
        int code = run("sweep", FIXTURE.toString(), "--k", "2..3");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Features: spend, visits\n").contains("Recommended k = ");
    }

    @Test
    void explicitlyChosenConstantColumnIsDroppedWithANote() {
        int code = run("cluster", FIXTURE.toString(), "--features", "spend,constant", "--k", "2");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Note: Dropped 'constant': every row has the same value (5)");
    }

    @Test
    void clusterJsonGivesCentroidsInOriginalUnitsAndWritesLabels(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.csv");
        int code = run("cluster", FIXTURE.toString(), "--features", "spend", "--k", "3", "--json", "--out", labels.toString());
        assertThat(code).isZero();
        JsonNode root = ResultJson.MAPPER.readTree(out.toString());
        assertThat(root.get("k").asInt()).isEqualTo(3);
        JsonNode centroids = root.get("centroids");
        assertThat(centroids).hasSize(3);
        // spend groups: {1,2,1.5,2.5} mean 1.75, {50,51,49} mean 50, {100,101,99,100.5,102} mean 100.5
        assertThat(centroids.get(0).get("size").asInt()).isEqualTo(5);
        assertThat(centroids.get(0).get("values").get("spend").asDouble()).isCloseTo(100.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(centroids.get(1).get("values").get("spend").asDouble()).isCloseTo(1.75, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(centroids.get(2).get("values").get("spend").asDouble()).isCloseTo(50, org.assertj.core.api.Assertions.within(1e-9));
        List<String> lines = Files.readAllLines(labels);
        assertThat(lines.get(0)).isEqualTo("spend,visits,constant,Cluster,Archetype,Distance,Silhouette");
        // well-separated spend groups: every row sits far nearer its own group than the next one
        assertThat(lines.stream().skip(1).map(l -> Double.parseDouble(l.split(",")[6]))).allMatch(s -> s > 0.5 && s <= 1);
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[3]))
                .containsExactly("2", "2", "2", "2", "3", "3", "3", "1", "1", "1", "1", "1");
        JsonNode archetypes = root.get("archetypes");
        assertThat(archetypes).hasSize(3);
        assertThat(archetypes.get(0).get("cluster").asInt()).isEqualTo(1);
        assertThat(archetypes.get(0).get("size").asInt()).isEqualTo(5);
        assertThat(archetypes.get(0).get("name").asText()).isEqualTo("High Spend");
        assertThat(archetypes.get(1).get("name").asText()).isEqualTo("Low Spend");
        assertThat(archetypes.get(0).get("distinctive").get(0).asText()).startsWith("spend ");
        assertThat(lines.get(8).split(",")[4]).isEqualTo("High Spend");
    }

    @Test
    void droppedRowsGetAnEmptyLabel(@TempDir Path dir) throws Exception {
        Path labels = dir.resolve("l.csv");
        int code = run("cluster", FIXTURE.toString(), "--features", "spend,visits", "--k", "3", "--missing", "drop",
                "--out", labels.toString());
        assertThat(code).isZero();
        String[] row11 = Files.readAllLines(labels).get(11).split(",", -1);
        assertThat(row11[3]).as("cluster of the dropped row").isEmpty();
        assertThat(Files.readAllLines(labels).get(10).split(",", -1)[3]).isNotEmpty();
        assertThat(out.toString()).contains("Left out 1 of 12 rows").contains("cluster 1");
    }

    @Test
    void badInputIsOneLineWithExitCodeOne() {
        assertThat(run("sweep", FIXTURE.toString(), "--features", "nope")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("archetype: No column 'nope'").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void badOptionValuesAreExplained() {
        assertThat(run("sweep", FIXTURE.toString(), "--scale", "log")).isEqualTo(ArchetypeCli.USAGE);
        assertThat(err.toString()).contains("--scale must be zscore, minmax, robust or none, not 'log'");
    }

    @Test
    void kAboveRowsIsAClearError() {
        assertThat(run("cluster", FIXTURE.toString(), "--k", "20")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("k = 20 is more than the 12 rows");
    }

    @Test
    void missingFileIsAClearError() {
        assertThat(run("sweep", "no/such.csv")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("No such file: no/such.csv");
    }
}
