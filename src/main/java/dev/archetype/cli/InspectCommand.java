package dev.archetype.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code inspect FILE [import options] [--json]}: what the import finds, without a window. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print what the import finds in FILE: rows, and per column name, type, missing and distinct counts, plus warnings.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "CSV, TSV, TXT, XLSX or XLS file") Path file;
    @Mixin ImportFlags importFlags;
    @Option(names = "--json", description = "print one JSON object instead of a table") boolean json;
    @Mixin TimingsOption timings;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return timings.around(spec.commandLine().getErr(), this::execute);
    }

    private Integer execute() throws ImportException {
        Dataset ds = Importer.read(file, importFlags.options(spec, file), ProgressListener.NONE, Interrupt.CANCELLATION);
        PrintWriter out = spec.commandLine().getOut();
        try (var t = dev.archetype.core.task.Timings.span("counts")) {
            // Each column's counts are its own, so columns are counted side by side.
            ds.columns().parallelStream().forEach(c -> {
                c.missingCount();
                c.distinctCount();
            });
        }
        if (json) out.println(toJson(ds)); else printTable(ds, out);
        out.flush();
        return ArchetypeCli.OK;
    }

    static String toJson(Dataset ds) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("rows", ds.rowCount());
        ArrayNode cols = root.putArray("columns");
        for (Column c : ds.columns()) {
            ObjectNode o = cols.addObject();
            o.put("name", c.name());
            o.put("type", c.type().label());
            o.put("missing", c.missingCount());
            o.put("distinct", c.distinctCount());
            if (c instanceof dev.archetype.core.data.CategoricalColumn cat && cat.readAs() != null) o.put("readAs", cat.readAs());
        }
        ArrayNode warnings = root.putArray("warnings");
        ds.warnings().forEach(warnings::add);
        TransactionHint.addJson(root, ds);
        return root.toString();
    }

    private static void printTable(Dataset ds, PrintWriter out) {
        out.printf("%s: %d rows × %d columns%n", ds.source(), ds.rowCount(), ds.columnCount());
        int w = "name".length();
        for (Column c : ds.columns()) w = Math.max(w, c.name().length());
        w = Math.min(w, 40);
        String fmt = "  %-" + w + "s  %-11s  %9s  %9s%n";
        out.printf(fmt, "name", "type", "missing", "distinct");
        for (Column c : ds.columns()) {
            String name = c.name().length() > w ? c.name().substring(0, w - 1) + "…" : c.name();
            out.printf(fmt, name, c.type().label(), c.missingCount(), c.distinctCount());
        }
        for (Column c : ds.columns()) {
            if (c instanceof dev.archetype.core.data.CategoricalColumn cat && cat.readAs() != null) {
                out.println("Note: '" + c.name() + "' " + cat.readAs());
            }
        }
        if (!ds.warnings().isEmpty()) {
            out.println("Warnings:");
            for (String warning : ds.warnings()) out.println("  - " + warning);
        }
        TransactionHint.print(ds, out);
    }
}
