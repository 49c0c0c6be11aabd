package dev.archetype.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Placeholder replaced by the import work: prints what the import found. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print what the import finds in FILE: rows, and per column name, type, missing and distinct counts.")
public final class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE") Path file;
    @Option(names = "--sheet", paramLabel = "NAME") String sheet;
    @Option(names = "--json") boolean json;

    @Override
    public Integer call() {
        throw new IllegalStateException("inspect is not available yet");
    }
}
