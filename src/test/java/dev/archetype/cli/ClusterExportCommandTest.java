package dev.archetype.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterExportCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/three_groups.csv");
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    @TempDir Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path source() throws Exception {
        Path copy = dir.resolve("three_groups.csv");
        Files.copy(FIXTURE, copy);
        return copy;
    }

    @Test
    void workbookExportCarriesNamesSweepAndACommandThatReproducesTheLabels() throws Exception {
        Path src = source();
        Path xlsx = dir.resolve("groups.xlsx");
        int code = run("cluster", src.toString(), "--features", "spend", "--k", "3", "--seed", "7",
                "--compare", "2..4", "--names", "Big,,Small", "--out", xlsx.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1. Big (5, 42%)").contains("2. Low Spend (4, 33%)").contains("3. Small (3, 25%)").contains("Wrote " + xlsx);

        List<String> exported = new ArrayList<>();
        String command;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Compare k").getRow(3).getCell(0).getNumericCellValue()).isEqualTo(4);
            Sheet customers = wb.getSheet("Customers");
            assertThat(customers.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Cluster");
            for (int r = 1; r <= customers.getLastRowNum(); r++) {
                Row row = customers.getRow(r);
                exported.add(row.getCell(3) == null ? "" : Integer.toString((int) row.getCell(3).getNumericCellValue()));
            }
            assertThat(customers.getRow(8).getCell(4).getStringCellValue()).isEqualTo("Big");
            Map<String, String> run = new HashMap<>();
            for (Row row : wb.getSheet("Run")) run.put(row.getCell(0).getStringCellValue(), row.getCell(1).toString());
            assertThat(run.get("Seed")).isEqualTo("7");
            assertThat(run.get("Source file")).isEqualTo("three_groups.csv");
            command = run.get("Reproduce with");
        }
        assertThat(command).startsWith("archetype cluster ").contains("--seed 7").contains("--features spend ");

        List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
        args.remove(0);
        Path again = dir.resolve("again.csv");
        args.addAll(List.of("--out", again.toString()));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        List<String> relabeled = Files.readAllLines(again).stream().skip(1).map(l -> l.split(",", -1)[3]).toList();
        assertThat(relabeled).isEqualTo(exported);
    }

    @Test
    void anUnknownExportTypeIsRefusedBeforeAnyWork() {
        assertThat(run("cluster", FIXTURE.toString(), "--k", "2", "--out", dir.resolve("x.txt").toString()))
                .isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("archetype: --out must end in .xlsx (workbook) or .csv (labeled rows), not 'x.txt'");
    }

    @Test
    void theSourceFileIsNeverOverwritten() throws Exception {
        Path src = source();
        byte[] before = Files.readAllBytes(src);
        assertThat(run("cluster", src.toString(), "--k", "2", "--out", src.toString())).isEqualTo(ArchetypeCli.USAGE);
        assertThat(err.toString()).contains("Refusing to write").contains("it is the file this command reads (three_groups.csv)");
        assertThat(Files.readAllBytes(src)).isEqualTo(before);
    }

    @Test
    void textOutputListsEachArchetypeWithWhatSetsItApart() {
        assertThat(run("cluster", FIXTURE.toString(), "--features", "spend", "--k", "3")).isZero();
        assertThat(out.toString()).contains("1. High Spend (5, 42%)").contains("2. Low Spend (4, 33%)")
                .contains("     spend 101 vs 55");
    }
}
