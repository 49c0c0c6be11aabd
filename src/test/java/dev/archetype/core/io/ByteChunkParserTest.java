package dev.archetype.core.io;

import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: blocks without quotes parsed from their bytes ({@link ByteChunkParser}) give exactly what the FastCSV
 * path gives: rows, types, every cell, every warning, the detected encoding. Generated files are awkward on
 * purpose: mixed line ends, blank and whitespace-only lines, ragged rows, padded and non-breaking-space cells,
 * accented and 4-byte text, currency and percent figures, missing tokens and sentinels, codes with leading zeros,
 * dates, Windows-1252 bytes (which must still switch the whole file's encoding), several delimiters, blocks of a
 * few dozen bytes, and each ragged-row policy. Seeded, so a failure names the case that reproduces it.
 */
class ByteChunkParserTest {
    private static final int CASES = Integer.getInteger("archetype.propertyCases", 300);
    private final int savedBlock = CsvImporter.blockChars;

    @AfterEach
    void restore() {
        CsvImporter.blockChars = savedBlock;
        CsvImporter.byteParsing = true;
    }

    @Test
    void bytesAndFastCsvReadEveryGeneratedFileAlike(@TempDir Path dir) throws Exception {
        int byteBlocks = 0;
        for (int k = 0; k < CASES; k++) {
            long seed = 7_000L + k;
            Random rnd = new Random(seed);
            char delimiter = new char[] {',', ';', '\t', '|'}[rnd.nextInt(4)];
            boolean cp1252 = rnd.nextInt(6) == 0;
            Path f = dir.resolve("case" + k + ".csv");
            String text = generate(rnd, delimiter);
            Charset cs = cp1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            Files.write(f, text.getBytes(cs));
            if (!text.contains("\"")) byteBlocks++;
            ImportOptions options = ImportOptions.defaults();
            if (rnd.nextInt(3) == 0) options = options.withRaggedRows(RaggedRows.SKIP);
            if (rnd.nextInt(4) == 0) options = options.withMissingTokens(Set.of("", "na", "-999", "?"));
            CsvImporter.blockChars = rnd.nextBoolean() ? 64 << 20 : 40 + rnd.nextInt(2_000);
            String what = "case " + k + " (seed " + seed + ", block " + CsvImporter.blockChars + ", "
                    + (cp1252 ? "windows-1252" : "UTF-8") + ", delimiter '" + delimiter + "')";
            CsvImporter.byteParsing = false;
            SameDataset.Outcome chars = SameDataset.Outcome.of(f, options);
            CsvImporter.byteParsing = true;
            SameDataset.Outcome bytes = SameDataset.Outcome.of(f, options);
            SameDataset.assertSame(what, chars, bytes, "FastCSV", "bytes");
        }
        assertThat(byteBlocks).as("cases the byte parser reads").isGreaterThan(CASES / 2);
    }

    /** Rows of ASCII before the one Windows-1252 row: about 400 KB, past the 256 KB the encoding is guessed from. */
    private static final int LATE_ROWS = 40_000;

    private static Path lateWindows1252(Path dir) throws java.io.IOException {
        StringBuilder body = new StringBuilder("segment,spend\n");
        for (int i = 0; i < LATE_ROWS; i++) body.append("x").append(i % 3).append(',').append(i).append('\n');
        byte[] head = body.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] late = "caf\u00E9,1\n".getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[head.length + late.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(late, 0, all, head.length, late.length);
        return Files.write(dir.resolve("late.csv"), all);
    }

    @Test
    void aWindows1252ByteFarPastTheSampleSwitchesTheWholeFilesEncoding(@TempDir Path dir) throws Exception {
        int rows = LATE_ROWS;
        Path f = lateWindows1252(dir);
        CsvImporter.blockChars = 64 << 10;
        Dataset ds = Importer.read(f, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(rows + 1);
        assertThat(ds.column(0).format(rows)).isEqualTo("café");
        assertThat(ds.warnings()).contains("The file is not valid UTF-8 throughout; it was read as Windows-1252");
    }

    @Test
    void aPreviewChecksTheRestOfItsBlockSoItSaysTheEncodingTheFullReadUses(@TempDir Path dir) throws Exception {
        Path f = lateWindows1252(dir);
        ImportPreview preview = Importer.preview(f, null, 100);
        assertThat(preview.dataset().rowCount()).isEqualTo(100);
        assertThat(preview.encoding().name()).isEqualTo("windows-1252");
        assertThat(Importer.read(f, null, null, null).column(0).format(LATE_ROWS)).isEqualTo("café");
    }

    @Test
    void windowsLineEndsSizeTheBlocksArraysOncePerLine() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) text.append(i).append(",x").append(i % 7).append("\r\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        CsvChunkParser.Settings s = CsvChunkParser.Settings.of(',', 2, false, new char[][] {"na".toCharArray()}, RaggedRows.PAD);
        CsvChunkParser.Result r = ByteChunkParser.parse(bytes, bytes.length, 0, Integer.MAX_VALUE, s,
                StandardCharsets.UTF_8.newDecoder(), dev.archetype.core.task.Cancellation.NEVER);
        assertThat(r.rows).isEqualTo(1000);
        assertThat(r.lineBreaks).isEqualTo(1000);
        assertThat(r.columns[0].valuesExact()).hasSize(1000);
        assertThat(r.columns[0].reservedRows()).isEqualTo(1001);
    }

    @Test
    void onlyCharsetsThatReadEveryAsciiByteAsItselfAreParsedFromBytes() {
        assertThat(CsvImporter.asciiCompatible(StandardCharsets.UTF_8)).isTrue();
        assertThat(CsvImporter.asciiCompatible(Charset.forName("windows-1252"))).isTrue();
        assertThat(CsvImporter.asciiCompatible(StandardCharsets.ISO_8859_1)).isTrue();
        assertThat(CsvImporter.asciiCompatible(Charset.forName("IBM864"))).as("0x25 reads as ٪").isFalse();
        assertThat(CsvImporter.asciiCompatible(StandardCharsets.UTF_16LE)).isFalse();
    }

    static String generate(Random rnd, char d) {
        StringBuilder sb = new StringBuilder();
        String[] eols = rnd.nextBoolean() ? new String[] {"\n"} : new String[] {"\n", "\r\n", "\r"};
        if (rnd.nextInt(5) == 0) sb.append("exported by a tool").append(eol(rnd, eols)); // a title line above the header
        sb.append(String.join(String.valueOf(d), "id", "spend", "segment", "note", "visits", "joined", "code"))
                .append(eol(rnd, eols));
        boolean quotes = rnd.nextInt(5) == 0; // a few files keep the FastCSV path for some blocks
        int rows = 20 + rnd.nextInt(380);
        for (int i = 1; i <= rows; i++) {
            int fields = 7;
            if (rnd.nextInt(25) == 0) fields = 1 + rnd.nextInt(9);
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < fields; c++) {
                if (c > 0) row.append(d);
                row.append(cell(rnd, c % 7, i, d));
            }
            if (quotes && rnd.nextInt(40) == 0) row.append(d).append("\"quoted\"");
            sb.append(row).append(eol(rnd, eols));
            int blank = rnd.nextInt(40);
            if (blank == 0) sb.append(eol(rnd, eols));
            else if (blank == 1) sb.append("  \t").append(eol(rnd, eols));
            else if (blank == 2) sb.append(String.valueOf(d).repeat(3)).append(eol(rnd, eols));
        }
        if (rnd.nextInt(4) == 0) sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String eol(Random rnd, String[] eols) {
        return eols[rnd.nextInt(eols.length)];
    }

    private static String cell(Random rnd, int column, int row, char d) {
        int roll = rnd.nextInt(100);
        return switch (column) {
            case 0 -> roll < 3 ? " " + row + " " : Integer.toString(row);
            case 1 -> {
                if (roll < 2) yield "unknown";
                if (roll < 5) yield "NA";
                if (roll < 7) yield "";
                if (roll < 9) yield "-999";
                if (roll < 11) yield "\u00A0" + rnd.nextInt(1000) + ".25\u00A0";
                if (roll < 13) yield "€" + rnd.nextInt(1000);
                if (roll < 15) yield rnd.nextInt(100) + "%";
                if (roll < 17) yield "(" + rnd.nextInt(100) + ")";
                if (roll < 18) yield "1e" + rnd.nextInt(30);
                yield rnd.nextInt(100_000) + (rnd.nextBoolean() ? ".5" : "");
            }
            case 2 -> roll < 20 ? "Säule " + rnd.nextInt(4) : roll < 22 ? "\uD83C\uDF77 wine" : "seg" + rnd.nextInt(4);
            case 3 -> roll < 10 ? "  padded note\t" : roll < 12 ? "café" : "note" + rnd.nextInt(50);
            case 4 -> roll < 3 ? "-" : roll < 5 ? "?" : Integer.toString(rnd.nextInt(12));
            case 5 -> roll < 5 ? "not a date" : roll < 8 ? "" : "2024-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10);
            default -> roll < 50 ? "0" + rnd.nextInt(10) + rnd.nextInt(10) : Integer.toString(rnd.nextInt(100));
        };
    }
}
