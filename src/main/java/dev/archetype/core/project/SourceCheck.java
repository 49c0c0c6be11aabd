package dev.archetype.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a project's source file is still the one it was saved with.
 *
 * @param status    what was found
 * @param file      the path checked
 * @param expected  SHA-256 recorded in the project
 * @param actual    SHA-256 of the file now, null when it is missing or unreadable
 */
public record SourceCheck(Status status, Path file, String expected, String actual) {

    /** What was found at the source path. */
    public enum Status {
        /** Present with the recorded SHA-256: re-running gives the saved result. */
        UNCHANGED,
        /** Present but its bytes differ: re-running clusters different data. */
        CHANGED,
        /** Not there (moved, renamed, deleted, or not a readable regular file). */
        MISSING
    }

    /** Checks the project's source, hashing it if present. */
    public static SourceCheck of(Project project) {
        return of(project.source(), project.sourceSha256());
    }

    /** Checks {@code file} against an expected digest. */
    public static SourceCheck of(Path file, String expectedSha256) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return new SourceCheck(Status.MISSING, file, expectedSha256, null);
        }
        try {
            String actual = Sha256.of(file);
            return new SourceCheck(actual.equals(expectedSha256) ? Status.UNCHANGED : Status.CHANGED, file, expectedSha256, actual);
        } catch (IOException e) {
            return new SourceCheck(Status.MISSING, file, expectedSha256, null);
        }
    }

    /** True when the file is there, changed or not. */
    public boolean isPresent() {
        return status != Status.MISSING;
    }

    /** One line for the user, saying what is wrong and what to do; empty-of-alarm when unchanged. */
    public String message() {
        return switch (status) {
            case UNCHANGED -> "Source file " + file + " is unchanged.";
            case CHANGED -> "Source file " + file + " has changed since the project was saved"
                    + " (SHA-256 " + shortHash(actual) + ", expected " + shortHash(expected)
                    + "); results may differ from the saved ones.";
            case MISSING -> "Source file " + file + " is missing; it may have been moved or renamed. Locate it to continue.";
        };
    }

    private static String shortHash(String hex) {
        return hex == null ? "none" : hex.substring(0, 12) + "…";
    }
}
