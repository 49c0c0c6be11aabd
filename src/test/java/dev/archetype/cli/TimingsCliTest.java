package dev.archetype.cli;

import dev.archetype.core.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --timings} on the commands: every phase that ran is listed, and the phases add up to the total. */
class TimingsCliTest {
    private static final Path WHOLESALE = TestData.SHARED.resolve("wholesale_customers.csv");
    @TempDir Path dir;

    private static Map<String, Double> timings(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        Map<String, Double> wall = new LinkedHashMap<>();
        boolean in = false;
        for (String line : err.toString().split("\n")) {
            if (line.equals("Timings:")) in = true;
            else if (in && line.startsWith("  ") && !line.strip().startsWith("phase")) {
                String[] parts = line.strip().split("\\s{2,}");
                wall.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return wall;
    }

    @Test
    void clusterListsItsPhasesAndTheyAddUpToTheTotal() {
        assertTrue(Files.isRegularFile(WHOLESALE), WHOLESALE + " is missing: ../shared/data must sit beside the checkout");
        Path out = dir.resolve("labeled.xlsx");
        Map<String, Double> t = timings("cluster", WHOLESALE.toString(), "--k", "4", "--restarts", "5", "--out", out.toString(), "--timings");
        assertThat(t.keySet()).contains("read", "type inference", "prepare", "seeding", "Lloyd", "refinement", "profile",
                "stability", "export", "other", "total");
        double sum = t.entrySet().stream().filter(e -> !e.getKey().equals("total")).mapToDouble(Map.Entry::getValue).sum();
        assertThat(sum).isCloseTo(t.get("total"), org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void sweepAndInspectToo() {
        assertTrue(Files.isRegularFile(WHOLESALE), WHOLESALE + " is missing: ../shared/data must sit beside the checkout");
        assertThat(timings("sweep", WHOLESALE.toString(), "--k", "2..4", "--restarts", "2", "--timings").keySet())
                .contains("read", "Lloyd", "metrics", "stability", "structure check", "total");
        assertThat(timings("inspect", WHOLESALE.toString(), "--timings").keySet()).contains("read", "type inference", "total");
    }
}
