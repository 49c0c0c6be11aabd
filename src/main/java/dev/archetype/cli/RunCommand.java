package dev.archetype.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.export.CompareK;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.profile.ArchetypesJson;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.project.ClusterSettings;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectRunner;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.project.SourceCheck;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import dev.archetype.core.project.SourceTrust;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
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
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
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

        ProjectRunner.Rerun run = ProjectRunner.rerun(project, t, ProgressListener.NONE, Interrupt.CANCELLATION);
        FeatureMatrix m = run.matrix();
        Clustering c = run.clustering();
        for (String w : m.warnings()) (json ? err : stdout).println("Note: " + w);
        // Pivoted purchases are named from the attribute roll-up, as when the project was saved.
        ClusterProfile profile = run.transactions() != null ? run.transactions().profile(m, c) : ClusterProfile.of(run.data(), m, c);
        if (!project.archetypeNames().isEmpty()) profile = profile.withNames(project.archetypeNames());
        if (target != null) export(target, project, run, profile, t);
        if (json) {
            ObjectNode root = ResultJson.cluster(m, c);
            root.set("archetypes", ArchetypesJson.toJson(profile));
            stdout.println(ResultJson.write(root));
        } else {
            stdout.println("Project " + projectFile.getFileName() + ": " + project.source());
            ClusterCommand.printText(stdout, m, c);
            ClusterCommand.printArchetypes(stdout, profile);
            if (out != null) stdout.println("Wrote " + out);
        }
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

    private void export(ClusterCommand.ExportTarget target, Project project, ProjectRunner.Rerun run, ClusterProfile profile,
                        int threads) throws Exception {
        FeatureSpec featureSpec = project.preparation().toFeatureSpec();
        KMeansOptions options = project.clustering().toOptions(threads);
        ClusterSettings saved = project.clustering();
        CompareK compare = target.workbook() && saved.kMin() < saved.kMax()
                ? CompareK.from(KSweep.run(run.matrix(), saved.kMin(), saved.kMax(), options, ProgressListener.NONE, Interrupt.CANCELLATION))
                : null;
        RunInfo info = RunInfo.of(featureSpec, options, Version.current(), Instant.now(), "archetype run " + projectFile);
        target.write(new ExportRequest(run.data(), project.source(), project.importSettings().sheet(), run.matrix(),
                run.clustering(), profile, null, compare, info, attributes(run)).withExactSilhouettes(options.threads()),
                ExportOptions.defaults());
    }

    private static java.util.List<dev.archetype.core.transactions.RollupGridRow> attributes(ProjectRunner.Rerun run) {
        var rollup = run.transactions() == null ? null : run.transactions().rollup(run.matrix(), run.clustering());
        return rollup == null ? null : rollup.gridMostTellingFirst();
    }
}
