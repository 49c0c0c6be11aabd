package dev.archetype.ui.project;

import dev.archetype.core.project.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a project would read that lie outside the project file's folder (and its subfolders). A project
 * is a small file anyone can send; one naming /etc/passwd or ~/.ssh/id_rsa as its source must not have the
 * window read that without asking. Paths are compared after resolving symbolic links, so a link inside the
 * folder pointing out of it counts as outside. Only looks at paths (no file is opened).
 */
final class OutsideFiles {
    private OutsideFiles() { }

    /** The existing files {@code project} reads outside {@code projectFile}'s folder, as absolute real paths. */
    static List<Path> of(Path projectFile, Project project) {
        Path folder = real(projectFile.toAbsolutePath().normalize().getParent());
        List<Path> outside = new ArrayList<>();
        Path source = project.source();
        addIfOutside(outside, folder, source);
        if (project.pivot() != null && project.pivot().attributes() != null && !project.pivot().attributes().isBlank()) {
            // An attribute table given as a file, as the pivot finds it: the path itself, else next to the source.
            String attr = project.pivot().attributes().strip();
            Path given = Path.of(attr);
            Path sibling = source.toAbsolutePath().getParent() == null ? null : source.toAbsolutePath().getParent().resolve(attr);
            if (Files.isRegularFile(given)) addIfOutside(outside, folder, given);
            else if (sibling != null && Files.isRegularFile(sibling)) addIfOutside(outside, folder, sibling);
        }
        return List.copyOf(outside);
    }

    /** "This project reads /etc/passwd, outside the project's folder. Read it?" */
    static String question(List<Path> files) {
        if (files.size() == 1) return "This project reads " + files.get(0) + ", outside the project's folder. Read it?";
        List<String> names = files.stream().map(Path::toString).toList();
        return "This project reads " + String.join(" and ", names) + ", outside the project's folder. Read them?";
    }

    private static void addIfOutside(List<Path> outside, Path folder, Path file) {
        // A missing source is not read; opening then offers to locate it, which the user chooses themselves.
        if (file == null || !Files.exists(file)) return;
        Path real = real(file.toAbsolutePath().normalize());
        if (folder == null || !real.startsWith(folder)) {
            if (!outside.contains(real)) outside.add(real);
        }
    }

    private static Path real(Path p) {
        if (p == null) return null;
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }
}
