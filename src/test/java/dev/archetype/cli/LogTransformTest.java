package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Skewed amounts: suggested for the log transform, transformed on request, profiled and scored in original units. */
class LogTransformTest {
    @TempDir Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Three groups whose spend is log-normal around 100, 1,000 and 10,000: one or two giants dwarf everyone. */
    private Path skewed() throws Exception {
        Random r = new Random(4);
        StringBuilder sb = new StringBuilder("id,spend,orders\n");
        for (int i = 0; i < 300; i++) {
            int g = i % 3;
            double spend = Math.exp(Math.log(100 * Math.pow(10, g)) + 0.4 * r.nextGaussian());
            double orders = Math.exp(Math.log(2 * Math.pow(3, g)) + 0.3 * r.nextGaussian());
            sb.append(i).append(',').append(String.format(java.util.Locale.ROOT, "%.2f,%.1f", spend, orders)).append('\n');
        }
        return Files.writeString(dir.resolve("skewed.csv"), sb.toString());
    }

    @Test
    void aHeavilySkewedAmountIsSuggestedForTheLog() throws Exception {
        Random r = new Random(8);
        StringBuilder sb = new StringBuilder("revenue,visits\n");
        for (int i = 0; i < 400; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%.2f,%d%n", Math.exp(5 + 1.3 * r.nextGaussian()), 1 + r.nextInt(9)));
        }
        Path data = Files.writeString(dir.resolve("revenue.csv"), sb.toString());
        assertThat(run("cluster", data.toString(), "--k", "3")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Tip: 'revenue' (skewness").contains("--log revenue").doesNotContain("'visits'");
        assertThat(run("cluster", data.toString(), "--k", "3", "--log", "revenue")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("Tip: 'revenue'");
    }

    @Test
    void onTheLogScaleTheGroupsAreFoundAndScoredInOriginalUnits() throws Exception {
        Path data = skewed();
        Path project = dir.resolve("s.archetype");
        Path labels = dir.resolve("s.csv");
        assertThat(run("cluster", data.toString(), "--k", "3", "--features", "spend,orders", "--log", "spend,orders", "--json",
                "--save-project", project.toString(), "--out", labels.toString())).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<Integer> sizes = new ArrayList<>();
        json.get("sizes").forEach(n -> sizes.add(n.asInt()));
        assertThat(sizes).as("the three groups of 100, found on the log scale").containsExactly(100, 100, 100);
        // centres come back in original units: the largest group centre is near 10,000, not near log(10,000)
        double maxSpend = 0;
        for (JsonNode c : json.get("centroids")) maxSpend = Math.max(maxSpend, c.get("values").get("spend").asDouble());
        assertThat(maxSpend).isBetween(5_000.0, 20_000.0);
        assertThat(Files.readString(project)).contains("\"logFeatures\"").contains("\"log\" : true");

        assertThat(run("score", project.toString(), data.toString(), "--json")).as(err.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString()).get("rows");
        List<String> saved = Files.readAllLines(labels);
        int col = List.of(saved.get(0).split(",")).indexOf("Cluster");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("cluster").asText()).isEqualTo(saved.get(i + 1).split(",")[col]);
        }
    }

    @Test
    void aColumnWithNegativeValuesIsRefusedForTheLog() throws Exception {
        Path data = Files.writeString(dir.resolve("neg.csv"), "a,b\n1,2\n-3,4\n5,6\n7,8\n");
        assertThat(run("cluster", data.toString(), "--k", "2", "--log", "a")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("archetype: Column 'a' has negative values (down to -3), so it cannot be "
                + "log-transformed; leave it out of the log transform");
    }
}
