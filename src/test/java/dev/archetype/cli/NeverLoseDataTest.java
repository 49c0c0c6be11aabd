package dev.archetype.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line never writes over what it reads, states its limits up front, and fails in one line. */
class NeverLoseDataTest {
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
        Path copy = dir.resolve("customers.csv");
        Files.copy(FIXTURE, copy);
        return copy;
    }

    private void assertOneLine() {
        assertThat(err.toString().strip().lines().count()).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void saveProjectOntoTheDataFileIsRefusedAndTheDataIsKept() throws Exception {
        Path src = source();
        byte[] before = Files.readAllBytes(src);
        assertThat(run("cluster", src.toString(), "--k", "2", "--save-project", src.toString())).isEqualTo(ArchetypeCli.USAGE);
        assertOneLine();
        assertThat(err.toString()).contains("Refusing to write").contains("customers.csv");
        assertThat(Files.readAllBytes(src)).isEqualTo(before);
    }

    @Test
    void saveProjectOntoAWorkbookSourceIsRefusedEvenThroughAnotherSpellingOfThePath() throws Exception {
        Path xlsx = dir.resolve("data.xlsx");
        assertThat(run("cluster", source().toString(), "--k", "2", "--out", xlsx.toString())).isZero();
        byte[] before = Files.readAllBytes(xlsx);
        Path sameFile = dir.resolve("sub").resolve("..").resolve("data.xlsx");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(run("cluster", xlsx.toString(), "--k", "2", "--save-project", sameFile.toString())).isEqualTo(ArchetypeCli.USAGE);
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(before);
    }

    @Test
    void outAndSaveProjectOnOnePathAreRefusedBeforeAnyWork() throws Exception {
        Path target = dir.resolve("both.xlsx");
        assertThat(run("cluster", source().toString(), "--k", "2", "--out", target.toString(),
                "--save-project", target.toString())).isEqualTo(ArchetypeCli.USAGE);
        assertOneLine();
        assertThat(err.toString()).contains("Two outputs");
        assertThat(target).doesNotExist();
    }

    @Test
    void runRefusesAnExportOntoItsProjectOrSource() throws Exception {
        Path src = source();
        Path project = dir.resolve("p.archetype");
        assertThat(run("cluster", src.toString(), "--k", "2", "--save-project", project.toString())).isZero();
        byte[] projectBytes = Files.readAllBytes(project);
        byte[] srcBytes = Files.readAllBytes(src);
        assertThat(run("run", project.toString(), "--out", src.toString())).isEqualTo(ArchetypeCli.USAGE);
        Path renamed = dir.resolve("customers-copy.csv");
        Files.copy(src, renamed);
        assertThat(run("run", project.toString(), "--out", dir.resolve("again.csv").toString())).as(err.toString()).isZero();
        assertThat(run("run", project.toString(), "--source", renamed.toString(), "--out", renamed.toString())).isEqualTo(ArchetypeCli.USAGE);
        assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
        assertThat(Files.readAllBytes(src)).isEqualTo(srcBytes);
    }

    @Test
    void outputsFollowTheUmaskAndAReplacedFileKeepsItsMode() throws Exception {
        Path src = source();
        Path csv = dir.resolve("labeled.csv");
        Path xlsx = dir.resolve("labeled.xlsx");
        Path project = dir.resolve("labeled.archetype");
        assertThat(run("cluster", src.toString(), "--k", "2", "--out", csv.toString(), "--save-project", project.toString())).isZero();
        assertThat(run("cluster", src.toString(), "--k", "2", "--out", xlsx.toString())).isZero();
        // The test JVM's umask is the usual 022: new files must be readable by the group and others, unlike 0600 temp files.
        for (Path p : new Path[] {csv, xlsx, project}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo(expectedNewMode());
        }
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(run("cluster", src.toString(), "--k", "3", "--out", csv.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-rw-r--");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** What a file created now gets under this process's umask (found by creating one the plain way). */
    private String expectedNewMode() throws Exception {
        Path probe = dir.resolve("umask-probe");
        try (var ch = java.nio.channels.FileChannel.open(probe, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            // created with the default mode the umask leaves
        }
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Files.delete(probe);
        assertThat(mode).isNotEqualTo("rw-------");
        return mode;
    }

    @Test
    void limitsAreUsageErrorsThatStateTheLimit() throws Exception {
        String src = source().toString();
        String[][] cases = {
                {"cluster", src, "--k", "0"},
                {"cluster", src, "--k", "2", "--restarts", "0"},
                {"cluster", src, "--k", "2", "--restarts", "1000000"},
                {"cluster", src, "--k", "2", "--threads", "0"},
                {"cluster", src, "--k", "5000"},
                {"sweep", src, "--k", "5..2"},
                {"sweep", src, "--k", "2..x"},
                {"sweep", src, "--restarts", "2147483647"},
                {"cluster", src, "--k", "2", "--sheet", "Customers"},
        };
        for (String[] args : cases) {
            assertThat(run(args)).as(String.join(" ", args) + " → " + err).isEqualTo(ArchetypeCli.USAGE);
            assertOneLine();
        }
        run("cluster", src, "--k", "2", "--restarts", "1000000");
        assertThat(err.toString()).contains("between 1 and 1000");
        run("cluster", src, "--k", "2", "--sheet", "Customers");
        assertThat(err.toString()).contains("--sheet applies to XLSX and XLS");
    }

    @Test
    void aProjectAskingForEndlessRestartsIsRefusedAsDamaged() throws Exception {
        Path src = source();
        Path project = dir.resolve("p.archetype");
        assertThat(run("cluster", src.toString(), "--k", "2", "--save-project", project.toString())).isZero();
        String json = Files.readString(project).replaceFirst("\"restarts\" : \\d+", "\"restarts\" : 2147483647");
        Files.writeString(project, json);
        assertThat(run("run", project.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertOneLine();
        assertThat(err.toString()).contains("p.archetype").contains("restarts must be between 1 and 1000");
    }

    @Test
    void aDamagedProjectSaysWhereWithoutLibraryInternals() throws Exception {
        Path project = dir.resolve("bad.archetype");
        Files.writeString(project, "{\"format\": \"archetype-project\", \"formatVersion\": 1,\n \"source\": [}");
        assertThat(run("run", project.toString())).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertOneLine();
        assertThat(err.toString()).contains("bad.archetype").contains("line 2").doesNotContain("fasterxml").doesNotContain("token");
    }

    @Test
    void aProjectPointingAtASystemFileIsRefusedWithoutEchoingIt() throws Exception {
        Path secret = dir.resolve("outside").resolve("shadow");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "root:secret-hash:19000:0:99999:7:::\n");
        Path src = source();
        Path projectDir = Files.createDirectories(dir.resolve("projects"));
        Path project = projectDir.resolve("p.archetype");
        assertThat(run("cluster", src.toString(), "--k", "2", "--save-project", project.toString())).isZero();
        String json = Files.readString(project)
                .replaceFirst("\"path\" : \"[^\"]*\"", "\"path\" : \"../outside/shadow\"")
                .replaceFirst("\"absolutePath\" : \"[^\"]*\"", "\"absolutePath\" : \"" + secret + "\"");
        Files.writeString(project, json);
        assertThat(run("run", project.toString(), "--allow-changed", "--json")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertOneLine();
        assertThat(err.toString()).contains(secret.toString()).contains("not a CSV, TSV, TXT, XLSX or XLS file");
        assertThat(out.toString() + err).doesNotContain("secret-hash");
    }

    @Test
    void aProjectReadingDataOutsideItsFolderSaysWhichFileItReads() throws Exception {
        Path src = source();
        Path projectDir = Files.createDirectories(dir.resolve("elsewhere"));
        Path project = projectDir.resolve("p.archetype");
        assertThat(run("cluster", src.toString(), "--k", "2", "--save-project", project.toString())).isZero();
        assertThat(run("run", project.toString(), "--json")).isZero();
        assertThat(err.toString()).contains("reads " + src.toAbsolutePath().normalize()).contains("outside the project's folder");
    }

    @Test
    void sweepOnAFewRowsNarrowsTheDefaultRangeAndSaysSo() throws Exception {
        Path five = dir.resolve("five.csv");
        Files.writeString(five, "a,b\n1,2\n3,4\n5,6\n7,9\n2,1\n");
        assertThat(run("sweep", five.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("5 rows allow k up to 4; sweeping k = 2..4").doesNotContain("k = 10");
        assertThat(out.toString().lines().filter(l -> l.matches("\\s+\\d+\\s+\\d.*"))).hasSize(3);
        assertThat(run("sweep", five.toString(), "--k", "2..8")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(err.toString()).contains("k = 8");
    }

    @Test
    void aOneRowFileKeepsItsNumbersAndSaysClusteringNeedsTwoCustomers() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), "spend,visits\n12.5,3\n");
        assertThat(run("inspect", one.toString())).isZero();
        assertThat(out.toString()).containsPattern("spend\\s+numeric").containsPattern("visits\\s+integer");
        assertThat(run("cluster", one.toString(), "--k", "1")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertOneLine();
        assertThat(err.toString()).contains("one.csv has only one row of data; clustering needs at least two customers");
    }

    @Test
    void hugeMagnitudesAreScaledOrRefusedWithTheReason() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "big,x\n1e308,1\n-1e308,2\n5,3\n1e307,4\n-3e307,5\n");
        assertThat(run("cluster", big.toString(), "--k", "2", "--json")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("Infinity").doesNotContain("9223372036854775808");
        assertThat(err.toString()).doesNotContain("spread is too small");
        assertThat(run("cluster", big.toString(), "--k", "2", "--scale", "none")).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertOneLine();
        assertThat(err.toString()).contains("'big'").contains("too large to cluster unscaled");
    }

    @Test
    void aTextCellLongerThanExcelAllowsIsCutAndTheRunSheetSaysWhere() throws Exception {
        Path src = dir.resolve("notes.csv");
        StringBuilder sb = new StringBuilder("id,spend,notes\n");
        String longNote = "x".repeat(40_000);
        for (int i = 1; i <= 12; i++) sb.append(i).append(',').append(i * 10 % 7).append(',').append(i == 3 ? longNote : "ok").append('\n');
        Files.writeString(src, sb.toString());
        Path xlsx = dir.resolve("notes.xlsx");
        assertThat(run("cluster", src.toString(), "--k", "2", "--features", "spend", "--out", xlsx.toString())).as(err.toString()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String cell = wb.getSheet("Customers").getRow(3).getCell(2).getStringCellValue();
            assertThat(cell).hasSize(32_767).endsWith("…");
            Map<String, String> runSheet = new HashMap<>();
            for (Row row : wb.getSheet("Run")) runSheet.put(row.getCell(0).getStringCellValue(), row.getCell(1).toString());
            assertThat(runSheet.get("Note")).contains("Customers row 4, column 'notes'").contains("32,767");
        }
        Path csv = dir.resolve("notes-out.csv");
        assertThat(run("cluster", src.toString(), "--k", "2", "--features", "spend", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(longNote);
    }
}
