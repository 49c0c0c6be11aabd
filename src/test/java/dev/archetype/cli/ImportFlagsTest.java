package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line reads files as the import dialog can, records it in projects, and says how to repeat a run. */
class ImportFlagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    @TempDir Path dir;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** A Windows-1252 file, semicolons, a title line above the header, "n.v." for missing, and a code column. */
    private Path awkward() throws Exception {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder("Kundenliste März;;;\nKunde;Umsatz;Besuche;Zone\n");
        for (int i = 0; i < 60; i++) {
            boolean big = i % 3 == 0;
            sb.append("K").append(i).append(';').append(big ? 900 + r.nextInt(100) : 100 + r.nextInt(50)).append(';')
                    .append(i == 7 ? "n.v." : Integer.toString(big ? 20 + r.nextInt(5) : 3 + r.nextInt(3))).append(';')
                    .append(1 + i % 3).append('\n');
        }
        Path file = dir.resolve("kunden.csv");
        Files.writeString(file, sb.toString(), Charset.forName("windows-1252"));
        return file;
    }

    @Test
    void importFlagsReadTheFileAsTheDialogWouldAndTheProjectKeepsThem() throws Exception {
        Path file = awkward();
        Path project = dir.resolve("k.archetype");
        String[] flags = {"--encoding", "windows-1252", "--delimiter", ";", "--header-row", "2", "--missing-tokens", "n.v.",
                "--type", "Zone=categorical"};
        List<String> args = new ArrayList<>(List.of("inspect", file.toString(), "--json"));
        args.addAll(List.of(flags));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        JsonNode inspect = JSON.readTree(out.toString());
        assertThat(inspect.get("rows").asInt()).isEqualTo(60);
        assertThat(inspect.get("columns").get(1).get("name").asText()).isEqualTo("Umsatz");
        assertThat(inspect.get("columns").get(2).get("missing").asInt()).isEqualTo(1);
        assertThat(inspect.get("columns").get(3).get("type").asText()).isEqualTo("categorical");

        args = new ArrayList<>(List.of("cluster", file.toString(), "--k", "2", "--features", "Umsatz,Besuche,Zone",
                "--save-project", project.toString(), "--json"));
        args.addAll(List.of(flags));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
        JsonNode first = JSON.readTree(out.toString());
        String saved = Files.readString(project);
        assertThat(saved).contains("\"delimiter\" : \";\"").contains("\"encoding\" : \"windows-1252\"").contains("\"headerRow\" : 1")
                .contains("n.v.").contains("\"Zone\" : \"categorical\"");
        assertThat(run("run", project.toString(), "--json")).as(err.toString()).isZero();
        JsonNode again = JSON.readTree(out.toString());
        assertThat(again.get("sizes")).isEqualTo(first.get("sizes"));
        assertThat(again.get("sse").asDouble()).isEqualTo(first.get("sse").asDouble());
    }

    @Test
    void malformedImportFlagsAreUsageErrors() throws Exception {
        Path file = awkward();
        assertThat(run("inspect", file.toString(), "--encoding", "klingon")).isEqualTo(ArchetypeCli.USAGE);
        assertThat(err.toString()).contains("unknown character set 'klingon'");
        assertThat(run("inspect", file.toString(), "--delimiter", ";;")).isEqualTo(ArchetypeCli.USAGE);
        assertThat(run("inspect", file.toString(), "--header-row", "0")).isEqualTo(ArchetypeCli.USAGE);
        assertThat(run("inspect", file.toString(), "--type", "Zone=colour")).isEqualTo(ArchetypeCli.USAGE);
        assertThat(err.toString()).contains("COLUMN=TYPE");
    }

    @Test
    void theRunSheetsCommandRepeatsTheSameLabels() throws Exception {
        Path file = awkward();
        Path xlsx = dir.resolve("k.xlsx");
        assertThat(run("cluster", file.toString(), "--k", "3", "--encoding", "windows-1252", "--delimiter", ";", "--header-row", "2",
                "--missing-tokens", "n.v.", "--missing", "median", "--seed", "5", "--out", xlsx.toString(), "--json")).as(err.toString()).isZero();
        JsonNode first = JSON.readTree(out.toString());
        String command = null;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("Run")) if (row.getCell(0).getStringCellValue().equals("Reproduce with")) command = row.getCell(1).getStringCellValue();
        }
        assertThat(command).startsWith("archetype cluster ").contains("--encoding windows-1252").contains("--header-row 2")
                .contains("--missing-tokens n.v.").contains("--missing median").contains("--seed 5");
        List<String> words = shellWords(command.substring("archetype ".length()));
        words.add("--json");
        assertThat(run(words.toArray(String[]::new))).as(err.toString()).isZero();
        JsonNode again = JSON.readTree(out.toString());
        assertThat(again.get("sizes")).isEqualTo(first.get("sizes"));
        assertThat(again.get("centroids")).isEqualTo(first.get("centroids"));
    }

    /** Splits a POSIX shell line with single quotes, as the Run sheet writes it. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\'') quoted = false; else cur.append(c);
            } else if (c == '\'') {
                quoted = true;
                any = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ' ') {
                if (any || cur.length() > 0) words.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) words.add(cur.toString());
        return words;
    }
}
