package dev.archetype.core.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteGuardTest {
    @TempDir Path dir;

    @Test
    void everyProtectedInputIsRefusedAsTheTarget() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), "a\n1\n");
        Path attributes = Files.writeString(dir.resolve("offers.csv"), "k\n1\n");
        assertThatThrownBy(() -> AtomicFileWriter.writeAvoiding(attributes, List.of(data, attributes),
                AtomicFileWriter.Overwrite.REPLACE, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("Refusing to overwrite the source file offers.csv");
        assertThat(Files.readString(attributes)).isEqualTo("k\n1\n");
    }

    @Test
    void aDeniedTemporaryFileIsReportedByTheTargetAndItsFolderNotTheTempName() {
        Path target = dir.resolve("p.archetype");
        Path temp = dir.resolve(".p.archetype.1x2y.tmp");
        ExportException e = AtomicFileWriter.translate(new AccessDeniedException(temp.toString()), target);
        assertThat(e.getMessage()).isEqualTo("Cannot write in folder " + dir + ": access denied (read-only folder?)");
    }

    @Test
    void staleSxssfFoldersOfEndedProcessesAreRemovedAndLiveOnesKept() throws Exception {
        Path dead = Files.createDirectories(dir.resolve(PoiTempFiles.PREFIX + "999999999-k3x9"));
        Files.writeString(dead.resolve("poi-sxssf-sheet1.xml"), "<x/>");
        Path live = Files.createDirectories(dir.resolve(PoiTempFiles.PREFIX + ProcessHandle.current().pid()));
        PoiTempFiles.removeStale(dir);
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
    }
}
