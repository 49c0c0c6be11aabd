package dev.archetype.cli;

import dev.archetype.core.cluster.Centroids;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.export.CompareK;
import dev.archetype.core.export.CsvExporter;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.export.WorkbookExporter;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ArchetypesJson;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.NumberText;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
    @Mixin FeatureOptions prep;
    @Mixin TransactionOptions transactions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        prep.validate(spec, k, k, file);
        if (compare != null) {
            int[] range = FeatureOptions.kRange(spec, compare);
            prep.validate(spec, range[0], range[1], file);
        }
        ExportTarget target = out == null ? null : ExportTarget.of(out);
        Outputs.checkDistinct(spec, file, transactions.attributeFile(file), out, saveProject);
        Dataset data = DatasetReading.read(file, prep.sheet);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var tx = transactions.prepare(file, data, json ? err : stdout);
        if (saveProject != null && tx.rfm() != null) {
            // A project re-imports FILE and pivots it again; RFM's derived features are not kept in one.
            throw new IllegalArgumentException("--save-project works on a table of customers or pivoted transactions, not with --rfm");
        }
        data = tx.dataset(data);
        FeatureSpec featureSpec = tx.spec(prep.spec(data), spec);
        FeatureMatrix m = Preparer.prepare(data, featureSpec);
        for (String w : m.warnings()) (json ? err : stdout).println("Note: " + w);
        KMeansOptions options = prep.options(k);
        Clustering c = KMeans.run(m, options, ProgressListener.NONE, Interrupt.CANCELLATION);
        // Pivoted purchases are named from the item attributes' roll-up, which says more than the item columns.
        ClusterProfile profile = tx.pivot() != null ? tx.pivot().profile(m, c) : ClusterProfile.of(data, m, c);
        if (names != null) profile = profile.withNames(namesFor(c.k()));
        if (target != null) {
            SweepResult sweep = null;
            if (compare != null) {
                int[] range = FeatureOptions.kRange(compare);
                sweep = KSweep.run(m, range[0], range[1], options, ProgressListener.NONE, Interrupt.CANCELLATION);
            }
            RunInfo run = RunInfo.of(featureSpec, options, Version.current(), Instant.now(), reproduceCommand(featureSpec, options));
            var rollup = tx.pivot() == null ? null : tx.pivot().rollup(m, c);
            ExportRequest request = new ExportRequest(data, file, prep.sheet, m, c, profile, null,
                    sweep == null ? null : CompareK.from(sweep), run, rollup == null ? null : rollup.gridMostTellingFirst());
            target.write(request.withExactSilhouettes(options.threads()), ExportOptions.defaults().withCsvBom(bom));
        }
        if (saveProject != null) {
            Project project = Project.create(file, ImportOptions.defaults().withSheet(prep.sheet),
                    featureSpec, options, k, k, profile.names());
            if (tx.pivot() != null) project = project.withPivot(transactions.pivotSettings(file));
            ProjectStore.save(saveProject, project);
        }
        if (json) {
            ObjectNode root = ResultJson.cluster(m, c);
            root.set("archetypes", ArchetypesJson.toJson(profile));
            tx.addJson(root, data, m, c);
            stdout.println(ResultJson.write(root));
        } else {
            printText(stdout, m, c);
            printArchetypes(stdout, profile);
            tx.printText(stdout, m, c);
            if (out != null) stdout.println("Wrote " + out);
        }
        return ArchetypeCli.OK;
    }

    private List<String> namesFor(int clusters) {
        if (names.size() > clusters) {
            throw new IllegalArgumentException("--names gives " + names.size() + " names for " + clusters + " clusters");
        }
        List<String> padded = new ArrayList<>(names);
        while (padded.size() < clusters) padded.add(null);
        return padded;
    }

    /** The command line that gives the same clustering again (what the Run sheet shows). */
    String reproduceCommand(FeatureSpec featureSpec, KMeansOptions options) {
        List<String> args = new ArrayList<>(List.of("archetype", "cluster", quote(file.toString()), "--k", Integer.toString(options.k()),
                "--features", quote(String.join(",", featureSpec.columns())),
                "--scale", featureSpec.scaling().name().toLowerCase(Locale.ROOT),
                "--missing", featureSpec.missing() == MissingPolicy.DROP_ROWS ? "drop" : featureSpec.missing().name().toLowerCase(Locale.ROOT),
                "--distance", options.distance().name().toLowerCase(Locale.ROOT),
                "--restarts", Integer.toString(options.restarts()), "--seed", Long.toString(options.seed())));
        if (prep.sheet != null) {
            args.add("--sheet");
            args.add(quote(prep.sheet));
        }
        for (String a : transactions.reproduceArgs()) args.add(quote(a));
        return String.join(" ", args);
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./,:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    static void printArchetypes(PrintWriter out, ClusterProfile profile) {
        out.println();
        for (Archetype a : profile.archetypes()) {
            out.printf(Locale.ROOT, "%d. %s (%,d, %s)%n", a.cluster() + 1, a.name(), a.size(), NumberText.percent(a.share()));
            for (String phrase : a.phrases()) out.println("     " + phrase);
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
        out.printf(Locale.ROOT, "k = %d   sse = %.4f   sizes = %s%n", c.k(), c.sse(), Arrays.toString(c.sizes()));
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
