package dev.archetype.cli;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sweep}: k-means for a range of k with quality indices and a recommended k. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run k-means for each k in a range and print SSE, silhouette, Calinski–Harabasz, "
                + "Davies–Bouldin, cluster sizes and a recommended k.")
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, XLSX or XLS file.") Path file;
    @Option(names = "--k", paramLabel = "MIN..MAX", defaultValue = "2..10", description = "k range (default: ${DEFAULT-VALUE}).") String k;
    @Option(names = "--json", description = "Print JSON.") boolean json;
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
        int[] range = FeatureOptions.kRange(spec, k);
        prep.validate(spec, range[0], range[1]);
        AnalysisSpec analysis = transactions.applyTo(prep.applyTo(
                AnalysisSpec.of(file).withImportOptions(importFlags.options(spec, file)), spec));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = json ? spec.commandLine().getErr() : out;
        OpenedData opened = DatasetReading.open(analysis);
        TransactionOptions.printNotes(opened, notes);
        if (spec.commandLine().getParseResult().hasMatchedOption("--k")) analysis = analysis.withKRange(range[0], range[1]);
        Analysis.Comparison c = Analysis.sweep(analysis, opened, prep.threads(), ProgressListener.NONE, Interrupt.CANCELLATION);
        for (String w : c.matrix().warnings()) notes.println("Note: " + w);
        if (c.note() != null) notes.println("Note: " + c.note());
        SweepResult s = c.sweep();
        if (json) {
            var root = ResultJson.sweep(s);
            TransactionOptions.addSweepJson(root, opened, c.matrix(), s.results().stream().map(KResult::clustering).toList());
            out.println(ResultJson.write(root));
        } else {
            printTable(out, s);
        }
        return ArchetypeCli.OK;
    }

    private static void printTable(PrintWriter out, SweepResult s) {
        out.println("Rows: " + s.rows() + "   Features: " + String.join(", ", s.features()));
        out.printf(Locale.ROOT, "%4s %14s %11s %17s %14s %10s  %s%n", "k", "sse", "silhouette", "calinskiHarabasz",
                "daviesBouldin", "stability", "sizes");
        boolean sampled = false;
        for (KResult r : s.results()) {
            sampled |= r.silhouetteSampled();
            out.printf(Locale.ROOT, "%4d %14.4f %11s %17s %14s %10s  %s%n", r.k(), r.sse(), fmt(r.silhouette(), 4),
                    fmt(r.calinskiHarabasz(), 2), fmt(r.daviesBouldin(), 4), fmt(r.stability(), 3), Arrays.toString(r.sizes()));
        }
        if (sampled) out.println("Silhouette estimated on a sample of rows (95% intervals in --json).");
        out.println("Recommended k = " + s.recommendedK() + ". " + s.reason());
        if (s.criteriaDisagree()) out.println(s.disagreement());
        if (!s.confidenceReason().isEmpty()) out.println(s.confidenceReason());
    }

    static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }
}
