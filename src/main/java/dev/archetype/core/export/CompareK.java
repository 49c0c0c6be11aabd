package dev.archetype.core.export;

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
}
