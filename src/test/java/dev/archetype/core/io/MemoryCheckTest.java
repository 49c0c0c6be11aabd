package dev.archetype.core.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The up-front check: rows from a sample, a lower bound of the heap, and the one line when it cannot fit. */
class MemoryCheckTest {
    private static final long MB = 1L << 20;

    @Test
    void rowsComeFromTheLinesOfTheSampleWhateverTheLineEnds() {
        byte[] lf = "a,b\n1,2\n3,4\n5,".getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "a,b\r\n1,2\r\n3,4\r\n5,".getBytes(StandardCharsets.US_ASCII);
        assertThat(MemoryCheck.lines(lf, lf.length)).isEqualTo(3);
        assertThat(MemoryCheck.lines(crlf, crlf.length)).isEqualTo(3);
        assertThat(MemoryCheck.lines("a\rb\r".getBytes(StandardCharsets.US_ASCII), 4)).isEqualTo(2);
        // 3 lines in 14 bytes: a file of 14 MB holds about 3 million.
        assertThat(MemoryCheck.rows(14_000_000, lf, lf.length)).isEqualTo(3_000_000);
        assertThat(MemoryCheck.rows(10, new byte[4], 4)).as("no line break in the sample").isEqualTo(1);
    }

    @Test
    void aTableUnderTheHeapIsRead() throws ImportException {
        // 1,000,000 × 12 cells: at least 92 MB; the measured G1 need was 259 MB, so a 100 MB heap is let try.
        MemoryCheck.check(Path.of("c.csv"), 1_000_000, 12, 100 * MB);
        assertThat(MemoryCheck.lowerBound(1_000_000, 12)).isEqualTo(96_000_000);
    }

    @Test
    void aTableOverTheHeapIsRefusedInOneLineWithWhatItNeedsAndTheHeapToStartWith() {
        assertThatThrownBy(() -> MemoryCheck.check(Path.of("/data/big.csv"), 40_000_000, 12, 1024 * MB))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.csv: needs at least 3.6 GB of memory to open (about 40,000,000 rows × 12 columns), but"
                        + " this run may use 1.0 GB; start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx10g archetype …"
                        + " (or java -Xmx10g -jar archetype.jar …)");
    }

    @Test
    void runningOutWhileReadingSaysTheHeapAndTwiceIt() {
        assertThat(MemoryCheck.outOfMemory(1536 * MB)).isEqualTo("not enough memory to open it: this run may use 1.5 GB;"
                + " start with a larger heap, e.g. JAVA_TOOL_OPTIONS=-Xmx3g archetype … (or java -Xmx3g -jar archetype.jar …)");
    }
}
