package dev.archetype.core.export;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * SXSSF streams big sheets through temporary files. POI puts them in a shared {@code poifiles} folder where a
 * killed process ({@code kill -9}, a power cut) leaves them for ever. Each process uses its own folder named
 * after its process id instead, and folders of processes that are no longer running are removed the next
 * time an export starts.
 */
final class PoiTempFiles {
    static final String PREFIX = "archetype-poi-";
    private static volatile Path mine;

    private PoiTempFiles() { }

    static synchronized void install() {
        if (mine != null) return;
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(base);
        try {
            // a fresh folder with a random suffix, readable by this user only: nobody can prepare it in advance
            mine = Files.createTempDirectory(base, PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            return; // POI's own default then applies; the export still works
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        mine.toFile().deleteOnExit();
    }

    /** Removes this process's folder now (a cancelled command ends without running delete-on-exit). */
    static void removeMine() {
        Path dir = mine;
        if (dir == null) return;
        try {
            deleteTree(dir);
        } catch (IOException | RuntimeException ignored) {
            // the next export's stale sweep removes it
        }
    }

    /** Removes the folders of earlier processes that have ended. */
    static void removeStale(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                String pid = dash < 0 ? rest : rest.substring(0, dash);
                if (!pid.matches("\\d{1,19}") || ProcessHandle.of(Long.parseLong(pid)).isPresent()) continue;
                deleteTree(dir);
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning up after others is a courtesy; an export must not fail for it
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
