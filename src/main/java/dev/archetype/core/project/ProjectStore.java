package dev.archetype.core.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.data.ColumnType;

import dev.archetype.core.transactions.RowMix;
import java.io.IOException;
import dev.archetype.core.export.AtomicFileWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes {@code .archetype} project files (JSON).
 *
 * <p>The source path is written relative to the project file's folder when both share a root, with
 * {@code /} separators so a project saved on one system opens on another; the absolute path is kept
 * too and used when the relative one no longer leads to a file (the project file alone was moved).
 * Saving is atomic: a temporary file in the same folder is written, then moved over the target, so a
 * crash never leaves a half-written project. Stateless and thread-safe.
 */
public final class ProjectStore {
    /** Conventional file extension, with the dot. */
    public static final String EXTENSION = ".archetype";

    private static final String MAGIC = "archetype-project";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectStore() { }

    /** Writes {@code project} to {@code file}, replacing it atomically if it exists. */
    public static void save(Path file, Project project) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        byte[] bytes = JSON.writeValueAsBytes(toJson(project, dir));
        // The project must never land on the data it describes (a user typing the data file's name by mistake).
        AtomicFileWriter.writeAvoiding(target, inputsOf(project), AtomicFileWriter.Overwrite.REPLACE, out -> out.write(bytes));
    }

    /** The files a project reads, which saving it must never replace. */
    public static List<Path> inputsOf(Project project) {
        List<Path> inputs = new ArrayList<>();
        if (project.source() != null) inputs.add(project.source());
        PivotSettings pivot = project.pivot();
        if (pivot != null && pivot.attributes() != null) {
            Path attr = Path.of(pivot.attributes());
            inputs.add(attr.isAbsolute() || project.source() == null || project.source().getParent() == null
                    ? attr : project.source().getParent().resolve(attr));
        }
        return inputs;
    }

    /**
     * Reads a project file.
     *
     * @throws ProjectFileException with a one-line reason when the file is not valid JSON, is not a
     *                              project, lacks a field, or was written by a newer format version
     * @throws IOException          when the file cannot be read at all
     */
    public static Project load(Path file) throws IOException {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) throw new ProjectFileException(file, "no such project file");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(source));
        } catch (JacksonException e) {
            // Jackson's own wording names its token classes; the location is what a user can act on.
            throw new ProjectFileException(file, "not a valid project file (damaged JSON" + where(e.getLocation()) + ")", e);
        }
        if (root == null || !root.isObject() || !MAGIC.equals(root.path("format").asText())) {
            throw new ProjectFileException(file, "not an Archetype project (no \"format\": \"" + MAGIC + "\")");
        }
        Fields f = new Fields(file);
        int version = f.integer(root, "formatVersion");
        if (version > Project.FORMAT_VERSION) {
            throw new ProjectFileException(file, "saved by a newer Archetype (project format " + version
                    + "); this version reads format " + Project.FORMAT_VERSION + " — please update Archetype");
        }
        if (version < 1) throw new ProjectFileException(file, "invalid formatVersion " + version);
        try {
            return fromJson(root, source.getParent(), f);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file, e.getMessage(), e);
        }
    }

    private static ObjectNode toJson(Project p, Path dir) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", MAGIC);
        root.put("formatVersion", Project.FORMAT_VERSION);

        ObjectNode src = root.putObject("source");
        src.put("path", storedPath(p.source(), dir));
        src.put("absolutePath", p.source().toString());
        src.put("sha256", p.sourceSha256());

        ImportSettings s = p.importSettings();
        ObjectNode imp = root.putObject("import");
        imp.put("sheet", s.sheet());
        imp.put("headerRow", s.headerRow());
        imp.put("hasHeader", s.hasHeader());
        imp.put("delimiter", s.delimiter() == null ? null : s.delimiter().toString());
        imp.put("encoding", s.encoding());
        if (s.missingTokens() == null) imp.putNull("missingTokens");
        else stringArray(imp.putArray("missingTokens"), s.missingTokens());
        ObjectNode overrides = imp.putObject("typeOverrides");
        s.typeOverrides().forEach((col, type) -> overrides.put(col, type.label()));
        imp.put("raggedRows", s.raggedRows());

        Preparation prep = p.preparation();
        ObjectNode pr = root.putObject("preparation");
        stringArray(pr.putArray("features"), prep.features());
        pr.put("scaling", prep.scaling());
        pr.put("missingPolicy", prep.missingPolicy());
        if (!prep.logFeatures().isEmpty()) stringArray(pr.putArray("logFeatures"), prep.logFeatures());

        ClusterSettings c = p.clustering();
        ObjectNode cl = root.putObject("clustering");
        cl.put("distance", c.distance());
        cl.put("init", c.init());
        cl.put("kMin", c.kMin());
        cl.put("kMax", c.kMax());
        cl.put("k", c.k());
        cl.put("seed", c.seed());
        cl.put("restarts", c.restarts());
        cl.put("maxIterations", c.maxIterations());
        cl.put("tolerance", c.tolerance());

        stringArray(root.putArray("archetypeNames"), p.archetypeNames());
        if (p.pivot() != null) {
            PivotSettings t = p.pivot();
            ObjectNode pv = root.putObject("pivot");
            pv.put("customerColumn", t.customerColumn());
            pv.put("itemColumn", t.itemColumn());
            pv.put("value", t.value());
            pv.put("attributes", t.attributes());
            pv.put("attributeKey", t.attributeKey());
            pv.put("mix", t.mix());
        }
        if (p.rfm()) root.put("rfm", true);
        if (p.model() != null) ModelJson.write(root, p.model());
        if (p.fitted() != null) FittedProfileJson.write(root, p.fitted());
        return root;
    }

    private static Project fromJson(JsonNode root, Path dir, Fields f) throws ProjectFileException {
        JsonNode src = f.object(root, "source");
        Path source = resolveSource(f.text(src, "source.path"), src.path("absolutePath").asText(null), dir);

        JsonNode imp = f.object(root, "import");
        String delimiter = f.optionalText(imp, "delimiter");
        if (delimiter != null && delimiter.length() != 1) throw f.bad("import.delimiter", "must be one character, got \"" + delimiter + "\"");
        Map<String, ColumnType> overrides = new LinkedHashMap<>();
        JsonNode ov = imp.path("typeOverrides");
        for (var it = ov.fields(); it.hasNext(); ) {
            var e = it.next();
            overrides.put(e.getKey(), columnType(f, e.getValue().asText(), "import.typeOverrides." + e.getKey()));
        }
        JsonNode headerRow = imp.path("headerRow");
        JsonNode hasHeader = imp.path("hasHeader");
        ImportSettings settings = new ImportSettings(f.optionalText(imp, "sheet"),
                headerRow.isIntegralNumber() ? headerRow.intValue() : null,
                hasHeader.isBoolean() ? hasHeader.booleanValue() : null,
                delimiter == null ? null : delimiter.charAt(0),
                f.optionalText(imp, "encoding"),
                imp.path("missingTokens").isArray() ? f.strings(imp, "missingTokens", "import.missingTokens") : null, overrides,
                f.optionalText(imp, "raggedRows"));

        JsonNode pr = f.object(root, "preparation");
        Preparation prep = new Preparation(f.strings(pr, "features", "preparation.features"),
                f.text(pr, "preparation.scaling"), f.text(pr, "preparation.missingPolicy"),
                pr.path("logFeatures").isArray() ? f.strings(pr, "logFeatures", "preparation.logFeatures") : List.of());

        JsonNode cl = f.object(root, "clustering");
        ClusterSettings cluster = new ClusterSettings(f.text(cl, "clustering.distance"), f.text(cl, "clustering.init"),
                f.integer(cl, "clustering.kMin"), f.integer(cl, "clustering.kMax"), f.integer(cl, "clustering.k"),
                f.longValue(cl, "clustering.seed"), f.integer(cl, "clustering.restarts"),
                f.integer(cl, "clustering.maxIterations"), f.number(cl, "clustering.tolerance"));

        PivotSettings pivot = null;
        JsonNode pv = root.path("pivot");
        if (pv.isObject()) {
            try {
                pivot = new PivotSettings(f.text(pv, "pivot.customerColumn"), f.text(pv, "pivot.itemColumn"),
                        f.optionalText(pv, "value"), f.optionalText(pv, "attributes"), f.optionalText(pv, "attributeKey"),
                        // projects saved before shares existed pivoted raw cells: re-run them the same way
                        pv.has("mix") ? f.optionalText(pv, "mix") : RowMix.RAW.spec());
            } catch (IllegalArgumentException e) {
                throw f.bad("pivot", e.getMessage());
            }
        }
        JsonNode rfm = root.path("rfm");
        if (!rfm.isMissingNode() && !rfm.isBoolean()) throw f.bad("rfm", "must be true or false");
        return new Project(source, f.text(src, "source.sha256"), settings, prep, cluster,
                f.strings(root, "archetypeNames", "archetypeNames"), pivot, ModelJson.read(root, f.file()), rfm.asBoolean(false),
                FittedProfileJson.read(root, f.file()));
    }

    /** Relative to {@code dir} with '/' separators when on the same root, else absolute. */
    static String storedPath(Path source, Path dir) {
        if (dir.getRoot() == null || !dir.getRoot().equals(source.getRoot())) return source.toString();
        Path rel = dir.relativize(source);
        List<String> parts = new ArrayList<>();
        rel.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static Path resolveSource(String stored, String absolute, Path dir) {
        Path p = Path.of(stored);
        Path resolved = p.isAbsolute() ? p.normalize() : dir.resolve(p).normalize();
        if (!Files.exists(resolved) && absolute != null && !absolute.isBlank()) {
            Path abs = Path.of(absolute);
            if (abs.isAbsolute() && Files.exists(abs)) return abs.normalize();
        }
        return resolved;
    }

    private static ColumnType columnType(Fields f, String label, String field) throws ProjectFileException {
        try {
            return ColumnType.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw f.bad(field, "unknown column type \"" + label + "\"");
        }
    }

    private static void stringArray(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Field access that names the missing or mistyped field in its error. */
    private record Fields(Path file) {
        ProjectFileException bad(String field, String reason) {
            return new ProjectFileException(file, "\"" + field + "\" " + reason);
        }

        JsonNode object(JsonNode parent, String name) throws ProjectFileException {
            JsonNode n = parent.get(name);
            if (n == null || !n.isObject()) throw bad(name, "is missing or not an object");
            return n;
        }

        String text(JsonNode parent, String path) throws ProjectFileException {
            JsonNode n = parent.get(last(path));
            if (n == null || !n.isTextual() || n.asText().isEmpty()) throw bad(path, "is missing or not a text");
            return n.asText();
        }

        String optionalText(JsonNode parent, String name) throws ProjectFileException {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) return null;
            if (!n.isTextual()) throw bad(name, "must be a text or null");
            return n.asText();
        }

        int integer(JsonNode parent, String path) throws ProjectFileException {
            JsonNode n = parent.get(last(path));
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) throw bad(path, "is missing or not a whole number");
            return n.intValue();
        }

        long longValue(JsonNode parent, String path) throws ProjectFileException {
            JsonNode n = parent.get(last(path));
            if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) throw bad(path, "is missing or not a whole number");
            return n.longValue();
        }

        double number(JsonNode parent, String path) throws ProjectFileException {
            JsonNode n = parent.get(last(path));
            if (n == null || !n.isNumber()) throw bad(path, "is missing or not a number");
            return n.doubleValue();
        }

        List<String> strings(JsonNode parent, String name, String path) throws ProjectFileException {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) return List.of();
            if (!n.isArray()) throw bad(path, "must be a list of texts");
            List<String> out = new ArrayList<>(n.size());
            for (JsonNode e : n) {
                if (!e.isTextual()) throw bad(path, "must be a list of texts");
                out.add(e.asText());
            }
            return out;
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }
}
