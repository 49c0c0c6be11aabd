package dev.archetype.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.cli.FeatureOptions;
import dev.archetype.cli.ResultJson;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.model.FittedProfile;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ArchetypesJson;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code archetype-spark cluster DATA --k K}: the desktop's {@code cluster} on Spark. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster every row of DATA (CSV or Parquet: a file, a folder or a glob) into K archetypes.")
final class ClusterJob implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "DATA", description = "CSV or Parquet: a file, a folder of part files, or a glob; s3a:// and hdfs:// pass through.") String data;
    @Option(names = "--k", paramLabel = "K", description = "Number of clusters (required unless --project gives it).") Integer k;
    @Option(names = "--names", paramLabel = "A,B,C", split = ",", description = "Archetype names, cluster 1 (the largest) first.") List<String> names;
    @Option(names = "--project", paramLabel = "P.archetype", description = "Take features, preparation, distance, k, seed, restarts and names from a desktop project.") Path project;
    @Option(names = "--out", paramLabel = "DIR", description = "Write every row with Cluster, Archetype and Distance to this new folder.") String out;
    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv", description = "Format of --out (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--save-project", paramLabel = "P.archetype", description = "Save a desktop project: the fitted model, the archetypes' figures and a sample file beside it.") Path saveProject;
    @Option(names = "--json", description = "Print JSON (the desktop's 'cluster --json' shape).") boolean json;
    @Mixin FeatureOptions prep;
    @Mixin EngineOptions engine;

    @Mixin dev.archetype.cli.TimingsOption timings;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::work);
    }

    private Integer work() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter notes = json ? spec.commandLine().getErr() : stdout;
        engine.validate();
        if (saveProject != null && !saveProject.getFileName().toString().endsWith(ProjectStore.EXTENSION)) {
            saveProject = saveProject.resolveSibling(saveProject.getFileName() + ProjectStore.EXTENSION);
        }
        if (saveProject != null) checkProjectTarget();
        Project base = project == null ? null : ProjectStore.load(project);
        if (base != null && (base.pivot() != null || base.rfm())) {
            throw new IllegalArgumentException(project.getFileName() + " pivots transactions or derives RFM figures, which Spark does not do yet; cluster a table of customers");
        }
        int kk = k != null ? k : base != null ? base.clustering().k() : 0;
        if (kk == 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--k=K'");
        prep.validate(spec, kk, kk);
        SparkSession spark = Sessions.open(engine.master);
        Dataset<Row> df = Inputs.read(spark, data, engine);
        if (out != null) LabeledOutput.check(spark, out, format, df, data);
        var parsed = spec.commandLine().getParseResult();
        long seed = base != null && !parsed.hasMatchedOption("--seed") ? base.clustering().seed() : parsed.matchedOptionValue("--seed", 0L);
        SparkAnalysis a = SparkAnalysis.prepare(df, file -> specFor(file, base, kk), engine.sample, seed);
        for (String w : a.prepared.warnings()) notes.println("Note: " + w);
        if (a.unplaced() > 0) notes.println("Note: " + a.unplaced() + " rows are all zeros in the features, so cosine distance cannot place them; left unassigned");
        SparkFit.Fit fit = a.fit(kk);
        if (fit.restarts() > 1 && fit.bestFoundBy() == 1) {
            notes.println("Note: only one of " + fit.restarts() + " restarts found this solution; another seed or more restarts may find a better one");
        }
        a.release();
        SparkAnalysis.Outcome o = a.label(fit, null, true);
        String engineName = "Apache Spark " + spark.version();
        FittedProfile figures = a.profile(o, engineName, data);
        ClusterProfile drafted = figures.profile();
        ClusterProfile named = a.spec.names().isEmpty() ? drafted : drafted.withNames(dev.archetype.core.analysis.Analysis.padded(a.spec.names(), kk));
        FittedModel model = o.model().withNames(named.names());
        try (var t = dev.archetype.core.task.Timings.span("export")) {
            if (out != null) LabeledOutput.write(a.labelAll(df, model.centres(), kk), df.columns(), named.names(), out, format);
            if (saveProject != null) save(a, model, figures, named.names());
        }
        print(stdout, fit, figures, model, named, engineName);
        o.labeled().unpersist();
        return SparkMain.OK;
    }


    private AnalysisSpec specFor(Path sampleFile, Project base, int kk) {
        AnalysisSpec s;
        if (base != null) {
            s = AnalysisResult.specOf(base, false).withSource(sampleFile).withImportOptions(ImportOptions.defaults());
            var parsed = spec.commandLine().getParseResult();
            if (parsed.hasMatchedOption("--features") || parsed.hasMatchedOption("--scale") || parsed.hasMatchedOption("--distance")
                    || parsed.hasMatchedOption("--missing") || parsed.hasMatchedOption("--log") || parsed.hasMatchedOption("--restarts")
                    || parsed.hasMatchedOption("--seed")) {
                s = prep.applyTo(s, spec);
            }
        } else {
            s = prep.applyTo(AnalysisSpec.of(sampleFile), spec);
        }
        s = s.withK(kk);
        if (names != null) s = s.withNames(names.stream().map(String::strip).toList());
        return s;
    }

    /** Refuses, before any work, a project that would replace the project read, the data or an existing sample file. */
    private void checkProjectTarget() {
        Path target = saveProject.toAbsolutePath().normalize();
        if (project != null && project.toAbsolutePath().normalize().equals(target)) {
            throw new IllegalArgumentException("--save-project " + saveProject + " is the project this run reads (--project); save to another file");
        }
        if (!data.contains("://") && Path.of(data).toAbsolutePath().normalize().equals(target)) {
            throw new IllegalArgumentException("--save-project " + saveProject + " is the data file; save to another file");
        }
        refuseExisting(sampleFileOf(target));
    }

    /** Checked before the run and again just before writing: a long run leaves time for the file to appear. */
    private static void refuseExisting(Path sampleFile) {
        if (Files.exists(sampleFile)) {
            throw new IllegalArgumentException(sampleFile + " already exists; the project's sample would replace it — choose another project name");
        }
    }

    /** The sample beside a project: customers.archetype → customers.sample.csv. */
    static Path sampleFileOf(Path project) {
        String stem = project.getFileName().toString();
        stem = stem.substring(0, stem.length() - ProjectStore.EXTENSION.length());
        return project.resolveSibling(stem + ".sample.csv");
    }

    private void save(SparkAnalysis a, FittedModel model, FittedProfile figures, List<String> shownNames) throws java.io.IOException {
        Path target = saveProject.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path sampleFile = sampleFileOf(target);
        refuseExisting(sampleFile);
        Path tmp = Files.createTempFile(target.getParent(), ".sample", ".tmp");
        Files.copy(a.sample.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, sampleFile, StandardCopyOption.ATOMIC_MOVE);
        Project p = Project.create(sampleFile, ImportOptions.defaults(), a.resolved.features(), a.options(model.k()), model.k(), model.k(), shownNames)
                .withModel(model).withFitted(figures);
        ProjectStore.save(target, p);
    }

    private void print(PrintWriter stdout, SparkFit.Fit fit, FittedProfile figures, FittedModel model, ClusterProfile named, String engineName) {
        if (json) {
            ObjectNode root = ResultJson.ofModel(figures.sse(), fit.restarts(), fit.bestFoundBy(), figures.sizes(), model);
            root.put("rows", figures.rows());
            root.put("engine", engineName);
            root.set("archetypes", ArchetypesJson.toJson(named));
            stdout.println(ResultJson.write(root));
            return;
        }
        stdout.printf(Locale.ROOT, "%,d rows, k = %d, SSE %.4f (best found by %d of %d restarts on %s); rules measured on a sample of %,d rows%n",
                figures.rows(), model.k(), figures.sse(), fit.bestFoundBy(), fit.restarts(), engineName, figures.sampleRows());
        // the desktop's own listing, so both command lines print an archetype alike
        dev.archetype.cli.ClusterCommand.printArchetypes(stdout, named);
        if (out != null) stdout.println("Wrote " + out);
        if (saveProject != null) stdout.println("Saved " + saveProject);
    }

}
