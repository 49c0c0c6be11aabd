package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.core.transactions.OrderLines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Order lines on the command line: shares by default, the category column as attributes, projects, refusals. */
class OrderLinesCliTest {
    @TempDir
    static Path dir;
    static Path orders;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void write() throws Exception {
        orders = dir.resolve("orders.csv");
        OrderLines.write(orders, 500, 11);
    }

    private static String[] cluster(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("cluster", orders.toString(), "--transactions",
                "Customer Name,Product Sub-Category", "--value", "sum:Sales", "--k", "4", "--attributes", "Product Category"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theSameSheetsCategoryNamesTheGroupsAndAProjectReRunsTheShares() throws Exception {
        Path project = dir.resolve("orders.archetype");
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Run first = run(cluster("--json", "--save-project", project.toString(), "--out", a.toString()));
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("transactions").get("attributeColumns").get(0).asText()).isEqualTo("Product Category");
        assertThat(json.get("transactions").get("mix").asText()).isEqualTo("share");
        assertThat(json.get("transactions").get("totalColumn").asText()).isEqualTo("Total Sales");
        int rows = 0;
        for (JsonNode arch : json.get("archetypes")) {
            rows += arch.get("size").asInt();
            assertThat(arch.get("size").asDouble() / 500).isBetween(0.03, 0.60);
        }
        assertThat(rows).isEqualTo(500);
        assertThat(json.get("archetypes").findValuesAsText("name")).anyMatch(n -> n.matches("(Furniture|Technology|Office Supplies) buyers"));
        assertThat(Files.readString(project)).contains("\"mix\" : \"share\"");

        Run again = run("run", project.toString(), "--out", b.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readAllLines(b)).isEqualTo(Files.readAllLines(a));
    }

    @Test
    void rawAmountsAreOneFlagAway() {
        Run shares = run(cluster());
        Run raw = run(cluster("--mix", "raw"));
        assertThat(shares.code()).isZero();
        assertThat(raw.code()).isZero();
        assertThat(shares.out()).contains("Note: Cells are each customer's share of their total Sales");
        assertThat(raw.out()).contains("Note: Cells are raw Sales").doesNotContain("share of their total");
    }

    @Test
    void identifiersAndColumnsThatAreNotItemAttributesAreRefusedInOneLine() {
        Run id = run("cluster", orders.toString(), "--transactions", "Customer Name,Product Sub-Category", "--value", "sum:Row ID", "--k", "3");
        assertThat(id.code()).isEqualTo(1);
        assertThat(id.err().strip()).isEqualTo("archetype: 'Row ID' is an identifier, not an amount (it was read as an identifier): "
                + "summing it means nothing; sum a quantity or a sales column, or use count");
        Run notAttribute = run("cluster", orders.toString(), "--transactions", "Customer Name,Product Category", "--k", "2",
                "--attributes", "Product Sub-Category");
        assertThat(notAttribute.code()).isEqualTo(1);
        assertThat(notAttribute.err()).contains("'Product Sub-Category' is not an attribute of 'Product Category'").doesNotContain("\tat ");
        Run mixAlone = run("cluster", orders.toString(), "--mix", "raw", "--k", "2");
        assertThat(mixAlone.code()).as("a combination that cannot work, like --attributes without --transactions").isEqualTo(1);
        assertThat(mixAlone.err()).contains("--mix needs --transactions CUSTOMER,ITEM");
    }
}
