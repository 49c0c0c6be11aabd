package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.profile.ClusterProfile;

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

    /**
     * The item columns, unscaled: 0/1 (or counts) already share one scale, and z-scores would make the rarest
     * items weigh most.
     */
    public FeatureSpec featureSpec() {
        return FeatureSpec.of(features()).withScaling(Scaling.NONE);
    }

    /**
     * The attribute roll-up of a clustering of {@link #dataset()}, or null when no attribute table was joined.
     *
     * @param matrix the matrix that was clustered (its source rows map back to customers)
     */
    public AttributeRollup rollup(FeatureMatrix matrix, Clustering clustering) {
        return attributes == null ? null : AttributeRollup.of(pivot, attributes, clustering, matrix.sourceRows());
    }

    /**
     * The cluster profile, named from the attribute roll-up when there is one: for transactions, what members
     * bought says more than which offer columns are high ("Pinot Noir lovers" rather than "high Offer 24").
     */
    public ClusterProfile profile(FeatureMatrix matrix, Clustering clustering) {
        ClusterProfile profile = ClusterProfile.of(dataset(), matrix, clustering);
        AttributeRollup rollup = rollup(matrix, clustering);
        return rollup == null ? profile : profile.withNames(rollup.names());
    }

    /** What the pivot and the join did, and the advice, for the user. */
    public List<String> lines() {
        List<String> out = new ArrayList<>(pivot.report().lines());
        if (attributes != null) out.addAll(attributes.lines());
        // The default distance stays Euclidean (it finds the wine groups more often); cosine is offered, not applied
        out.add(advice.distance() == dev.archetype.core.cluster.Distance.COSINE
                ? "Tip: cosine distance may suit these purchases (choose it to try): " + advice.reason().replaceFirst("^Cosine distance: ", "")
                : advice.reason());
        return out;
    }
}
