package dev.archetype.ui.workbench.comparek;

import dev.archetype.core.cluster.SweepResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationTextTest {
    private static SweepResult sweep(int k, String reason) {
        return new SweepResult(10, List.of("a"), List.of(), k, reason, false, "");
    }

    @Test
    void doesNotRepeatTheKWhenTheReasonStartsWithIt() {
        assertThat(CompareKViewModel.recommendationText(sweep(2, "k = 2: it has the best silhouette (0.567).")))
                .isEqualTo("Recommended: k = 2 — it has the best silhouette (0.567).");
    }

    @Test
    void prefixesTheKOtherwise() {
        assertThat(CompareKViewModel.recommendationText(sweep(4, "The SSE curve bends most there.")))
                .isEqualTo("Recommended: k = 4. The SSE curve bends most there.");
    }
}
