package dev.archetype.core.project;

import java.io.IOException;
import java.nio.file.Path;

/** A project file that cannot be read: malformed, incomplete or from a newer version. The message is one line. */
public final class ProjectFileException extends IOException {
    private final transient Path file;

    public ProjectFileException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
        this.file = file;
    }

    public ProjectFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    /** The project file concerned. */
    public Path file() {
        return file;
    }
}
