package dev.archetype.core.export;

import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sweep over k for the "Compare k" sheet.
 *
 * @param metrics     one entry per k, ascending
 * @param recommendedK the k the sweep recommends (0 when none)
 * @param reason      why, in one sentence ("" when none)
 */
public record CompareK(List<KMetrics> metrics, int recommendedK, String reason) {
    public CompareK {
        metrics = List.copyOf(metrics);
        Objects.requireNonNull(reason, "reason");
        if (metrics.isEmpty()) throw new IllegalArgumentException("a comparison needs at least one k");
    }

    /** The sheet's view of a sweep; the disagreement between criteria, if any, is added to the reason. */
    public static CompareK from(SweepResult sweep) {
        List<KMetrics> metrics = new ArrayList<>(sweep.results().size());
        for (KResult r : sweep.results()) {
            metrics.add(new KMetrics(r.k(), r.sse(), r.silhouette(), r.silhouetteSampled(), r.calinskiHarabasz(),
                    r.daviesBouldin(), r.stability(), r.sizes()));
        }
        String reason = sweep.reason();
        if (sweep.criteriaDisagree() && !sweep.disagreement().isBlank()) reason = reason + " " + sweep.disagreement();
        return new CompareK(metrics, sweep.recommendedK(), reason);
    }
}
