package dev.archetype.cli;

import dev.archetype.cli.CliRuns.Run;
import dev.archetype.core.io.AwkwardFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every awkward file (see {@link AwkwardFiles}) through the command line in-process, with {@code inspect} and
 * {@code cluster --k 2}: the run ends with exit 0, 1 or 2, says what is wrong in at most one line on stderr,
 * and never shows an exception or a stack trace. The soak run of the same files at large sizes is
 * {@link dev.archetype.bench.ImportSoak}.
 */
class ImportFuzzTest {

    private static Run run(Path file, String... command) {
        return CliRuns.run(file, command);
    }

    private static List<String> problems(Run r) {
        return CliRuns.problems(r);
    }

    @Test
    void everyAwkwardFileGivesACleanOutcome(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> files = AwkwardFiles.writeAll(dir, 1, 7);
        for (Path f : files) {
            problems.addAll(problems(run(f, "inspect")));
            problems.addAll(problems(run(f, "cluster", "--k", "2")));
        }
        assertThat(problems).isEmpty();
        assertThat(files).hasSizeGreaterThan(20);
    }

    @Test
    void theExpectedFilesImportAndTheBrokenOnesSaySo(@TempDir Path dir) throws Exception {
        List<Path> files = AwkwardFiles.writeAll(dir, 1, 7);
        java.util.Map<String, Run> byName = new java.util.HashMap<>();
        for (Path f : files) byName.put(f.getFileName().toString(), run(f, "inspect"));
        for (String ok : List.of("one_row.csv", "one_column.csv", "duplicate_headers.csv", "bom_crlf.csv",
                "mixed_line_ends.csv", "na_header.csv", "unclosed_quote.csv", "ragged.csv", "text_among_numbers.csv",
                "semicolon_decimal_comma.csv", "wide.csv", "quoted_newlines.csv", "utf16.csv", "csv_named.xls",
                "good.xlsx", "huge_strings.xlsx")) {
            assertThat(byName.get(ok).code()).as(ok + ": " + byName.get(ok).err()).isEqualTo(ArchetypeCli.OK);
        }
        assertThat(byName.get("unclosed_quote.csv").out()).contains("40 rows × 3 columns").contains("never closes it properly");
        assertThat(byName.get("empty.csv").err()).contains("empty.csv: the file is empty");
        assertThat(byName.get("notes.xlsx").err()).contains("notes.xlsx: the file is not an Excel workbook");
        assertThat(byName.get("garbage.xlsx").err()).contains("garbage.xlsx: the file is not an Excel workbook");
        assertThat(byName.get("zip_bomb.xlsx").err()).contains("zip_bomb.xlsx: the workbook expands to far more data");
        assertThat(byName.get("truncated.xlsx").err()).contains("truncated.xlsx: the workbook is damaged");
        assertThat(byName.get("nul_bytes.csv").err()).contains("nul_bytes.csv");
        assertThat(byName.get("garbage.csv").err()).contains("garbage.csv: this is not a text table or a workbook");
    }
}
