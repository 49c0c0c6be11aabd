package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.core.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each archetype's rule, recomputed from the labeled export, has the precision and recall it reports. */
class MembershipRuleTest {
    @TempDir Path dir;

    @Test
    void rulePrecisionAndRecallMatchTheLabeledExport() throws Exception {
        Path file = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
        Path csv = dir.resolve("labeled.csv");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), "cluster", file.toString(), "--k", "4",
                "--features", "Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen", "--json", "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode archetypes = new ObjectMapper().readTree(out.toString()).get("archetypes");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int clusterCol = header.indexOf("Cluster");
        int rules = 0;
        for (JsonNode a : archetypes) {
            JsonNode rule = a.get("rule");
            if (rule == null) continue;
            rules++;
            assertThat(rule.get("conditions").size()).isBetween(1, 3);
            int cluster = a.get("cluster").asInt();
            long picked = 0, hit = 0, members = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] v = line.split(",", -1);
                boolean in = v[clusterCol].equals(Integer.toString(cluster));
                if (in) members++;
                boolean all = true;
                for (JsonNode c : rule.get("conditions")) {
                    String cell = v[header.indexOf(c.get("feature").asText())];
                    String op = c.get("op").asText();
                    boolean holds = switch (op) {
                        case "<=" -> Double.parseDouble(cell) <= c.get("value").asDouble();
                        case ">" -> Double.parseDouble(cell) > c.get("value").asDouble();
                        case "==" -> c.get("value").isNumber() ? Double.parseDouble(cell) == c.get("value").asDouble() : cell.equals(c.get("value").asText());
                        default -> c.get("value").isNumber() ? Double.parseDouble(cell) != c.get("value").asDouble() : !cell.equals(c.get("value").asText());
                    };
                    all &= holds;
                }
                if (all) {
                    picked++;
                    if (in) hit++;
                }
            }
            assertThat(rule.get("precision").asDouble()).as(rule.get("text").asText()).isCloseTo((double) hit / picked, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(rule.get("recall").asDouble()).isCloseTo((double) hit / members, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(rule.get("text").asText()).contains(" of these customers are in this archetype, it covers ");
        }
        assertThat(rules).isEqualTo(4);
    }
}
