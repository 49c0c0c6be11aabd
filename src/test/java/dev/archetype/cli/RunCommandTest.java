package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        KMeansOptions km = KMeansOptions.defaults(3).withSeed(7);
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
                "--missing", "median", "--json")).isZero();
        JsonNode viaCluster = ResultJson.MAPPER.readTree(out.toString());

        assertThat(run("run", project.toString(), "--json")).isZero();
        ObjectNode viaRun = (ObjectNode) ResultJson.MAPPER.readTree(out.toString());

        assertThat(viaRun.remove("archetypeNames")).extracting(JsonNode::asText)
                .containsExactly("Big spenders", "Regulars", "Occasional");
        assertThat(viaRun).isEqualTo(viaCluster);
        assertThat(viaRun.get("sizes")).extracting(JsonNode::asInt).containsExactly(4, 4, 4);
    }

    @Test
    void runWritesTheSameLabelsAsCluster() throws Exception {
        Path viaCluster = dir.resolve("cluster-labels.csv");
        Path viaRun = dir.resolve("run-labels.csv");
        assertThat(run("cluster", source.toString(), "--features", "spend,visits", "--k", "3", "--seed", "7",
                "--missing", "median", "--out", viaCluster.toString())).isZero();

        assertThat(run("run", project.toString(), "--out", viaRun.toString())).isZero();

        assertThat(out.toString()).contains("Project groups.archetype").contains("cluster 1: Big spenders");
        assertThat(Files.readAllLines(viaRun)).hasSize(13).isEqualTo(Files.readAllLines(viaCluster));
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
        Files.writeString(project, "{\"format\": \"archetype-project\", \"formatVersion\": 2}");

        assertThat(run("run", project.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().trim()).isEqualTo("archetype: groups.archetype: saved by a newer Archetype (project format 2);"
                + " this version reads format 1 — please update Archetype");
    }
}
