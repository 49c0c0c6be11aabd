package dev.archetype.spark;

import picocli.CommandLine.Option;

/** Where Spark runs and how the data is read: the options every command shares. */
final class EngineOptions {
    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master (default: ${DEFAULT-VALUE}); ignored under spark-submit, which sets its own.")
    String master;

    @Option(names = "--input-format", paramLabel = "auto|csv|parquet", defaultValue = "auto",
            description = "How to read DATA (default: ${DEFAULT-VALUE}: by extension, or by the files in a folder).")
    String inputFormat;

    @Option(names = "--delimiter", paramLabel = "C", description = "CSV field separator (default: comma; tab for .tsv).")
    Character delimiter;

    @Option(names = "--multiline",
            description = "The CSV has line breaks inside quoted fields: read each file whole (one task per file) so no row is split.")
    boolean multiLine;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "10000",
            description = "Rows the driver takes to detect types and to measure silhouette, stability and rules (default: ${DEFAULT-VALUE}).")
    int sample;

    void validate() {
        if (sample < 100 || sample > 200_000) throw new IllegalArgumentException("--sample must be between 100 and 200,000, not " + sample);
        if (!inputFormat.matches("auto|csv|parquet")) throw new IllegalArgumentException("--input-format must be auto, csv or parquet, not '" + inputFormat + "'");
    }
}
