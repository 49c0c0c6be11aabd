package dev.archetype.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says about awkward files: the numbers users see, and one-line failures. */
class ImportCliTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void inspectShowsTheNumericTypesOfAOneRowFile() throws Exception {
        Path f = Files.writeString(dir.resolve("one.csv"), "id,spend,visits\n1,12.5,3\n");
        assertThat(run("inspect", f.toString())).isEqualTo(ArchetypeCli.OK);
        assertThat(out.toString()).contains("1 rows × 3 columns")
                .containsPattern("spend\\s+numeric").containsPattern("visits\\s+integer")
                .doesNotContain("No numeric column");
        assertThat(err.toString()).isEmpty();
    }
}
