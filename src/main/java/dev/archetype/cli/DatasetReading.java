package dev.archetype.cli;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.ProgressListener;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;

/** How the commands read FILE: with the import flags, then pivoted or RFM-derived as the analysis asks. */
final class DatasetReading {
    private DatasetReading() { }

    /** {@code --sheet} names a sheet of a workbook; on a text file it would be ignored, so it is refused. */
    static void checkSheetOption(CommandSpec spec, Path file, String sheet) {
        if (sheet != null && isText(file)) {
            throw new ParameterException(spec.commandLine(), "--sheet applies to XLSX and XLS workbooks; "
                    + file.getFileName() + " is a text file, so leave --sheet out");
        }
    }

    private static boolean isText(Path file) {
        try {
            return Files.isRegularFile(file) && Importer.detect(file) == FileFormat.CSV;
        } catch (ImportException e) {
            return false; // reading the file will say what is wrong with it
        }
    }

    /** Opens the analysis's file (read, then pivoted or RFM-derived as it asks). */
    static OpenedData open(AnalysisSpec analysis) throws Exception {
        Path file = analysis.source();
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException("No such file: " + file);
        return Analysis.open(analysis, ProgressListener.NONE, Interrupt.CANCELLATION);
    }

}
