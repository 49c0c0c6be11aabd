package dev.archetype.core.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {
    @TempDir Path dir;

    private Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    @Test
    void writesNewContentAndReplacesAnOldFile() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        AtomicFileWriter.write(target, null, AtomicFileWriter.Overwrite.REPLACE, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("a.txt");
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.xlsx");
        Files.writeString(target, "old workbook");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, null, AtomicFileWriter.Overwrite.REPLACE, out -> {
            out.write(new byte[100_000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        })).isInstanceOf(ExportException.class)
                .hasMessage("Not enough disk space to write " + target + "; free some space or choose another drive");
        assertThat(Files.readString(target)).isEqualTo("old workbook");
        assertThat(names()).containsExactly("a.xlsx");
    }

    @Test
    void aRuntimeFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("b.csv");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, null, AtomicFileWriter.Overwrite.REPLACE, out -> {
            out.write(1);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(names()).isEmpty();
    }

    @Test
    void refusesTheSourceFileEvenUnderAnotherSpelling() throws IOException {
        Path source = dir.resolve("data.csv");
        Files.writeString(source, "x");
        assertThatThrownBy(() -> AtomicFileWriter.write(dir.resolve("sub/../data.csv"), source,
                AtomicFileWriter.Overwrite.REPLACE, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("Refusing to overwrite the source file data.csv");
        assertThat(Files.readString(source)).isEqualTo("x");
    }

    @Test
    void aMissingFolderIsReportedClearly() {
        Path target = dir.resolve("nowhere/out.csv");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, null, AtomicFileWriter.Overwrite.REPLACE, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot write out.csv: folder " + dir.resolve("nowhere") + " does not exist");
    }

    @Test
    void lockedAndReadOnlyTargetsGetActionableMessages() {
        Path target = dir.resolve("out.xlsx");
        assertThat(AtomicFileWriter.translate(new FileSystemException(target.toString(), null,
                "The process cannot access the file because it is being used by another process"), target).getMessage())
                .isEqualTo("Cannot write out.xlsx: it is open in another program; close it and try again");
        assertThat(AtomicFileWriter.translate(new AccessDeniedException(dir.toString()), target).getMessage())
                .isEqualTo("Cannot write in folder " + dir + ": access denied (read-only folder?)");
    }
}
