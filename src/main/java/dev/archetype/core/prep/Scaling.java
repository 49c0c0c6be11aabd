package dev.archetype.core.prep;

/** How each numeric feature is centred and scaled before clustering. */
public enum Scaling {
    /** (x − mean) / population standard deviation. The default. */
    ZSCORE,
    /** (x − min) / (max − min), into 0..1. */
    MINMAX,
    /** (x − median) / interquartile range; outliers pull the scale less. */
    ROBUST,
    /** Values as they are. */
    NONE
}
