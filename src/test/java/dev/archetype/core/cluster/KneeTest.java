package dev.archetype.core.cluster;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class KneeTest {
    private static int knee(double[][] points) {
        int[] ks = new int[points.length];
        double[] sse = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            ks[i] = (int) points[i][0];
            sse[i] = points[i][1];
        }
        return Knee.of(ks, sse);
    }

    private static double[] p(int k, double sse) {
        return new double[] {k, sse};
    }

    @Test
    void findsTheBendOfASharpElbow() {
        // steep drop to k = 4, nearly flat after
        assertThat(knee(new double[][] {p(2, 1000), p(3, 600), p(4, 200), p(5, 180), p(6, 165), p(7, 150)})).isEqualTo(4);
    }

    @Test
    void noKneeOnAStraightLineOrTooFewPoints() {
        assertThat(knee(new double[][] {p(2, 300), p(3, 200), p(4, 100)})).isEqualTo(-1);
        assertThat(knee(new double[][] {p(2, 300), p(3, 200)})).isEqualTo(-1);
    }
}
