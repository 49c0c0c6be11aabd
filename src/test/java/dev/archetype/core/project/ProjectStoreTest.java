package dev.archetype.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir Path dir;

    private Path dataFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("customers.csv"), "Fresh;Milk;Region\n1;2;North\n3;4;South\n");
    }

    @Test
    void savedProjectLoadsBackEqual() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("wine.archetype");

        ProjectStore.save(file, project);

        assertThat(ProjectStore.load(file)).isEqualTo(project);
    }

    @Test
    void aPivotKeepsItsMixAndAProjectSavedBeforeSharesReRunsRaw() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")))
                .withPivot(new PivotSettings("Customer", "Item", "sum:Sales", null, null, null));
        Path file = dir.resolve("orders.archetype");
        ProjectStore.save(file, project);
        assertThat(ProjectStore.load(file).pivot().mix()).isEqualTo("share");
        assertThat(ProjectStore.load(file).pivot().toRequest().mix()).isEqualTo(dev.archetype.core.transactions.RowMix.SHARE);

        String json = Files.readString(file);
        assertThat(json).contains("\"mix\" : \"share\"");
        Files.writeString(file, json.replaceAll(",\\s*\"mix\" : \"share\"", ""));
        assertThat(Files.readString(file)).doesNotContain("\"mix\"");
        assertThat(ProjectStore.load(file).pivot().toRequest().mix()).as("cells were raw before shares existed")
                .isEqualTo(dev.archetype.core.transactions.RowMix.RAW);
    }

    @Test
    void sourceIsStoredRelativeToTheProjectFileWithForwardSlashes() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("projects").resolve("wine.archetype");

        ProjectStore.save(file, project);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("source").path("path").asText()).isEqualTo("../data/customers.csv");
        assertThat(json.path("formatVersion").asInt()).isEqualTo(Project.FORMAT_VERSION);
    }

    @Test
    void movingTheProjectTogetherWithItsDataKeepsTheSourceFound() throws IOException {
        Path original = dir.resolve("a");
        Project project = ProjectFixtures.project(dataFile(original.resolve("data")));
        ProjectStore.save(original.resolve("p.archetype"), project);

        Path moved = Files.move(original, dir.resolve("b"));

        Project loaded = ProjectStore.load(moved.resolve("p.archetype"));
        assertThat(loaded.source()).isEqualTo(moved.resolve("data/customers.csv").toAbsolutePath());
        assertThat(SourceCheck.of(loaded).status()).isEqualTo(SourceCheck.Status.UNCHANGED);
    }

    @Test
    void movingOnlyTheProjectFileFallsBackToTheAbsoluteSourcePath() throws IOException {
        Path data = dataFile(dir.resolve("data"));
        Project project = ProjectFixtures.project(data);
        Path file = dir.resolve("p.archetype");
        ProjectStore.save(file, project);

        Path elsewhere = Files.createDirectories(dir.resolve("x/y/z"));
        Path moved = Files.move(file, elsewhere.resolve("p.archetype"));

        assertThat(ProjectStore.load(moved).source()).isEqualTo(data.toAbsolutePath());
    }

    @Test
    void savingReplacesAnExistingProjectAndLeavesNoTemporaryFiles() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("p.archetype");
        Files.writeString(file, "old contents");

        ProjectStore.save(file, project.withArchetypeNames(java.util.List.of("A", "B", "C", "D")));

        assertThat(ProjectStore.load(file).archetypeNames()).containsExactly("A", "B", "C", "D");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "p.archetype");
        }
    }

    @Test
    void malformedJsonIsReportedOnOneLineWithItsPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.archetype"), "{\n  \"format\": \"archetype-project\",\n  \"formatVersion\": 1,,\n}");

        assertThatThrownBy(() -> ProjectStore.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith("broken.archetype: not a valid project file (damaged JSON at line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aNewerFormatVersionIsRefusedWithAnUpdateHint() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("new.archetype");
        ProjectStore.save(file, project);
        String newer = Files.readString(file).replace("\"formatVersion\" : " + Project.FORMAT_VERSION, "\"formatVersion\" : 7");
        Files.writeString(file, newer);

        assertThatThrownBy(() -> ProjectStore.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("new.archetype: saved by a newer Archetype (project format 7); this version reads format " + Project.FORMAT_VERSION
                        + " — please update Archetype");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("p.archetype");
        ProjectStore.save(file, project);
        Files.writeString(file, Files.readString(file).replace("\"seed\"", "\"sead\""));

        assertThatThrownBy(() -> ProjectStore.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("p.archetype: \"clustering.seed\" is missing or not a whole number");
    }

    @Test
    void anInconsistentChosenKIsReportedAsAProjectFileError() throws IOException {
        Project project = ProjectFixtures.project(dataFile(dir.resolve("data")));
        Path file = dir.resolve("p.archetype");
        ProjectStore.save(file, project);
        Files.writeString(file, Files.readString(file).replace("\"k\" : 4", "\"k\" : 12"));

        assertThatThrownBy(() -> ProjectStore.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("p.archetype: chosen k 12 is outside the range 2..8");
    }

    @Test
    void otherJsonIsNotMistakenForAProject() throws IOException {
        Path file = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ProjectStore.load(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("not an Archetype project");
    }

    @Test
    void aMissingProjectFileSaysSo() {
        assertThatThrownBy(() -> ProjectStore.load(dir.resolve("nope.archetype")))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("nope.archetype: no such project file");
    }
}
