package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {
    @TempDir Path dir;
    private Path source;
    private Path project;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void saveAProject() throws Exception {
        source = Files.copy(Path.of("src/test/resources/fixtures/three_groups.csv"), dir.resolve("three_groups.csv"));
        project = dir.resolve("groups.archetype");
        // The settings 'cluster --features spend,visits --k 3 --seed 7 --missing median' uses.
        KMeansOptions km = KMeansOptions.defaults(3).withAutoRestarts().withSeed(7);
        FeatureSpec spec = new FeatureSpec(List.of("spend", "visits"), Scaling.ZSCORE, MissingPolicy.MEDIAN);
        ProjectStore.save(project, Project.create(source, ImportOptions.defaults(), spec, km, 2, 5,
                List.of("Big spenders", "Regulars", "Occasional")));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void runPrintsTheSameJsonAsClusterWithTheSavedSettings() throws Exception {
        assertThat(run("cluster", source.toString(), "--features", "spend,visits", "--k", "3", "--seed", "7",
                "--missing", "median", "--names", "Big spenders,Regulars,Occasional", "--json")).isZero();
        JsonNode viaCluster = ResultJson.MAPPER.readTree(out.toString());

        assertThat(run("run", project.toString(), "--json")).isZero();
        JsonNode viaRun = ResultJson.MAPPER.readTree(out.toString());

        assertThat(viaRun).isEqualTo(viaCluster);
        assertThat(viaRun.get("archetypes")).extracting(a -> a.get("name").asText())
                .containsExactly("Big spenders", "Regulars", "Occasional");
        assertThat(viaRun.get("sizes")).extracting(JsonNode::asInt).containsExactly(4, 4, 4);
    }

    @Test
    void runExportsTheSameLabeledRowsAsCluster() throws Exception {
        Path viaCluster = dir.resolve("cluster-labels.csv");
        Path viaRun = dir.resolve("run-labels.csv");
        assertThat(run("cluster", source.toString(), "--features", "spend,visits", "--k", "3", "--seed", "7",
                "--missing", "median", "--names", "Big spenders,Regulars,Occasional", "--out", viaCluster.toString())).isZero();

        assertThat(run("run", project.toString(), "--out", viaRun.toString())).isZero();

        assertThat(out.toString()).contains("Project groups.archetype").contains("1. Big spenders");
        assertThat(Files.readAllLines(viaRun)).hasSize(13).isEqualTo(Files.readAllLines(viaCluster));
    }

    @Test
    void runExportsAWorkbookComparingTheProjectsKRange() throws Exception {
        Path workbook = dir.resolve("groups.xlsx");

        assertThat(run("run", project.toString(), "--out", workbook.toString())).isZero();

        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(12);
            assertThat(wb.getSheet("Compare k")).as("the project's k range 2..5 is compared").isNotNull();
        }
    }

    @Test
    void aChangedSourceIsRefusedOnOneLineUnlessAllowed() throws Exception {
        Files.writeString(source, Files.readString(source).replace("1,10,5", "1.2,10,5"));

        assertThat(run("run", project.toString(), "--json")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).startsWith("archetype: Source file ").contains("has changed since groups.archetype was saved")
                .contains("--allow-changed").hasLineCount(1);
        assertThat(out.toString()).isEmpty();

        assertThat(run("run", project.toString(), "--json", "--allow-changed")).isZero();
        assertThat(err.toString()).contains("Note: Source file").contains("has changed");
    }

    @Test
    void aMovedSourceIsReportedAndCanBePointedTo() throws Exception {
        Path moved = Files.move(source, Files.createDirectories(dir.resolve("elsewhere")).resolve("renamed.csv"));

        assertThat(run("run", project.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("three_groups.csv of groups.archetype is missing").contains("--source FILE")
                .hasLineCount(1);

        assertThat(run("run", project.toString(), "--source", moved.toString(), "--json")).isZero();
        assertThat(ResultJson.MAPPER.readTree(out.toString()).get("k").asInt()).isEqualTo(3);
    }

    @Test
    void aBrokenProjectFileIsOneLine() throws Exception {
        Files.writeString(project, "{\"format\": \"archetype-project\", \"formatVersion\": 99}");

        assertThat(run("run", project.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().trim()).isEqualTo("archetype: groups.archetype: saved by a newer Archetype (project format 99);"
                + " this version reads format " + dev.archetype.core.project.Project.FORMAT_VERSION + " — please update Archetype");
    }

    @Test
    void aProjectSavedByClusterRunsToTheSameResult() throws Exception {
        Path saved = dir.resolve("from-cli.archetype");
        assertThat(run("cluster", source.toString(), "--features", "spend", "--k", "2", "--seed", "3", "--scale", "minmax",
                "--json", "--save-project", saved.toString())).isZero();
        JsonNode viaCluster = ResultJson.MAPPER.readTree(out.toString());

        assertThat(run("run", saved.toString(), "--json", "--threads", "1")).isZero();

        assertThat(ResultJson.MAPPER.readTree(out.toString())).isEqualTo(viaCluster);
        assertThat(ProjectStore.load(saved).preparation().scaling()).isEqualTo("MINMAX");
    }

    @Test
    void aProjectSavedFromPivotedTransactionsPivotsAgainToTheSameArchetypes() throws Exception {
        Path wine = dir.resolve("wine_offers.xlsx");
        Files.copy(dev.archetype.core.sample.Samples.wineOffers(), wine);
        Path saved = dir.resolve("wine.archetype");
        assertThat(run("cluster", wine.toString(), "--sheet", "Transactions", "--transactions", "Customer Last Name,Offer #",
                "--attributes", "OfferInformation", "--attribute-key", "Offer #", "--k", "4", "--seed", "5",
                "--json", "--save-project", saved.toString())).isZero();
        JsonNode viaCluster = ResultJson.MAPPER.readTree(out.toString());
        JsonNode pivot = ResultJson.MAPPER.readTree(Files.readString(saved)).get("pivot");
        assertThat(pivot.get("customerColumn").asText()).isEqualTo("Customer Last Name");
        assertThat(pivot.get("itemColumn").asText()).isEqualTo("Offer #");
        assertThat(pivot.get("value").asText()).isEqualTo("presence");
        assertThat(pivot.get("attributes").asText()).isEqualTo("OfferInformation");

        out.getBuffer().setLength(0);
        assertThat(run("run", saved.toString(), "--json", "--threads", "1")).isZero();
        JsonNode viaRun = ResultJson.MAPPER.readTree(out.toString());

        assertThat(viaRun.get("k").asInt()).isEqualTo(viaCluster.get("k").asInt()).isEqualTo(4);
        assertThat(viaRun.get("centroids")).isEqualTo(viaCluster.get("centroids"));
        assertThat(viaRun.get("sse")).isEqualTo(viaCluster.get("sse"));
        assertThat(viaRun.get("sizes")).isEqualTo(viaCluster.get("sizes"));
        List<String> namesRun = new java.util.ArrayList<>(), namesCluster = new java.util.ArrayList<>();
        viaRun.get("archetypes").forEach(a -> namesRun.add(a.get("name").asText()));
        viaCluster.get("archetypes").forEach(a -> namesCluster.add(a.get("name").asText()));
        assertThat(namesRun).isEqualTo(namesCluster).anyMatch(n -> n.contains("lovers"));

        // the workbook from the project carries the item-attribute section too
        Path book = dir.resolve("again.xlsx");
        assertThat(run("run", saved.toString(), "--out", book.toString())).isZero();
        try (var in = Files.newInputStream(book); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            boolean section = false;
            for (var row : wb.getSheet("Archetypes")) {
                var first = row.getCell(0);
                section |= first != null && first.getStringCellValue().startsWith("Item attributes");
            }
            assertThat(section).isTrue();
        }
    }
}
