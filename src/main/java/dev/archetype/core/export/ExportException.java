package dev.archetype.core.export;

import java.io.IOException;

/** An export that could not be written, with a message a user can act on (which file, and why). */
public final class ExportException extends IOException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
