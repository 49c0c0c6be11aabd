package dev.archetype.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the Spark and desktop command lines in this JVM and reads what they wrote. */
final class Runs {
    private Runs() { }

    record Result(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result spark(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = SparkMain.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result desktop(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = dev.archetype.cli.ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Column {@code value} by column {@code key} of a CSV file, or of every part file of a Spark output folder. */
    static Map<String, String> column(Path fileOrFolder, String key, String value) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> parts = Files.list(fileOrFolder)) {
                for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) out.putAll(column(p, key, value));
            }
            return out;
        }
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(fileOrFolder)) {
            var it = reader.iterator();
            var header = it.next().getFields().stream().map(h -> h.replace("\uFEFF", "")).toList();
            int k = header.indexOf(key), v = header.indexOf(value);
            if (k < 0 || v < 0) throw new IllegalStateException(fileOrFolder + " lacks " + key + " or " + value + ": " + header);
            while (it.hasNext()) {
                var r = it.next();
                out.put(r.getField(k), r.getField(v));
            }
        }
        return out;
    }
}
