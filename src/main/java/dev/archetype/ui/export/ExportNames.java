package dev.archetype.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Suggested file names and folders for exports, derived from the source file. Plain Java; stateless. */
public final class ExportNames {
    private ExportNames() { }

    /** The source file's name without its extension, or "archetypes" when there is none. */
    public static String base(Path source) {
        if (source == null || source.getFileName() == null) return "archetypes";
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.isBlank() ? "archetypes" : base;
    }

    /** "customers-archetypes-k4.xlsx" for {@code customers.csv}, k = 4 and extension "xlsx". */
    public static String export(Path source, int k, String extension) {
        return (source == null ? "" : base(source) + "-") + "archetypes-k" + k + "." + extension;
    }

    /** "customers-profiles-k4.png" for what = "profiles". */
    public static String image(Path source, String what, int k) {
        return base(source) + "-" + what + (k > 0 ? "-k" + k : "") + ".png";
    }

    /** {@code file} with {@code extension} appended when its name does not already end in it. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))) return file;
        return file.resolveSibling(name + "." + extension);
    }

    /**
     * Where the save dialog starts: the source's folder, unless that is a temporary folder (a bundled sample
     * is unpacked there), then the user's home.
     */
    public static Path initialFolder(Path source) {
        Path home = Path.of(System.getProperty("user.home"));
        if (source == null || source.toAbsolutePath().getParent() == null) return home;
        Path folder = source.toAbsolutePath().getParent();
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (folder.normalize().startsWith(temp) || !Files.isDirectory(folder)) return home;
        return folder;
    }
}
