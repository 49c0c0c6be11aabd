package dev.archetype.ui.workbench.comparek;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KneeTest {
    private static KPoint p(int k, double sse) {
        return new KPoint(k, sse, Double.NaN, Double.NaN);
    }

    @Test
    void findsTheBendOfASharpElbow() {
        // steep drop to k = 4, nearly flat after
        assertThat(Knee.of(List.of(p(2, 1000), p(3, 600), p(4, 200), p(5, 180), p(6, 165), p(7, 150)))).isEqualTo(4);
    }

    @Test
    void noKneeOnAStraightLineOrTooFewPoints() {
        assertThat(Knee.of(List.of(p(2, 300), p(3, 200), p(4, 100)))).isEqualTo(-1);
        assertThat(Knee.of(List.of(p(2, 300), p(3, 200)))).isEqualTo(-1);
    }
}
