package dev.archetype.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.analysis.ScoredResult;
import dev.archetype.core.export.ExportOptions;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.model.Scoring;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectFileException;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code score PROJECT FILE}: labels every row of a new file with the project's archetypes, prepared as the fit's
 * rows were (its means, scales and fill values, never the new file's), with the distance to the centre and an
 * "unusual" flag for rows farther than 99% of the fit's rows were.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Assign every row of FILE to the nearest archetype of a saved project, without re-clustering.")
public final class ScoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "A project saved with 'cluster --save-project' or the window.") Path projectFile;
    @Parameters(index = "1", paramLabel = "FILE", description = "New customers (or new purchases, for a pivoted project).") Path file;
    @Option(names = "--out", paramLabel = "FILE.xlsx|FILE.csv", description = "Export the labeled rows as 'cluster --out' does, with an Unusual column.") Path out;
    @Option(names = "--json", description = "Print {\"counts\", \"unusual\", \"rows\": [{\"row\", \"cluster\", \"archetype\", \"distance\", \"unusual\"}]}.") boolean json;
    @Option(names = "--bom", description = "Start a CSV export with a byte-order mark so Excel reads it as UTF-8.") boolean bom;
    @Mixin ImportFlags importFlags;
    @Mixin TimingsOption timings;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::execute);
    }

    private Integer execute() throws Exception {
        ClusterCommand.ExportTarget target = out == null ? null : ClusterCommand.ExportTarget.of(out);
        Outputs.checkDistinct(spec, file, projectFile, out);
        Project project = ProjectStore.load(projectFile);
        FittedModel model = project.model();
        if (model == null) {
            throw new ProjectFileException(projectFile, "has no fitted model (saved by an older Archetype); open it and save it again, or run it with 'archetype run'");
        }
        // The new file is read with the flags given here, and pivoted as the project's source was.
        AnalysisSpec analysis = AnalysisResult.specOf(project, false).withSource(file)
                .withImportOptions(importFlags.options(spec, file));
        OpenedData opened = DatasetReading.open(analysis);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter notes = json ? spec.commandLine().getErr() : stdout;
        ScoredResult scored = ScoredResult.of(project, model, opened, Interrupt.CANCELLATION);
        for (String n : scored.notes()) notes.println("Note: " + n);
        if (target != null) target.write(scored.exportRequest(Version.current(), Instant.now(), "archetype score " + projectFile + " " + file),
                ExportOptions.defaults().withCsvBom(bom));
        if (json) stdout.println(ResultJson.write(json(scored)));
        else printText(stdout, scored);
        if (!json && out != null) stdout.println("Wrote " + out);
        return ArchetypeCli.OK;
    }

    static ObjectNode json(ScoredResult s) {
        Scoring.Scored sc = s.scored();
        ObjectNode root = ResultJson.MAPPER.createObjectNode();
        ObjectNode counts = root.putObject("counts");
        List<String> names = s.model().names();
        for (int c = 0; c < names.size(); c++) counts.put(names.get(c), sc.counts()[c]);
        root.put("unusual", sc.unusualCount());
        root.put("unassigned", sc.unassigned());
        ArrayNode rows = root.putArray("rows");
        for (int r = 0; r < sc.rows(); r++) {
            ObjectNode o = rows.addObject();
            o.put("row", r + 1);
            if (s.customerIds() != null) o.put("customer", s.customerIds().get(r));
            int c = sc.clusters()[r];
            if (c < 0) {
                o.putNull("cluster");
                o.putNull("archetype");
                o.putNull("distance");
            } else {
                o.put("cluster", c + 1);
                o.put("archetype", names.get(c));
                o.put("distance", sc.distances()[r]);
            }
            o.put("unusual", sc.unusual()[r]);
        }
        return root;
    }

    private static void printText(PrintWriter out, ScoredResult s) {
        Scoring.Scored sc = s.scored();
        List<String> names = s.model().names();
        out.printf(Locale.ROOT, "Scored %,d rows of %s with %d archetypes%n", sc.rows(), s.source().getFileName(), names.size());
        for (int c = 0; c < names.size(); c++) {
            out.printf(Locale.ROOT, "%3d. %-40s %,8d%n", c + 1, names.get(c), sc.counts()[c]);
        }
        out.printf(Locale.ROOT, "Unusual (farther from their archetype than 99%% of the fit's customers): %,d%n", sc.unusualCount());
        if (sc.unassigned() > 0) out.printf(Locale.ROOT, "Not assigned: %,d%n", sc.unassigned());
    }
}
