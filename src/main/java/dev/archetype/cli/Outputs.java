package dev.archetype.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The command line's half of the write guard (the other half, {@link dev.archetype.core.export.AtomicFileWriter},
 * refuses the same again at write time): before any work, no output may be a file the command reads, and no
 * two outputs may be one file. Both are usage errors (exit 2), since nothing has been read yet.
 */
final class Outputs {
    private Outputs() { }

    /**
     * @param source     the data file
     * @param otherInput another file read (attributes, a project), or null
     * @param outputs    the files to be written, nulls for those not asked for
     */
    static void checkDistinct(CommandSpec spec, Path source, Path otherInput, Path... outputs) {
        List<Path> inputs = new ArrayList<>();
        inputs.add(source);
        if (otherInput != null) inputs.add(otherInput);
        checkDistinct(spec, inputs, outputs);
    }

    /** As above, with every file the command reads in {@code inputs}. */
    static void checkDistinct(CommandSpec spec, List<Path> inputs, Path... outputs) {
        List<Path> written = Arrays.stream(outputs).filter(Objects::nonNull).toList();
        for (int i = 0; i < written.size(); i++) {
            Path out = written.get(i);
            for (Path in : inputs) {
                if (same(out, in)) {
                    throw new ParameterException(spec.commandLine(), "Refusing to write " + out
                            + ": it is the file this command reads (" + in.getFileName() + "); choose another name");
                }
            }
            for (int j = 0; j < i; j++) {
                if (same(out, written.get(j))) {
                    throw new ParameterException(spec.commandLine(), "Two outputs would be written to " + out
                            + "; give --out and --save-project different files");
                }
            }
        }
    }

    static boolean same(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        if (x.equals(y)) return true;
        try {
            return Files.exists(x) && Files.exists(y) && Files.isSameFile(x, y);
        } catch (IOException e) {
            return false;
        }
    }
}
