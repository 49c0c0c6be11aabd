package dev.archetype.ui.workbench;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeatScaleTest {
    @Test
    void zeroIsWhiteNegativeIsBlueAndPositiveIsOrange() {
        assertThat(HeatScale.color(0)).isEqualTo(Color.WHITE);
        Color below = HeatScale.color(-1.5);
        Color above = HeatScale.color(1.5);
        assertThat(below.getBlue()).isGreaterThan(below.getRed());
        assertThat(above.getRed()).isGreaterThan(above.getBlue());
    }

    @Test
    void saturatesAtTheLimitAndGrowsMonotonically() {
        assertThat(HeatScale.color(HeatScale.LIMIT)).isEqualTo(HeatScale.color(10));
        assertThat(HeatScale.color(-HeatScale.LIMIT)).isEqualTo(HeatScale.color(-10));
        assertThat(HeatScale.color(1).getBlue()).isGreaterThan(HeatScale.color(2).getBlue());
        assertThat(HeatScale.color(Double.NaN)).isEqualTo(Color.WHITE);
    }

    @Test
    void textStaysReadableOnStrongColours() {
        assertThat(HeatScale.textColor(0)).isEqualTo(Color.BLACK);
        assertThat(HeatScale.textColor(-3)).isEqualTo(Color.WHITE);
    }

    @Test
    void clusterColoursAreDistinctForTenClusters() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) seen.add(Palette.clusterHex(i));
        assertThat(seen).hasSize(10);
        assertThat(Palette.clusterHex(0)).isEqualTo("#0072B2");
    }
}
