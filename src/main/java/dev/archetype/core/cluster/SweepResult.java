package dev.archetype.core.cluster;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link KSweep}.
 *
 * @param rows              rows clustered
 * @param features          feature-matrix column names
 * @param results           one per k, ascending k; SSE never increases along the list
 * @param recommendedK      the suggested k
 * @param reason            one sentence saying why
 * @param criteriaDisagree  whether the SSE knee, best silhouette and best Calinski–Harabasz point at different k
 * @param disagreement      a sentence naming where each criterion points when they disagree, else ""
 * @param confidence        "strong", "moderate" or "weak": how clearly the data has groups at all, against uniform
 *                          noise of the same shape
 * @param confidenceReason  that judgement in one sentence
 */
public record SweepResult(int rows, List<String> features, List<KResult> results, int recommendedK, String reason,
                          boolean criteriaDisagree, String disagreement, String confidence, String confidenceReason) {
    /** A result without a structure check (tests, older callers). */
    public SweepResult(int rows, List<String> features, List<KResult> results, int recommendedK, String reason,
                       boolean criteriaDisagree, String disagreement) {
        this(rows, features, results, recommendedK, reason, criteriaDisagree, disagreement, "moderate", "");
    }

    public SweepResult {
        features = List.copyOf(features);
        results = List.copyOf(results);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(disagreement, "disagreement");
    }

    /** The result for {@code k}, or null when k was not in the sweep. */
    public KResult result(int k) {
        for (KResult r : results) if (r.k() == k) return r;
        return null;
    }
}
