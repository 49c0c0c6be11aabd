package dev.archetype.core.cluster;

import dev.archetype.core.task.Cancellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared-pass kernels of k-means++ pick exactly the centres the textbook greedy k-means++ picks. */
class SeedingTest {

    @ParameterizedTest(name = "n = {0}, d = {1}, k = {2}")
    @CsvSource({"10000, 3, 6", "9001, 8, 8", "5000, 10, 20", "4097, 1, 3", "12000, 8, 2"})
    void greedyKMeansPlusPlusPicksTheTextbookCentresOnAnyThreadCount(int n, int d, int k) {
        SplittableRandom data = new SplittableRandom(n + 31L * d + k);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) x[i] = data.nextGaussian() * (1 + i % 7) + (i / d % 5) * 3;
        double[] expected = textbook(x, n, d, k, new SplittableRandom(42));
        for (int threads : new int[] {1, 3}) {
            try (Blocks blocks = new Blocks(n, threads)) {
                double[] centres = Seeding.kMeansPlusPlus(x, n, d, k, new SplittableRandom(42), blocks, Cancellation.NEVER);
                for (int j = 0; j < centres.length; j++) {
                    assertThat(Double.doubleToRawLongBits(centres[j])).as("threads=%d value %d", threads, j)
                            .isEqualTo(Double.doubleToRawLongBits(expected[j]));
                }
            }
        }
    }

    /** One row at a time, one candidate at a time; sums per block of rows, added in block order. */
    private static double[] textbook(double[] x, int n, int d, int k, SplittableRandom rnd) {
        double[] centres = new double[k * d];
        int first = rnd.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) closest[i] = Vec.dist2(x, i * d, x, first * d, d);
        int trials = 2 + (int) Math.log(k);
        double[] cumulative = new double[n];
        for (int c = 1; c < k; c++) {
            double run = 0;
            for (int i = 0; i < n; i++) {
                run += closest[i];
                cumulative[i] = run;
            }
            int[] cand = new int[trials];
            for (int t = 0; t < trials; t++) cand[t] = Seeding.sample(cumulative, closest, rnd.nextDouble() * run);
            int best = 0;
            double bestPot = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double pot = 0;
                for (int from = 0; from < n; from += Blocks.BLOCK_ROWS) {
                    double s = 0;
                    for (int i = from; i < Math.min(n, from + Blocks.BLOCK_ROWS); i++) {
                        s += Math.min(closest[i], Vec.dist2(x, i * d, x, cand[t] * d, d));
                    }
                    pot += s;
                }
                if (pot < bestPot) {
                    bestPot = pot;
                    best = t;
                }
            }
            int chosen = cand[best];
            System.arraycopy(x, chosen * d, centres, c * d, d);
            for (int i = 0; i < n; i++) closest[i] = Math.min(closest[i], Vec.dist2(x, i * d, x, chosen * d, d));
        }
        return centres;
    }
}
