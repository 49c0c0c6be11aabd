package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.core.TestData;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFM runs kept as projects: saved by 'cluster --rfm', re-run by 'run', scored by 'score', on the online-retail sample. */
class RfmProjectCliTest {
    private static final Path RETAIL = TestData.SHARED.resolve("online_retail_partial_dec2010.csv");

    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void sampleIsThere() {
        assertTrue(Files.isRegularFile(RETAIL), "../shared/data is missing: it must sit beside the checkout");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void anRfmProjectRunsAgainToTheSameLabelsAndNames() throws Exception {
        Path project = dir.resolve("retail.archetype");
        Path first = dir.resolve("a.csv");
        Path again = dir.resolve("b.csv");

        assertThat(run("cluster", RETAIL.toString(), "--rfm", "--k", "4", "--save-project", project.toString(),
                "--out", first.toString())).as(err.toString()).isZero();
        String clusterText = out.toString();
        assertThat(run("run", project.toString(), "--out", again.toString())).as(err.toString()).isZero();
        String runText = out.toString();

        List<String> a = Files.readAllLines(first);
        List<String> b = Files.readAllLines(again);
        assertThat(a).hasSize(861); // the header and the 860 customers the cleaning report counts
        assertThat(b).hasSize(a.size());
        for (int r = 0; r < a.size(); r++) assertThat(b.get(r)).as("row " + r).isEqualTo(a.get(r));
        assertThat(a.get(0)).startsWith("CustomerID,Recency (days),Frequency (invoices),Monetary,Tenure (days),Cluster,Archetype");
        // The names are the marketer's words, the same in both runs, each with the typical member's figures.
        assertThat(archetypeLines(runText)).isEqualTo(archetypeLines(clusterText)).hasSize(4)
                .allMatch(line -> line.matches("\\d\\. [A-Z][a-z ]+ — last bought \\d+ days? ago, [\\d,]+ orders?, spent [\\d,.]+ .*"));
        Project saved = ProjectStore.load(project);
        assertThat(saved.rfm()).isTrue();
        assertThat(saved.preparation().features()).containsExactly("Recency (days)", "Frequency (invoices)", "Monetary", "Tenure (days)");
    }

    @Test
    void scoringRawInvoiceLinesWithAnRfmProjectLabelsEachCustomerAsTheFitDid() throws Exception {
        Path project = dir.resolve("retail.archetype");
        assertThat(run("cluster", RETAIL.toString(), "--rfm", "--k", "3", "--save-project", project.toString(), "--json"))
                .as(err.toString()).isZero();
        JsonNode fit = ResultJson.MAPPER.readTree(out.toString());
        List<String> names = new ArrayList<>();
        for (JsonNode a : fit.get("archetypes")) names.add(a.get("name").asText());

        assertThat(run("score", project.toString(), RETAIL.toString(), "--json")).as(err.toString()).isZero();
        JsonNode scored = ResultJson.MAPPER.readTree(out.toString());
        // The same invoice lines give the same figures, so every customer lands where the fit put them.
        for (int c = 0; c < names.size(); c++) {
            assertThat(scored.get("counts").get(names.get(c)).asInt()).as(names.get(c)).isEqualTo(fit.get("sizes").get(c).asInt());
        }
        JsonNode firstRow = scored.get("rows").get(0);
        assertThat(firstRow.get("customer").asText()).isEqualTo("17850");
        assertThat(err.toString()).contains("cancellation invoices");
    }

    @Test
    void theArchetypesSheetCarriesTheRfmNamesAndTheTypicalMembersFigures() throws Exception {
        Path workbook = dir.resolve("rfm.xlsx");
        assertThat(run("cluster", RETAIL.toString(), "--rfm", "--k", "4", "--json", "--out", workbook.toString()))
                .as(err.toString()).isZero();
        JsonNode json = ResultJson.MAPPER.readTree(out.toString());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.toFile())) {
            var sheet = wb.getSheet("Archetypes");
            var typical = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "Typical member (medians)".equals(r.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            var header = sheet.getRow(0);
            for (int c = 0; c < 4; c++) {
                JsonNode a = json.get("archetypes").get(c);
                int col = -1;
                for (int j = 0; j < header.getLastCellNum(); j++) {
                    if (header.getCell(j) != null && a.get("name").asText().equals(header.getCell(j).getStringCellValue())) col = j;
                }
                assertThat(col).as(a.get("name").asText()).isPositive();
                assertThat(typical.getCell(col).getStringCellValue()).isEqualTo(a.get("figures").asText());
            }
        }
    }

    @Test
    void anOlderArchetypeIsToldToUpdateRatherThanMisreadingAnRfmProject() throws Exception {
        Path project = dir.resolve("retail.archetype");
        assertThat(run("cluster", RETAIL.toString(), "--rfm", "--k", "2", "--save-project", project.toString())).isZero();
        JsonNode json = ResultJson.MAPPER.readTree(Files.readString(project));
        assertThat(json.get("formatVersion").asInt()).isEqualTo(Project.FORMAT_VERSION);
        assertThat(json.get("rfm").asBoolean()).isTrue();
    }

    private static List<String> archetypeLines(String text) {
        return text.lines().filter(l -> l.matches("\\d\\. .*")).toList();
    }
}
