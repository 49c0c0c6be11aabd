package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Transactions made ready to cluster: the customer × item matrix, the joined item attributes (or null) and the
 * distance advice for the matrix.
 */
public record TransactionData(PivotResult pivot, ItemAttributes attributes, DistanceAdvice advice) {

    /** The dataset to cluster: one row per customer. */
    public Dataset dataset() {
        return pivot.wide();
    }

    /** The item columns: the clustering features. */
    public List<String> features() {
        return pivot.featureNames();
    }

    /** What the pivot and the join did, and the advice, for the user. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(pivot.report().lines());
        if (attributes != null) out.addAll(attributes.lines());
        out.add(advice.reason());
        return out;
    }
}
