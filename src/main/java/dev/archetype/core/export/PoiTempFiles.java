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
    private static volatile boolean installed;

    private PoiTempFiles() { }

    static synchronized void install() {
        if (installed) return;
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(base);
        Path mine = base.resolve(PREFIX + ProcessHandle.current().pid());
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        mine.toFile().deleteOnExit();
        installed = true;
    }

    /** Removes the folders of earlier processes that have ended. */
    static void removeStale(Path base) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : dirs) {
                String pid = dir.getFileName().toString().substring(PREFIX.length());
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
