package dev.archetype.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The details of a run survive a project and the Run sheet's command: iteration settings, awkward names. */
class ReproduceDetailsTest {
    @TempDir Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static String command(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Run")) if (row.getCell(0).getStringCellValue().equals("Reproduce with")) return row.getCell(1).getStringCellValue();
        }
        return null;
    }

    @Test
    void iterationSettingsAndACommaInANameAreKept() throws Exception {
        Path data = Files.writeString(dir.resolve("d.csv"),
                "id,\"Spend, 2023\",Milk\n1,10,3\n2,11,4\n3,50,40\n4,52,41\n5,9,2\n6,49,39\n7,30,20\n8,31,22\n");
        Path project = dir.resolve("d.archetype");
        Path xlsx = dir.resolve("d.xlsx");
        assertThat(run("cluster", data.toString(), "--k", "2", "--features", "\"Spend, 2023\",Milk", "--tolerance", "1e-6",
                "--max-iterations", "50", "--init", "random", "--save-project", project.toString(), "--out", xlsx.toString(), "--json"))
                .as(err.toString()).isZero();
        String first = out.toString();
        assertThat(Files.readString(project)).contains("\"tolerance\" : 1.0E-6").contains("\"maxIterations\" : 50").contains("\"init\" : \"RANDOM\"");
        assertThat(command(xlsx)).contains("--features '\"Spend, 2023\",Milk'").contains("--init random")
                .contains("--max-iterations 50").contains("--tolerance 1.0E-6");
        assertThat(run("run", project.toString(), "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo(first);
    }
}
