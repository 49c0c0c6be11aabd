package dev.archetype.cli;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.project.SourceCheck;
import dev.archetype.core.project.SourceTrust;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code run}: re-runs a saved project and prints (and exports) what {@code cluster} does for the same settings. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Re-run a saved project (.archetype): re-import its source file, check by SHA-256 that it is "
                + "the file the project was saved with, cluster again with the saved settings and seed, and print "
                + "the same result as 'cluster' (the same labels as when it was saved), with the project's archetype names.",
                "Exit codes: 0 done, 1 bad input (missing or changed source, unreadable project), 2 usage."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "A .archetype project file.") Path projectFile;
    @Option(names = "--out", paramLabel = "FILE.xlsx|FILE.csv",
            description = "Export as 'cluster --out' does; the workbook's Compare k sheet covers the project's k range.") Path out;
    @Option(names = "--json", description = "Print JSON (as 'cluster --json').") boolean json;
    @Option(names = "--source", paramLabel = "FILE",
            description = "Read this data file instead of the saved path, e.g. after moving or renaming it.") Path source;
    @Option(names = "--allow-changed",
            description = "Run even when the source's contents changed since the project was saved (labels may differ).")
    boolean allowChanged;
    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).") Integer threads;
    @Mixin TimingsOption timings;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::execute);
    }

    private Integer execute() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterCommand.ExportTarget target = out == null ? null : ClusterCommand.ExportTarget.of(out);
        if (threads != null && (threads < 1 || threads > KMeansOptions.MAX_THREADS)) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + KMeansOptions.MAX_THREADS + ", not " + threads);
        }
        Outputs.checkDistinct(spec, projectFile, source, out);
        Project project = ProjectStore.load(projectFile);
        if (source != null) {
            project = project.withSource(source.toAbsolutePath(), project.sourceSha256());
        } else {
            SourceTrust.checkSavedSource(projectFile, project.source());
            // A project from elsewhere may point anywhere: say which file is read before reading it.
            if (SourceTrust.outsideProjectFolder(projectFile, project.source())) {
                err.println("Note: " + projectFile.getFileName() + " reads " + project.source() + ", outside the project's folder");
            }
        }
        List<Path> inputs = new ArrayList<>(ProjectStore.inputsOf(project));
        inputs.add(projectFile);
        Outputs.checkDistinct(spec, inputs, out);
        checkSource(SourceCheck.of(project), err);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        // The project's k range is compared again only for a workbook's Compare k sheet.
        AnalysisSpec analysis = AnalysisResult.specOf(project, target != null && target.workbook());
        OpenedData opened = DatasetReading.open(analysis);
        // Archetypes fitted elsewhere (Spark) are shown on their sample as fitted, never re-clustered on it.
        AnalysisResult result = project.fitted() != null
                ? Analysis.fitted(analysis, opened, project.model(), project.fitted(), t, Interrupt.CANCELLATION)
                : Analysis.run(analysis, opened, t, ProgressListener.NONE, Interrupt.CANCELLATION);
        for (String w : result.matrix().warnings()) (json ? err : stdout).println("Note: " + w);
        if (target != null) target.write(result.exportRequest(Version.current(), Instant.now()), ExportOptions.defaults());
        if (!json) stdout.println("Project " + projectFile.getFileName() + ": " + project.source());
        ClusterCommand.print(result, stdout, json);
        if (!json && out != null) stdout.println("Wrote " + out);
        return ArchetypeCli.OK;
    }

    private void checkSource(SourceCheck check, PrintWriter err) {
        switch (check.status()) {
            case UNCHANGED -> { }
            case MISSING -> throw new IllegalArgumentException("Source file " + check.file() + " of "
                    + projectFile.getFileName() + " is missing (moved or renamed?); point to it with --source FILE");
            case CHANGED -> {
                if (!allowChanged) {
                    throw new IllegalArgumentException("Source file " + check.file() + " has changed since "
                            + projectFile.getFileName() + " was saved (SHA-256 differs), so the labels would differ;"
                            + " add --allow-changed to cluster the new contents anyway");
                }
                err.println("Note: " + check.message());
            }
        }
    }
}
