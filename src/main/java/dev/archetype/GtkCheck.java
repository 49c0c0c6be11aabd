package dev.archetype;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * On Linux the window's toolkit loads GTK 3; without it JavaFX dies with a page of stack trace. This finds
 * out beforehand, cheaply: a few file checks in the usual library folders, and only when those all fail the
 * slower {@code ldconfig -p} (so the normal start pays for a handful of stat calls, nothing more).
 */
final class GtkCheck {
    static final String LIBRARY = "libgtk-3.so.0";
    static final String MESSAGE = "archetype: the window needs the GTK 3 libraries (libgtk-3-0); install them,"
            + " or use a command: archetype --help";

    /** Where distributions put shared libraries (Debian multiarch, Fedora lib64, plain lib, local builds). */
    private static final List<String> USUAL_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu",
            "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib", "/usr/local/lib64");

    private final String osName;
    private final String ldLibraryPath;
    private final Predicate<Path> exists;
    private final Supplier<String> ldconfig;

    GtkCheck(String osName, String ldLibraryPath, Predicate<Path> exists, Supplier<String> ldconfig) {
        this.osName = osName == null ? "" : osName;
        this.ldLibraryPath = ldLibraryPath;
        this.exists = exists;
        this.ldconfig = ldconfig;
    }

    /** The check on this machine. */
    static GtkCheck system() {
        return new GtkCheck(System.getProperty("os.name"), System.getenv("LD_LIBRARY_PATH"),
                Files::exists, GtkCheck::runLdconfig);
    }

    /** True when this is Linux and GTK 3 can be found nowhere the dynamic loader would look. */
    boolean gtkMissing() {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) return false;
        for (String dir : searchDirs()) {
            if (exists.test(Path.of(dir, LIBRARY))) return false;
        }
        String cache = ldconfig.get();
        // When ldconfig cannot be asked either, do not block the window on a guess.
        return cache != null && !cache.contains(LIBRARY);
    }

    /**
     * Whether the toolkit's start-up failed on GTK after all (a library that is there but cannot be loaded:
     * a broken install, the wrong architecture); glass says "Unable to load glass GTK library."
     */
    static boolean isGtkFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("GTK")) return true;
        }
        return false;
    }

    private List<String> searchDirs() {
        List<String> dirs = new ArrayList<>();
        if (ldLibraryPath != null) {
            for (String d : ldLibraryPath.split(":")) if (!d.isBlank()) dirs.add(d);
        }
        dirs.addAll(USUAL_DIRS);
        return dirs;
    }

    /** The dynamic loader's cache listing, or null when ldconfig is not there or does not answer. */
    private static String runLdconfig() {
        for (String exe : new String[] {"/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"}) {
            try {
                Process p = new ProcessBuilder(exe, "-p").redirectErrorStream(true).start();
                String out;
                try (InputStream in = p.getInputStream()) {
                    out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) return out;
            } catch (IOException e) {
                // try the next location
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
