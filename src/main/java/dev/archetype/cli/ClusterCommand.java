package dev.archetype.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.cluster.Centroids;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.export.CsvExporter;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.WorkbookExporter;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ArchetypesJson;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.NumberText;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cluster}: k-means for one k; prints sizes, centroids in original units and the drafted archetypes
 * (name, size, what sets each apart); optionally exports the labeled workbook or CSV.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster FILE into k groups; print SSE, sizes, each cluster's centre in original units and its archetype.")
public final class ClusterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or XLS file.") Path file;
    @Option(names = "--k", paramLabel = "K", required = true, description = "Number of clusters.") int k;
    @Option(names = "--out", paramLabel = "FILE.xlsx|FILE.csv",
            description = "Export the labeled rows: .xlsx gives the workbook (Customers, Archetypes, Compare k, Centroids, Run),"
                    + " .csv every original column plus Cluster (1 = largest), Archetype and Distance.") Path out;
    @Option(names = "--names", paramLabel = "A,B,C", split = ",",
            description = "Archetype names for clusters 1, 2, ... (an empty entry keeps the drafted name).") List<String> names;
    @Option(names = "--compare", paramLabel = "KMIN..KMAX",
            description = "Also run a sweep over this range of k for the workbook's Compare k sheet.") String compare;
    @Option(names = "--bom", description = "Start a CSV export with a byte-order mark so Excel reads it as UTF-8.") boolean bom;
    @Option(names = "--json", description = "Print JSON.") boolean json;
    @Option(names = "--save-project", paramLabel = "PROJECT.archetype",
            description = "Also save the file and these settings as a project that 'run' repeats.") Path saveProject;
    @Mixin ImportFlags importFlags;
    @Mixin FeatureOptions prep;
    @Mixin TransactionOptions transactions;
    @Mixin TimingsOption timings;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::execute);
    }

    private Integer execute() throws Exception {
        prep.validate(spec, k, k);
        int[] range = compare == null ? null : FeatureOptions.kRange(spec, compare);
        if (range != null) prep.validate(spec, range[0], range[1]);
        ExportTarget target = out == null ? null : ExportTarget.of(out);
        Outputs.checkDistinct(spec, file, transactions.attributeFile(file), out, saveProject);
        AnalysisSpec analysis = analysisSpec(range);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter notes = json ? spec.commandLine().getErr() : stdout;
        OpenedData opened = DatasetReading.open(analysis);
        TransactionOptions.printNotes(opened, notes);
        AnalysisResult result = Analysis.run(analysis, opened, prep.threads(), ProgressListener.NONE, Interrupt.CANCELLATION);
        for (String w : result.matrix().warnings()) notes.println("Note: " + w);
        skewTip(result, notes);
        if (target != null) target.write(result.exportRequest(Version.current(), Instant.now()), ExportOptions.defaults().withCsvBom(bom));
        if (saveProject != null) ProjectStore.save(saveProject, result.project());
        print(result, stdout, json);
        if (!json && out != null) stdout.println("Wrote " + out);
        return ArchetypeCli.OK;
    }

    /** Suggests the log transform for heavily skewed amount features that are not transformed yet. */
    static void skewTip(AnalysisResult result, PrintWriter notes) {
        var features = result.resolved().features();
        var skewed = new java.util.LinkedHashMap<>(dev.archetype.core.analysis.Defaults.skewedAmounts(result.data(), features.columns()));
        features.logged().forEach(skewed::remove);
        if (skewed.isEmpty()) return;
        List<String> parts = new java.util.ArrayList<>();
        skewed.forEach((c, s) -> parts.add("'" + c + "' (skewness " + String.format(Locale.ROOT, "%.1f", s) + ")"));
        notes.println("Tip: " + String.join(", ", parts) + (skewed.size() == 1 ? " is a heavily skewed amount" : " are heavily skewed amounts")
                + ": a few large customers decide the clusters; --log " + String.join(",", skewed.keySet())
                + " takes their logarithm (profiles stay in original units)");
    }

    /** The analysis these options describe (defaults left to the analysis, so the window defaults alike). */
    AnalysisSpec analysisSpec(int[] range) {
        AnalysisSpec s = AnalysisSpec.of(file).withImportOptions(importFlags.options(spec, file)).withK(k);
        s = transactions.applyTo(prep.applyTo(s, spec));
        if (range != null) s = s.withKRange(range[0], range[1]);
        return names == null ? s : s.withNames(names);
    }

    /** The result as the command line shows it: the table and archetypes, or JSON. Shared with {@code run}. */
    static void print(AnalysisResult result, PrintWriter stdout, boolean json) {
        FeatureMatrix m = result.matrix();
        Clustering c = result.clustering();
        OpenedData opened = result.opened();
        if (result.fitted() != null) {
            printFitted(result, stdout, json);
            return;
        }
        if (json) {
            ObjectNode root = ResultJson.cluster(m, c);
            root.set("archetypes", ArchetypesJson.toJson(result.profile()));
            TransactionOptions.addJson(root, opened, result);
            stdout.println(ResultJson.write(root));
        } else {
            printText(stdout, m, c);
            printArchetypes(stdout, result.profile());
            if (result.rollup() != null) TransactionOptions.printText(stdout, result.rollup(), result.profile());
        }
    }

    /** Archetypes fitted elsewhere (a Spark project): the engine's figures over all its rows, not the sample's. */
    private static void printFitted(AnalysisResult result, PrintWriter stdout, boolean json) {
        var f = result.fitted().profile();
        if (json) {
            ObjectNode root = ResultJson.ofModel(f.sse(), 0, 0, f.sizes(), result.model());
            root.put("rows", f.rows());
            root.put("fittedBy", f.engine());
            root.put("data", f.data());
            root.set("archetypes", ArchetypesJson.toJson(result.profile()));
            stdout.println(ResultJson.write(root));
            return;
        }
        stdout.printf(Locale.ROOT, "Archetypes fitted by %s on %s: %,d rows, k = %d, SSE %.4f; shown on a sample of %,d rows.%n",
                f.engine(), f.data(), f.rows(), f.k(), f.sse(), result.clustering().rows());
        printArchetypes(stdout, result.profile());
    }

    public static void printArchetypes(PrintWriter out, ClusterProfile profile) {
        out.println();
        for (Archetype a : profile.archetypes()) {
            String stability = Double.isNaN(a.stability()) ? ""
                    : String.format(Locale.ROOT, " — %s (%.2f)", dev.archetype.core.cluster.BootstrapStability.word(a.stability()), a.stability());
            String figures = a.figures() == null ? "" : " — " + a.figures();
            out.printf(Locale.ROOT, "%d. %s%s (%,d, %s)%s%n", a.cluster() + 1, a.name(), figures, a.size(), NumberText.percent(a.share()), stability);
            for (String phrase : a.phrases()) out.println("     " + phrase);
            if (a.rule() != null) out.println("     Rule: " + a.rule().text());
        }
    }

    /** Where --out goes, decided by the file extension before any work is done. */
    record ExportTarget(Path path, boolean workbook) {
        static ExportTarget of(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) return new ExportTarget(path, true);
            if (name.endsWith(".csv")) return new ExportTarget(path, false);
            throw new IllegalArgumentException("--out must end in .xlsx (workbook) or .csv (labeled rows), not '" + path.getFileName() + "'");
        }

        void write(ExportRequest request, ExportOptions options) throws IOException {
            if (workbook) WorkbookExporter.export(request, path, options, ProgressListener.NONE, Interrupt.CANCELLATION);
            else CsvExporter.export(request, path, options, ProgressListener.NONE, Interrupt.CANCELLATION);
        }
    }

    /** Four decimals, switching to powers of ten where fixed notation would print hundreds of digits. */
    static String centre(double v) {
        double a = Math.abs(v);
        return a >= 1e10 || (a > 0 && a < 1e-4) ? String.format(Locale.ROOT, "%.4e", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    static void printText(PrintWriter out, FeatureMatrix m, Clustering c) {
        out.printf(Locale.ROOT, "k = %d   sse = %.4f   sizes = %s   %s%n", c.k(), c.sse(), Arrays.toString(c.sizes()), c.agreement());
        if (c.restarts() > 1 && c.bestFoundBy() == 1) {
            out.println("Note: only one of " + c.restarts() + " restarts found this solution; another seed or more restarts may find a better one");
        }
        List<String> names = m.names();
        double[][] orig = Centroids.inOriginalUnits(m, c);
        int w = Math.max(8, names.stream().mapToInt(String::length).max().orElse(8));
        out.printf(Locale.ROOT, "%-" + w + "s", "feature");
        for (int cl = 0; cl < c.k(); cl++) out.printf(Locale.ROOT, " %14s", "cluster " + (cl + 1));
        out.println();
        for (int j = 0; j < names.size(); j++) {
            out.printf(Locale.ROOT, "%-" + w + "s", names.get(j));
            for (int cl = 0; cl < c.k(); cl++) out.printf(Locale.ROOT, " %14s", centre(orig[cl][j]));
            out.println();
        }
    }
}
