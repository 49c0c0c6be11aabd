package dev.archetype.core.io;

/** What to do with a CSV row whose field count differs from the header's. Either way the rows are reported. */
public enum RaggedRows {
    /** Keep the row: missing fields become missing values, extra fields are dropped. */
    PAD,
    /** Leave the row out of the dataset. */
    SKIP
}
