package dev.archetype.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.core.analysis.ProjectRunner;
import dev.archetype.core.cluster.AdjustedRand;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.spark.bench.GeneratedCustomers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" on 200,000 generated customers in six well-separated groups, Spark in local[2] reading
 * them as Parquet, the desktop as CSV: Spark's
 * clustering matches the desktop's (SSE within 1%, the same partition, the same names), every row is labelled, the
 * desktop's {@code score} with the Spark-made project reproduces Spark's labels, and the project reopens (as the
 * window reopens it) to Spark's archetypes.
 */
class SparkAgreesWithDesktopTest {
    static final int ROWS = 200_000;
    @TempDir static Path dir;
    static Path csv;
    static int[] truth;

    @BeforeAll
    static void data() throws Exception {
        csv = dir.resolve("customers.csv");
        truth = GeneratedCustomers.write(csv, ROWS, 6, 11);
    }

    @Test
    void sparkAndTheDesktopFindTheSameArchetypesAndTheDesktopScoresSparksLabels() throws Exception {
        // The data lake's copy is Parquet; the desktop reads the same rows as CSV.
        Path parquet = dir.resolve("customers.parquet");
        Sessions.open("local[2]").read().option("header", "true").option("inferSchema", "true").csv(csv.toString())
                .repartition(4).write().parquet(parquet.toString());
        Path project = dir.resolve("spark.archetype");
        Path out = dir.resolve("labelled");
        Runs.Result spark = Runs.spark("cluster", parquet.toString(), "--k", "6", "--master", "local[2]", "--save-project", project.toString(),
                "--out", out.toString(), "--json");
        assertThat(spark.code()).as(spark.err()).isZero();
        JsonNode s = spark.json();

        Path desktopOut = dir.resolve("desktop.csv");
        Runs.Result desktop = Runs.desktop("cluster", csv.toString(), "--k", "6", "--json", "--out", desktopOut.toString());
        assertThat(desktop.code()).as(desktop.err()).isZero();
        JsonNode d = desktop.json();

        // SSE in the same prepared space, within 1%
        assertThat(Math.abs(s.get("sse").asDouble() - d.get("sse").asDouble()) / d.get("sse").asDouble()).isLessThan(0.01);
        assertThat(s.get("rows").asLong()).isEqualTo(ROWS);
        assertThat(names(s)).isEqualTo(names(d));

        // every row labelled, and the same partition as the desktop's and as the truth
        Map<String, String> sparkLabels = Runs.column(out, "CustomerID", "Cluster");
        Map<String, String> desktopLabels = Runs.column(desktopOut, "CustomerID", "Cluster");
        assertThat(sparkLabels).hasSize(ROWS);
        assertThat(sparkLabels.values()).doesNotContain("");
        List<String> ids = new ArrayList<>(desktopLabels.keySet());
        int[] a = new int[ROWS], b = new int[ROWS], t = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            a[i] = Integer.parseInt(sparkLabels.get(ids.get(i)));
            b[i] = Integer.parseInt(desktopLabels.get(ids.get(i)));
            t[i] = truth[Integer.parseInt(ids.get(i)) - 100_000];
        }
        assertThat(AdjustedRand.index(a, b)).isGreaterThanOrEqualTo(0.99);
        assertThat(AdjustedRand.index(a, t)).isGreaterThanOrEqualTo(0.99);
        // clusters are numbered 1 = largest, as on the desktop
        assertThat(s.get("sizes").get(0).asInt()).isGreaterThanOrEqualTo(s.get("sizes").get(5).asInt());

        // the desktop's score with Spark's model gives every row Spark's label and name
        Path scored = dir.resolve("scored.csv");
        Runs.Result score = Runs.desktop("score", project.toString(), csv.toString(), "--out", scored.toString());
        assertThat(score.code()).as(score.err()).isZero();
        Map<String, String> scoredLabels = Runs.column(scored, "CustomerID", "Cluster");
        Map<String, String> scoredNames = Runs.column(scored, "CustomerID", "Archetype");
        Map<String, String> sparkNames = Runs.column(out, "CustomerID", "Archetype");
        long same = sparkLabels.entrySet().stream().filter(e -> e.getValue().equals(scoredLabels.get(e.getKey()))
                && sparkNames.get(e.getKey()).equals(scoredNames.get(e.getKey()))).count();
        assertThat((double) same / ROWS).isGreaterThanOrEqualTo(0.999);

        // reopened as the window reopens it: Spark's archetypes, sizes over all rows, shown on the sample
        Project p = ProjectStore.load(project);
        assertThat(p.fitted()).isNotNull();
        assertThat(p.fitted().rows()).isEqualTo(ROWS);
        var rerun = ProjectRunner.rerun(p, 2, ProgressListener.NONE, Cancellation.NEVER);
        assertThat(rerun.clustering().rows()).isEqualTo(p.fitted().sampleRows());
        Runs.Result run = Runs.desktop("run", project.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(names(run.json())).isEqualTo(names(s));
        assertThat(run.json().get("sizes")).isEqualTo(s.get("sizes"));
        assertThat(run.json().get("sse").asDouble()).isEqualTo(s.get("sse").asDouble());
    }

    static List<String> names(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.get("archetypes").forEach(a -> out.add(a.get("name").asText()));
        return out;
    }
}
