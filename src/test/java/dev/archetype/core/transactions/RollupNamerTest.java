package dev.archetype.core.transactions;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RollupNamerTest {
    private static AttributeLift.Level level(String attr, String level, double share, double overall, double score) {
        return new AttributeLift.Level(attr, level, share, overall, share / overall, 10, score);
    }

    private static AttributeLift.Mean mean(String attr, double mean, double overall, double low, double high, double score) {
        return new AttributeLift.Mean(attr, mean, overall, mean / overall, low, high, score);
    }

    @Test
    void phrasesFollowTheAttributeKind() {
        assertThat(RollupNamer.phrase(level("Varietal", "Pinot Noir", 0.86, 0.11, 2.2))).isEqualTo("Pinot Noir lovers");
        assertThat(RollupNamer.phrase(level("Origin", "France", 0.7, 0.4, 0.6))).isEqualTo("from France");
        assertThat(RollupNamer.phrase(level("Campaign", "March", 0.4, 0.1, 0.9))).isEqualTo("March campaign");
        assertThat(RollupNamer.phrase(level("Past Peak", "TRUE", 0.6, 0.2, 0.9))).isEqualTo("Past Peak buyers");
        assertThat(RollupNamer.phrase(mean("Minimum Qty (kg)", 8, 58, 12, 6, -1))).isEqualTo("small quantities (≤ 12 kg)");
        assertThat(RollupNamer.phrase(mean("Minimum Qty (kg)", 90, 58, 144, 72, 0.8))).isEqualTo("bulk buyers (72 kg+)");
        assertThat(RollupNamer.phrase(mean("Discount (%)", 80, 59, 89, 64, 0.9))).isEqualTo("big discounts (64%+)");
        assertThat(RollupNamer.phrase(mean("Age", 60, 40, 70, 55, 1.1))).isEqualTo("high age (55+)");
    }

    @Test
    void aBoundOnTheWrongSideOfTheOverallMeanIsLeftOut() {
        // Lower mean, but a quarter of the purchases are still above the overall mean: "≤ 72 kg" would mislead.
        assertThat(RollupNamer.phrase(mean("Minimum Qty (kg)", 40, 58, 72, 6, -0.5))).isEqualTo("small quantities");
    }

    @Test
    void aClusterWithOnlyALeaningIsNamedByItRatherThanLeftBroad() {
        List<List<AttributeLift>> ranked = List.of(
                List.of(level("Varietal", "Champagne", 0.5, 0.25, 0.6), mean("Minimum Qty (kg)", 75, 58, 144, 72, 0.33)),
                List.of(mean("Minimum Qty (kg)", 75, 58, 144, 72, 0.33), level("Varietal", "Malbec", 0.05, 0.1, -0.1)),
                List.of(level("Varietal", "Malbec", 0.05, 0.1, -0.1)));

        assertThat(RollupNamer.names(ranked)).containsExactly("Champagne lovers", "bulk buyers (72 kg+)", "broad tastes");
    }
}
