package dev.archetype.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.cli.ResultJson;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code archetype-spark score P DATA}: labels new rows with a project's model, desktop-made or Spark-made. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Label every row of DATA with the archetypes of a saved project, without clustering again.")
final class ScoreJob implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PROJECT", description = "A project saved by the desktop or by 'archetype-spark cluster --save-project'.") Path projectFile;
    @Parameters(index = "1", paramLabel = "DATA", description = "CSV or Parquet: a file, a folder of part files, or a glob.") String data;
    @Option(names = "--out", paramLabel = "DIR", description = "Write every row with Cluster, Archetype and Distance to this new folder.") String out;
    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv", description = "Format of --out (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--json", description = "Print {\"counts\", \"unusual\", \"unassigned\", \"rows\"} (no per-row list: write the rows with --out).") boolean json;
    @Mixin EngineOptions engine;

    @Mixin dev.archetype.cli.TimingsOption timings;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::work);
    }

    private Integer work() throws Exception {
        engine.validate();
        Project project = ProjectStore.load(projectFile);
        FittedModel model = project.model();
        if (model == null) throw new IllegalArgumentException(projectFile.getFileName() + " was saved before projects carried their model; open and save it again");
        if (project.pivot() != null || project.rfm()) {
            throw new IllegalArgumentException(projectFile.getFileName() + " pivots transactions or derives RFM figures, which Spark does not do yet");
        }
        SparkSession spark = Sessions.open(engine.master);
        Dataset<Row> df = Inputs.read(spark, data, engine);
        if (out != null) LabeledOutput.check(spark, out, format, df, data);
        Dataset<Row> labeled = Assignment.label(df, model.features(), model.distance(), model.missing() == MissingPolicy.DROP_ROWS,
                model.centres(), model.k());
        if (out != null) {
            labeled = labeled.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            LabeledOutput.write(labeled, df.columns(), model.names(), out, format);
        }
        long[] counts = new long[model.k()];
        long unassigned = 0, unusual = 0, rows = 0;
        for (Row r : labeled.groupBy(Assignment.CLUSTER).agg(functions.count(functions.lit(1)),
                functions.sum(functions.when(functions.col(Assignment.DISTANCE).gt(model.unusualBeyond()), 1).otherwise(0))).collectAsList()) {
            long n = r.getLong(1);
            rows += n;
            if (r.isNullAt(0)) unassigned += n;
            else {
                counts[r.getInt(0)] = n;
                unusual += r.getLong(2);
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> names = model.names();
        if (json) {
            ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            root.put("rows", rows);
            ObjectNode c = root.putObject("counts");
            for (int i = 0; i < names.size(); i++) c.put(names.get(i), counts[i]);
            root.put("unusual", unusual);
            root.put("unassigned", unassigned);
            stdout.println(ResultJson.write(root));
        } else {
            stdout.printf(Locale.ROOT, "Scored %,d rows of %s with %d archetypes%n", rows, data, names.size());
            for (int i = 0; i < names.size(); i++) stdout.printf(Locale.ROOT, "%3d. %-40s %,12d%n", i + 1, names.get(i), counts[i]);
            stdout.printf(Locale.ROOT, "Unusual (farther from their archetype than 99%% of the fit's customers): %,d%n", unusual);
            if (unassigned > 0) stdout.printf(Locale.ROOT, "Not assigned: %,d%n", unassigned);
            if (out != null) stdout.println("Wrote " + out);
        }
        return SparkMain.OK;
    }
}
