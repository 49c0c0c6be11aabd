package dev.archetype.core.prep;

/** What preparation does with a missing cell in a chosen feature column. */
public enum MissingPolicy {
    /** Numeric cells get the column mean, categorical cells the most common level. The default. */
    MEAN,
    /** Numeric cells get the column median, categorical cells the most common level. */
    MEDIAN,
    /** Rows with any missing chosen cell are left out of the clustering. */
    DROP_ROWS
}
