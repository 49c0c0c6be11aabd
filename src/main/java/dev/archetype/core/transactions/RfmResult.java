package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;

/**
 * Per-customer RFM figures, ready to cluster.
 *
 * @param dataset columns: the customer id, {@link Rfm#RECENCY}, {@link Rfm#FREQUENCY}, {@link Rfm#MONETARY},
 *                {@link Rfm#TENURE}; one row per customer in order of first purchase line
 * @param report  what was skipped and why
 */
public record RfmResult(Dataset dataset, RfmReport report) {
}
