package dev.archetype.core.project;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.model.FittedProfile;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ColumnStats;
import dev.archetype.core.profile.ProfileFromAggregatesTest;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archetypes fitted elsewhere survive a save and a load exactly (every count, mean, M2, level, rule and NaN). */
class FittedProfileJsonTest {
    @TempDir Path dir;

    @Test
    void aFittedProfileRoundTripsExactly() throws Exception {
        Path data = Files.writeString(dir.resolve("c.csv"), "id,spend,visits,segment,flag\n"
                + "1,10.5,3,Retail,0\n2,12.25,4,Retail,1\n3,80.125,9,Hotel,1\n4,85,10,Hotel,0\n5,11,,Cafe,1\n6,79.5,8,Hotel,0\n");
        AnalysisResult r = Analysis.run(AnalysisSpec.of(data).withK(2).withFeatures(List.of("spend", "visits", "segment", "flag")),
                1, ProgressListener.NONE, Cancellation.NEVER);
        List<ColumnStats> stats = ProfileFromAggregatesTest.aggregate(r.data(), r.matrix(), r.clustering());
        FittedProfile fitted = new FittedProfile("Apache Spark 4.0.1", "hdfs:///lake/c/*.parquet", 6, r.clustering().sizes(), stats,
                r.profile().archetypes().stream().map(Archetype::rule).toList(), new double[] {0.91, Double.NaN}, r.clustering().sse(), 6);
        Project project = r.project().withFitted(fitted);
        Path file = dir.resolve("c.archetype");
        ProjectStore.save(file, project);

        Project loaded = ProjectStore.load(file);
        assertThat(loaded.fitted()).isEqualTo(fitted);
        assertThat(loaded.fitted().profile().names()).isEqualTo(fitted.profile().names());
        assertThat(loaded.model()).isEqualTo(project.model());
        assertThat(Files.readString(file)).contains("\"formatVersion\" : " + Project.FORMAT_VERSION, "\"fitted\"", "\"engine\" : \"Apache Spark 4.0.1\"");

        Files.writeString(file, Files.readString(file).replace("\"sizes\" : [", "\"sizes\" : [ \"x\","));
        assertThatThrownBy(() -> ProjectStore.load(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("its \"fitted\" section is damaged");
    }
}
