package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonIsOneObjectWithRowsColumnsAndWarnings() throws Exception {
        assertThat(run("inspect", FIXTURES + "ragged.csv", "--json")).isEqualTo(ArchetypeCli.OK);
        String text = out.toString().strip();
        assertThat(text.lines().count()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .containsExactly("rows", "columns", "warnings");
        assertThat(root.get("rows").asInt()).isEqualTo(6);
        JsonNode cols = root.get("columns");
        assertThat(cols).hasSize(3);
        assertThat(cols.get(2).get("name").asText()).isEqualTo("c");
        assertThat(cols.get(2).get("type").asText()).isEqualTo("integer");
        assertThat(cols.get(2).get("missing").asInt()).isEqualTo(2);
        assertThat(cols.get(2).get("distinct").asInt()).isEqualTo(4);
        List<String> warnings = new ArrayList<>();
        root.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).anyMatch(w -> w.contains("lines 3, 6"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void typesUseTheDocumentedLabels() throws Exception {
        assertThat(run("inspect", FIXTURES + "basic.xlsx", "--json")).isEqualTo(ArchetypeCli.OK);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        Set<String> allowed = Set.of("numeric", "integer", "boolean", "date", "categorical", "text", "identifier", "constant");
        root.get("columns").forEach(c -> assertThat(allowed).contains(c.get("type").asText()));
        assertThat(root.get("columns").get(4).get("type").asText()).isEqualTo("date");
        assertThat(root.get("columns").get(6).get("type").asText()).isEqualTo("boolean");
    }

    @Test
    void textOutputListsEveryColumnAndTheWarnings() {
        assertThat(run("inspect", FIXTURES + "basic.xlsx", "--sheet", "Customers")).isEqualTo(ArchetypeCli.OK);
        String text = out.toString();
        assertThat(text).contains("4 rows × 7 columns");
        assertThat(text).containsPattern("Spend 2023\\s+numeric\\s+0\\s+4");
        assertThat(text).containsPattern("Ratio\\s+numeric\\s+1\\s+2");
        assertThat(text).contains("Warnings:", "1 error cell (#DIV/0! at row 7)");
    }

    @Test
    void sheetOptionPicksTheSheet() {
        assertThat(run("inspect", FIXTURES + "basic.xls", "--sheet", "Notes")).isEqualTo(ArchetypeCli.OK);
        assertThat(out.toString()).contains("3 rows × 2 columns").containsPattern("value\\s+numeric");
    }

    @Test
    void unreadableFileExitsNonZeroWithOneLine() {
        int code = run("inspect", FIXTURES + "encrypted.xlsx");
        assertThat(code).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        String e = err.toString().strip();
        assertThat(e.lines().count()).isEqualTo(1);
        assertThat(e).startsWith("archetype: encrypted.xlsx: ").contains("password-protected");
    }

    @Test
    void missingFileAndUnknownSheetAreBadInput() {
        assertThat(run("inspect", FIXTURES + "nope.csv")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("archetype: nope.csv: the file does not exist");
        assertThat(run("inspect", FIXTURES + "basic.xlsx", "--sheet", "Q9")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("there is no sheet named 'Q9'");
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("inspect")).isEqualTo(ArchetypeCli.USAGE);
    }
}
