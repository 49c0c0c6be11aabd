package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.core.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved archetypes label new customers: the fit file again to the same labels, unseen rows to their nearest centre. */
class ScoreCommandTest {
    private static final Path WHOLESALE = TestData.SHARED.resolve("wholesale_customers.csv");
    private static final Path WINE = TestData.SHARED.resolve("WineKMC.xlsx");
    private static final ObjectMapper JSON = new ObjectMapper();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    @TempDir Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Path shared(Path file) {
        assertTrue(Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
        return file;
    }

    /** The Cluster column of a labeled CSV export, by data row ("" where a row was not clustered). */
    private static List<String> clusterColumn(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int col = header.indexOf("Cluster");
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) out.add(line.split(",", -1)[col]);
        return out;
    }

    @Test
    void scoringTheFitFileGivesEveryRowItsSavedCluster() throws Exception {
        Path data = shared(WHOLESALE);
        Path project = dir.resolve("w.archetype");
        Path labeled = dir.resolve("labeled.csv");
        assertThat(run("cluster", data.toString(), "--k", "5", "--save-project", project.toString(), "--out", labeled.toString()))
                .as(err.toString()).isZero();
        List<String> saved = clusterColumn(labeled);
        assertThat(run("score", project.toString(), data.toString(), "--json")).as(err.toString()).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.get("rows")).hasSize(saved.size());
        for (JsonNode row : json.get("rows")) {
            assertThat(row.get("cluster").asText()).as("row " + row.get("row")).isEqualTo(saved.get(row.get("row").asInt() - 1));
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (String c : saved) sizes.merge(c, 1, Integer::sum);
        int total = 0;
        for (var it = json.get("counts").fields(); it.hasNext(); ) total += it.next().getValue().asInt();
        assertThat(total).isEqualTo(saved.size());
        // The fit's own rows beyond its 99th percentile: a handful, never none or most.
        assertThat(json.get("unusual").asInt()).isBetween(1, saved.size() / 20);
    }

    @Test
    void rowsNeverSeenGoToTheirNearestCentreInTheFitsScaling() throws Exception {
        List<String> lines = Files.readAllLines(shared(WHOLESALE));
        String header = lines.get(0);
        int fitRows = 330;
        Path fit = dir.resolve("fit.csv");
        Files.write(fit, lines.subList(0, fitRows + 1));
        // The new file has its columns in another order and an extra column, as files from another export do.
        List<String> cols = List.of(header.split(","));
        List<String> reordered = new ArrayList<>(cols);
        java.util.Collections.reverse(reordered);
        List<String> fresh = new ArrayList<>();
        fresh.add(String.join(",", reordered) + ",Note");
        for (String line : lines.subList(fitRows + 1, lines.size())) {
            List<String> v = new ArrayList<>(List.of(line.split(",")));
            java.util.Collections.reverse(v);
            fresh.add(String.join(",", v) + ",new");
        }
        Path score = dir.resolve("new.csv");
        Files.write(score, fresh);
        Path project = dir.resolve("fit.archetype");
        Path fitLabels = dir.resolve("fit-labels.csv");
        List<String> features = List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen");
        assertThat(run("cluster", fit.toString(), "--k", "4", "--features", String.join(",", features),
                "--save-project", project.toString(), "--out", fitLabels.toString())).as(err.toString()).isZero();
        Path scoredCsv = dir.resolve("scored.csv");
        assertThat(run("score", project.toString(), score.toString(), "--out", scoredCsv.toString())).as(err.toString()).isZero();

        // Recompute independently: z-scores with the fit rows' mean and population sd, centres as the fit clusters' means.
        int d = features.size();
        double[][] fitX = numbers(lines.subList(1, fitRows + 1), cols, features);
        double[] mean = new double[d], sd = new double[d];
        for (double[] r : fitX) for (int j = 0; j < d; j++) mean[j] += r[j] / fitX.length;
        for (double[] r : fitX) for (int j = 0; j < d; j++) sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / fitX.length;
        for (int j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]);
        List<String> fitCluster = clusterColumn(fitLabels);
        double[][] centre = new double[4][d];
        int[] size = new int[4];
        for (int i = 0; i < fitX.length; i++) {
            int c = Integer.parseInt(fitCluster.get(i)) - 1;
            size[c]++;
            for (int j = 0; j < d; j++) centre[c][j] += (fitX[i][j] - mean[j]) / sd[j];
        }
        for (int c = 0; c < 4; c++) for (int j = 0; j < d; j++) centre[c][j] /= size[c];
        double[][] newX = numbers(lines.subList(fitRows + 1, lines.size()), cols, features);
        List<String> got = clusterColumn(scoredCsv);
        int agree = 0;
        for (int i = 0; i < newX.length; i++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < 4; c++) {
                double s = 0;
                for (int j = 0; j < d; j++) s += Math.pow((newX[i][j] - mean[j]) / sd[j] - centre[c][j], 2);
                if (s < bestD) { bestD = s; best = c; }
            }
            if (Integer.toString(best + 1).equals(got.get(i))) agree++;
        }
        assertThat(agree).isGreaterThanOrEqualTo((int) Math.ceil(0.999 * newX.length));
        assertThat(Files.readAllLines(scoredCsv).get(0)).startsWith(String.join(",", reordered) + ",Note,Cluster,Archetype,Distance")
                .endsWith(",Unusual");
    }

    private static double[][] numbers(List<String> rows, List<String> header, List<String> features) {
        double[][] x = new double[rows.size()][features.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] v = rows.get(i).split(",");
            for (int j = 0; j < features.size(); j++) x[i][j] = Double.parseDouble(v[header.indexOf(features.get(j))]);
        }
        return x;
    }

    @Test
    void aPivotedPurchasesProjectScoresItsOwnTransactionsToTheSavedLabels() throws Exception {
        Path wine = shared(WINE);
        Path project = dir.resolve("wine.archetype");
        Path labeled = dir.resolve("wine.csv");
        assertThat(run("cluster", wine.toString(), "--sheet", "Transactions", "--transactions", "Customer Last Name,Offer #",
                "--attributes", "OfferInformation", "--attribute-key", "Offer #", "--k", "4",
                "--save-project", project.toString(), "--out", labeled.toString())).as(err.toString()).isZero();
        List<String> saved = clusterColumn(labeled);
        assertThat(run("score", project.toString(), wine.toString(), "--sheet", "Transactions", "--json")).as(err.toString()).isZero();
        JsonNode rows = JSON.readTree(out.toString()).get("rows");
        assertThat(rows).hasSize(100);
        for (JsonNode row : rows) {
            assertThat(row.get("cluster").asText()).as(row.get("customer").asText()).isEqualTo(saved.get(row.get("row").asInt() - 1));
        }
    }

    @Test
    void aNewFileWithoutAFittedColumnIsOneLineNamingIt() throws Exception {
        Path data = shared(WHOLESALE);
        Path project = dir.resolve("w.archetype");
        assertThat(run("cluster", data.toString(), "--k", "3", "--features", "Fresh,Milk,Grocery", "--save-project", project.toString())).isZero();
        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "Fresh,Grocery\n100,200\n300,400\n");
        assertThat(run("score", project.toString(), partial.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("archetype: partial.csv lacks the column 'Milk' the archetypes were fitted on");
    }

    @Test
    void aCategoryNeverSeenInTheFitIsReportedNotACrash() throws Exception {
        Path fit = dir.resolve("fit.csv");
        StringBuilder sb = new StringBuilder("spend,region\n");
        for (int i = 0; i < 30; i++) sb.append(i % 3 == 0 ? 10 + i : 200 + i).append(',').append(i % 2 == 0 ? "North" : "South").append('\n');
        Files.writeString(fit, sb.toString());
        Path project = dir.resolve("r.archetype");
        assertThat(run("cluster", fit.toString(), "--k", "2", "--features", "spend,region", "--type", "region=categorical",
                "--save-project", project.toString())).as(err.toString()).isZero();
        Path fresh = dir.resolve("fresh.csv");
        Files.writeString(fresh, "region,spend\nNorth,15\nEast,210\nEast,12\n");
        assertThat(run("score", project.toString(), fresh.toString(), "--type", "region=categorical", "--json")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("2 rows have a value of 'region' never seen in the fit ('East')");
        assertThat(JSON.readTree(out.toString()).get("rows")).hasSize(3);
    }

    @Test
    void aProjectWithoutAModelSaysHowToGetOne() throws Exception {
        Path data = shared(WHOLESALE);
        Path project = dir.resolve("old.archetype");
        assertThat(run("cluster", data.toString(), "--k", "3", "--save-project", project.toString())).isZero();
        String json = Files.readString(project);
        Files.writeString(project, json.substring(0, json.indexOf(",\n  \"model\"")) + "\n}\n");
        assertThat(run("score", project.toString(), data.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("has no fitted model").doesNotContain("Exception");
    }
}
