package dev.archetype.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The work area joins in parts only for a file given at start that takes long to read. */
class WorkAreaInPartsTest {
    @Test
    void onlyALargeFileGivenAtStartJoinsTheWorkAreaInParts(@TempDir Path dir) throws Exception {
        Path small = Files.writeString(dir.resolve("small.csv"), "a,b\n1,2\n");
        Path large = dir.resolve("large.csv");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(ArchetypeApp.LONG_READ_BYTES);
        }
        assertThat(ArchetypeApp.readsLong(List.of())).as("the bundled sample").isFalse();
        assertThat(ArchetypeApp.readsLong(List.of(small.toString()))).isFalse();
        assertThat(ArchetypeApp.readsLong(List.of(large.toString()))).isTrue();
        assertThat(ArchetypeApp.readsLong(List.of(dir.resolve("missing.csv").toString()))).as("reported when opened").isFalse();
    }
}
