package dev.archetype.core.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A project file may come from someone else, and its source path may point anywhere ({@code ../../etc/shadow}).
 * Before a project is re-run, the user is shown a source outside the project's folder, and a source that is not
 * named like a data file is refused unless the user named it themselves.
 */
public final class SourceTrust {
    private static final Set<String> DATA_EXTENSIONS = Set.of("csv", "tsv", "txt", "tab", "xlsx", "xlsm", "xls");

    private SourceTrust() { }

    /** True when {@code source} is not in the project file's folder or one of its subfolders. */
    public static boolean outsideProjectFolder(Path projectFile, Path source) {
        Path folder = projectFile.toAbsolutePath().normalize().getParent();
        return folder == null || !source.toAbsolutePath().normalize().startsWith(folder);
    }

    /** True when the file name ends in an extension the importer is meant for. */
    public static boolean namedLikeData(Path source) {
        Path name = source.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && DATA_EXTENSIONS.contains(n.substring(dot + 1));
    }

    /**
     * Refuses a saved source that is not named like a data file.
     *
     * @throws ProjectFileException saying which file the project would read and how to proceed
     */
    public static void checkSavedSource(Path projectFile, Path source) throws ProjectFileException {
        if (!namedLikeData(source)) {
            throw new ProjectFileException(projectFile, "its source " + source + " is not a CSV, TSV, TXT, XLSX or XLS file;"
                    + " if that really is the data, name it with --source");
        }
    }
}
