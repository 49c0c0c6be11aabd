package dev.archetype.core.io;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;


/**
 * Property: the block-parallel CSV path gives exactly the data set of one serial pass (rows, columns, types,
 * every cell, every warning) over generated awkward files, with blocks cut at awkward places (blocks of a few
 * dozen characters to a few kilobytes). Seeded, so a failure names the case that reproduces it.
 */
class ParallelSerialPropertyTest {
    /** 200 by default; -Darchetype.propertyCases=5000 for a longer search. */
    private static final int CASES = Integer.getInteger("archetype.propertyCases", 200);
    private final int savedBlock = CsvImporter.blockChars;

    @AfterEach
    void restore() {
        CsvImporter.blockChars = savedBlock;
    }

    @Test
    void parallelAndSerialReadsAreIdentical(@TempDir Path dir) throws Exception {
        for (int k = 0; k < CASES; k++) {
            long seed = 1_000L + k;
            Random rnd = new Random(seed);
            Path f = dir.resolve("case" + k + ".csv");
            boolean utf16 = rnd.nextInt(20) == 0;
            String text = generate(rnd);
            Files.write(f, utf16 ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE) : text.getBytes(StandardCharsets.UTF_8));
            CsvImporter.blockChars = 64 << 20;
            SameDataset.Outcome serial = SameDataset.Outcome.of(f, null);
            CsvImporter.blockChars = 32 + rnd.nextInt(rnd.nextBoolean() ? 200 : 3_000);
            SameDataset.Outcome parallel = SameDataset.Outcome.of(f, null);
            String what = "case " + k + " (seed " + seed + ", block " + CsvImporter.blockChars + ")";
            SameDataset.assertSame(what, serial, parallel, "serial", "parallel");
        }
    }

    /** A header and 20–400 rows of ids, numbers with noise, quoted text, ragged and blank lines, mixed line ends. */
    static String generate(Random rnd) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(5) == 0) sb.append('\uFEFF');
        String[] eols = rnd.nextBoolean() ? new String[] {"\n"} : new String[] {"\n", "\r\n", "\r"};
        sb.append("id,spend,segment,note,visits").append(eol(rnd, eols));
        int rows = 20 + rnd.nextInt(380);
        for (int i = 1; i <= rows; i++) {
            int fields = 5;
            if (rnd.nextInt(25) == 0) fields = 1 + rnd.nextInt(7); // ragged
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < fields; c++) {
                if (c > 0) row.append(',');
                row.append(cell(rnd, c % 5, i));
            }
            sb.append(row);
            sb.append(eol(rnd, eols));
            if (rnd.nextInt(30) == 0) sb.append(rnd.nextBoolean() ? "" : "  ").append(eol(rnd, eols)); // blank line
        }
        if (rnd.nextInt(4) == 0) sb.setLength(sb.length() - 1); // no final line break
        return sb.toString();
    }

    private static String eol(Random rnd, String[] eols) {
        return eols[rnd.nextInt(eols.length)];
    }

    private static String cell(Random rnd, int column, int row) {
        int roll = rnd.nextInt(100);
        switch (column) {
            case 0:
                return Integer.toString(row);
            case 1:
                if (roll < 2) return "unknown";
                if (roll < 5) return "NA";
                if (roll < 7) return "";
                if (roll < 9) return "\"" + rnd.nextInt(1000) + ".25\"";
                return Integer.toString(rnd.nextInt(100_000)) + (rnd.nextBoolean() ? ".5" : "");
            case 2:
                return roll < 30 ? "\"seg " + rnd.nextInt(4) + "\"" : "seg" + rnd.nextInt(4);
            case 3:
                if (roll < 10) return "\"multi\nline, \"\"quoted\"\"\r\ntext\"";
                if (roll < 20) return "\"a,b\"";
                if (roll < 23) return " \"leading space quote"; // an ordinary character to FastCSV
                if (roll < 26) return "mid\"quote";
                if (roll < 28) return "\"closed\"then more";
                if (roll < 29) return "\"stray"; // may close far away, or never
                return "note" + rnd.nextInt(50);
            default:
                return roll < 3 ? "-" : Integer.toString(rnd.nextInt(12));
        }
    }
}
