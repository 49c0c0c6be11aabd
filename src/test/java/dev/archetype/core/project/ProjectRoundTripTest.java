package dev.archetype.core.project;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.io.RaggedRows;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.analysis.ProjectRunner;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectRoundTripTest {
    @TempDir Path dir;

    /** Runs the pipeline as the workbench does, then saves, reloads and re-runs the project. */
    private static Clustering[] firstRunAndRerun(Path source, ImportOptions io, FeatureSpec spec, KMeansOptions km,
                                                 Path projectFile) throws Exception {
        Dataset data = Importer.read(source, io, ProgressListener.NONE, Cancellation.NEVER);
        FeatureMatrix m = Preparer.prepare(data, spec);
        Clustering first = KMeans.run(m, km, ProgressListener.NONE, Cancellation.NEVER);

        ProjectStore.save(projectFile, Project.create(source, io, spec, km, 2, 6, List.of()));
        Project reopened = ProjectStore.load(projectFile);
        assertThat(SourceCheck.of(reopened).status()).isEqualTo(SourceCheck.Status.UNCHANGED);
        Clustering again = ProjectRunner.rerun(reopened, 1, ProgressListener.NONE, Cancellation.NEVER).clustering();
        return new Clustering[] {first, again};
    }

    @Test
    void reopeningTheFixtureProjectGivesIdenticalLabels() throws Exception {
        Path source = Files.copy(Path.of("src/test/resources/fixtures/three_groups.csv"), dir.resolve("three_groups.csv"));
        KMeansOptions km = KMeansOptions.defaults(3).withSeed(99).withThreads(2);
        FeatureSpec spec = new FeatureSpec(List.of("spend", "visits"), Scaling.ZSCORE, MissingPolicy.DROP_ROWS);

        Clustering[] runs = firstRunAndRerun(source, ImportOptions.defaults(), spec, km, dir.resolve("p.archetype"));

        assertThat(runs[1].labels()).containsExactly(runs[0].labels());
        assertThat(runs[1].sizes()).containsExactly(4, 4, 3);
        assertThat(runs[1].sse()).isEqualTo(runs[0].sse());
    }

    @Test
    void reopeningTheWholesaleProjectWithNonDefaultSettingsGivesIdenticalLabels() throws Exception {
        Path shared = Path.of("..", "shared", "data", "wholesale_customers.csv");
        assertThat(Files.isRegularFile(shared)).as("../shared/data is missing: it must sit beside the checkout").isTrue();
        Path source = Files.copy(shared, dir.resolve("wholesale.csv"));
        ImportOptions io = ImportOptions.defaults().withDelimiter(',').withEncoding(StandardCharsets.UTF_8)
                .withTypeOverride("Region", ColumnType.CATEGORICAL).withTypeOverride("Channel", ColumnType.CATEGORICAL);
        FeatureSpec spec = new FeatureSpec(List.of("Fresh", "Milk", "Grocery", "Frozen", "Region"), Scaling.ROBUST,
                MissingPolicy.MEDIAN);
        KMeansOptions km = new KMeansOptions(5, 4, 200, 1e-5, 20261126L, Init.KMEANS_PLUS_PLUS, Distance.COSINE, 2);

        Clustering[] runs = firstRunAndRerun(source, io, spec, km, dir.resolve("sub/wholesale.archetype"));

        assertThat(runs[0].rows()).isEqualTo(440);
        assertThat(runs[1].labels()).containsExactly(runs[0].labels());
        assertThat(runs[1].centroids()).containsExactly(runs[0].centroids());
    }

    @Test
    void importOptionsSurviveTheProjectFile() throws Exception {
        Path source = Files.writeString(dir.resolve("d.csv"), "a;b\n1;2\n");
        ImportOptions io = new ImportOptions("Sheet 2", 3, true, ';', StandardCharsets.ISO_8859_1, Set.of("n.v.", "leer"),
                Map.of("a", ColumnType.CATEGORICAL), RaggedRows.SKIP);
        FeatureSpec spec = FeatureSpec.of(List.of("a"));
        Path file = dir.resolve("io.archetype");

        ProjectStore.save(file, Project.create(source, io, spec, KMeansOptions.defaults(2), 2, 2, List.of("x", "y")));

        assertThat(ProjectStore.load(file).importSettings().toImportOptions()).isEqualTo(io);
    }

    @Test
    void defaultImportOptionsAreSavedAsDetectAndComeBackAsDefaults() {
        ImportSettings saved = ImportSettings.of(ImportOptions.defaults());

        assertThat(saved.missingTokens()).isNull();
        assertThat(saved.encoding()).isNull();
        assertThat(saved.toImportOptions()).isEqualTo(ImportOptions.defaults());
    }
}
