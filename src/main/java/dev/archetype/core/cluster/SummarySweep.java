package dev.archetype.core.cluster;

import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;

import java.util.List;
import java.util.Locale;

/**
 * The comparison over k when the clusterings were fitted elsewhere (a cluster engine over all rows) and only their
 * figures come back: the same recommendation rule and the same check against uniform noise the desktop sweep applies,
 * so one set of figures gives one recommended k wherever it was computed.
 */
public final class SummarySweep {
    private SummarySweep() { }

    /**
     * @param rows     rows clustered
     * @param features the prepared feature names
     * @param results  one per k, ascending; each {@link KResult#clustering()} may cover a sample of the rows (its
     *                 labels feed nothing here) while sizes, SSE and indices describe all rows
     * @param sample   a sample of the prepared rows for the uniform-noise check
     * @param base     the k-means options of the sweep (seed, distance, restarts) for that check
     */
    public static SweepResult of(int rows, List<String> features, List<KResult> results, FeatureMatrix sample,
                                 KMeansOptions base, Cancellation cancel) {
        if (results.isEmpty()) throw new IllegalArgumentException("no k to compare");
        Recommendation rec = Recommendation.of(results, rows);
        StructureCheck.Verdict verdict = StructureCheck.judge(sample, results, rec.k(), base, cancel);
        return new SweepResult(rows, features, results, rec.k(), rec.reason(), rec.disagree(), rec.disagreement(),
                verdict.level().name().toLowerCase(Locale.ROOT), verdict.reason());
    }
}
