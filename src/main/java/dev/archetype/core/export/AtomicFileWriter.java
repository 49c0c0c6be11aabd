package dev.archetype.core.export;

import dev.archetype.core.task.CancelledException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a file all-or-nothing: the content goes to a temporary file in the target's folder, is forced to
 * disk, and is then moved over the target in one step. When writing fails or is cancelled the temporary file
 * is deleted and an existing target is left exactly as it was. Stateless; safe to use from any thread.
 */
public final class AtomicFileWriter {

    /** Writes the whole content to the stream it is given; it must not close it. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What to do when the target already exists (the UI asks the user first and then passes REPLACE). */
    public enum Overwrite { REPLACE, REFUSE }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFileWriter() { }

    /**
     * @param target    the file to create or replace
     * @param source    the file the data was read from (refused as a target); may be null
     * @param overwrite whether an existing target may be replaced
     * @param body      produces the content
     * @throws ExportException    with a user-facing message when the file cannot be written
     * @throws CancelledException when the body was cancelled (nothing is left behind)
     */
    public static void write(Path target, Path source, Overwrite overwrite, Body body) throws ExportException {
        writeAvoiding(target, source == null ? List.of() : List.of(source), overwrite, body);
    }

    /**
     * As {@link #write(Path, Path, Overwrite, Body)}, refusing every one of {@code protectedFiles} as the target
     * (the files a run read: the data, an attributes file, a project).
     */
    public static void writeAvoiding(Path target, Collection<Path> protectedFiles, Overwrite overwrite, Body body) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        for (Path p : protectedFiles) checkTarget(file, p, overwrite);
        if (protectedFiles.isEmpty()) checkTarget(file, null, overwrite);
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        // a long target name plus the suffix must still fit the usual 255-byte limit
        String stem = name.length() > 100 ? name.substring(0, 100) : name;
        Path temp = folder.resolve("." + stem + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        FileChannel channel;
        try {
            // Created without explicit permissions, so the process umask decides them (0644 for most users):
            // Files.createTempFile would make it 0600 and colleagues on a shared folder could not open it.
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw translate(e, file);
        }
        boolean moved = false;
        try {
            try (channel) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(new NonClosingOutputStream(out));
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            move(temp, file);
            moved = true;
        } catch (IOException e) {
            throw translate(e, file);
        } catch (java.io.UncheckedIOException e) {
            throw translate(e.getCause(), file);
        } finally {
            if (!moved) deleteQuietly(temp);
        }
    }

    /**
     * Checks up front what {@link #write} would refuse (the source file, a missing folder, an existing file
     * under {@link Overwrite#REFUSE}), so a long export fails before doing the work.
     */
    public static void check(Path target, Path source, Overwrite overwrite) throws ExportException {
        checkTarget(target.toAbsolutePath().normalize(), source, overwrite);
    }

    private static void checkTarget(Path file, Path source, Overwrite overwrite) throws ExportException {
        if (source != null) {
            Path src = source.toAbsolutePath().normalize();
            boolean same = src.equals(file);
            try {
                same = same || (Files.exists(file) && Files.exists(src) && Files.isSameFile(src, file));
            } catch (IOException ignored) {
                // if we cannot tell, the path comparison above decides
            }
            if (same) {
                throw new ExportException("Refusing to overwrite the source file " + file.getFileName()
                        + "; choose another file name for the export");
            }
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot write " + file.getFileName() + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("Cannot write " + file + ": it is a folder");
        }
        if (Files.exists(file)) {
            if (overwrite == Overwrite.REFUSE) {
                throw new ExportException(file.getFileName() + " already exists in " + folder + "; choose another name or allow replacing it");
            }
            if (!Files.isWritable(file)) {
                throw new ExportException("Cannot replace " + file + ": the file is read-only");
            }
        }
    }

    /** A replaced file keeps its permissions (a 0644 report stays 0644, a 0600 one stays private). */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.exists(file) || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Set<PosixFilePermission> existing = Files.getPosixFilePermissions(file);
        Files.setPosixFilePermissions(temp, existing);
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A message that says which file and what to do, instead of an exception class name. */
    static ExportException translate(IOException e, Path file) {
        if (e instanceof ExportException ee) return ee;
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        String message;
        if (r.contains("no space") || r.contains("disk full") || r.contains("not enough space") || r.contains("quota")) {
            message = "Not enough disk space to write " + file + "; free some space or choose another drive";
        } else if (r.contains("used by another process") || r.contains("locked") || r.contains("sharing violation")) {
            message = "Cannot write " + file.getFileName() + ": it is open in another program; close it and try again";
        } else if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("read-only")) {
            message = Files.exists(file)
                    ? "Cannot replace " + file + ": access denied (read-only, or open in another program)"
                    : "Cannot write in folder " + file.getParent() + ": access denied (read-only folder?)";
        } else {
            message = "Could not write " + file + ": " + reason;
        }
        return new ExportException(message, e);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temp file is hidden and named after the target; nothing better to do here
        }
    }

    /** Keeps a body (POI closes what it is given) from closing the channel before it is forced to disk. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
