package dev.archetype.spark;

import dev.archetype.cli.FeatureOptions;
import dev.archetype.cli.ResultJson;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SummarySweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.task.Cancellation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code archetype-spark sweep DATA --k 2..10}: the desktop's comparison over k, on Spark. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Cluster DATA for every k in a range and recommend one, with the desktop's rule.")
final class SweepJob implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DATA", description = "CSV or Parquet: a file, a folder of part files, or a glob.") String data;
    @Option(names = "--k", paramLabel = "MIN..MAX", defaultValue = "2..10", description = "k range (default: ${DEFAULT-VALUE}).") String k;
    @Option(names = "--json", description = "Print JSON (the desktop's 'sweep --json' shape).") boolean json;
    @Mixin FeatureOptions prep;
    @Mixin EngineOptions engine;

    @Mixin dev.archetype.cli.TimingsOption timings;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::work);
    }

    private Integer work() throws Exception {
        int[] range = FeatureOptions.kRange(spec, k);
        prep.validate(spec, range[0], range[1]);
        engine.validate();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter notes = json ? spec.commandLine().getErr() : stdout;
        SparkSession spark = Sessions.open(engine.master);
        Dataset<Row> df = Inputs.read(spark, data, engine);
        long seed = spec.commandLine().getParseResult().matchedOptionValue("--seed", 0L);
        SparkAnalysis a = SparkAnalysis.prepare(df, file -> prep.applyTo(AnalysisSpec.of(file), spec).withK(range[0]), engine.sample, seed);
        for (String w : a.prepared.warnings()) notes.println("Note: " + w);
        List<KResult> results = new ArrayList<>();
        dev.archetype.core.prep.FeatureMatrix sampleMatrix = null;
        for (int kk = range[0]; kk <= Math.min(range[1], a.placeable); kk++) {
            SparkAnalysis.Outcome o = a.label(a.fit(kk), null, false);
            results.add(a.measure(o));
            sampleMatrix = o.sample().matrix();
            o.labeled().unpersist();
            if (!json) notes.printf(Locale.ROOT, "k = %d: SSE %.4f%n", kk, o.clusters().sse());
        }
        List<String> featureNames = a.features().stream().map(EncodedFeature::name).toList();
        SweepResult s = SummarySweep.of(Math.toIntExact(a.placeable), featureNames, results, sampleMatrix,
                a.options(range[0]), Cancellation.NEVER);
        if (json) {
            var root = ResultJson.sweep(s);
            root.put("engine", "Apache Spark " + spark.version());
            root.put("silhouetteSampleRows", sampleMatrix.rows());
            stdout.println(ResultJson.write(root));
        } else {
            stdout.printf(Locale.ROOT, "%4s %16s %10s %10s %10s %9s%n", "k", "SSE", "silhouette", "CH", "DB", "stability");
            for (KResult r : s.results()) {
                stdout.printf(Locale.ROOT, "%4d %16.4f %10.3f %10.1f %10.3f %9.2f%n", r.k(), r.sse(), r.silhouette(), r.calinskiHarabasz(),
                        r.daviesBouldin(), r.stability());
            }
            stdout.println("Recommended k = " + s.recommendedK() + ": " + s.reason());
            stdout.println(s.confidenceReason());
        }
        a.release();
        return SparkMain.OK;
    }
}
