package dev.archetype.core.cluster;

import dev.archetype.core.TestData;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refinement with bounds and lists of rows to visit makes exactly the moves of refinement that checks every row every
 * pass: the bounds and lists only skip rows that cannot move.
 */
class RefinementTest {

    @ParameterizedTest(name = "n = {0}, k = {1}, spread = {2}")
    @CsvSource({"30000, 8, 2.5", "20000, 3, 4.0", "25000, 12, 3.0", "9000, 20, 1.5", "15000, 2, 6.0"})
    void boundedRefinementMakesTheMovesOfTheFullScan(int n, int k, double spread) {
        // Heavily overlapping blobs, stopped early by a loose tolerance: refinement then runs many passes with rows
        // moving in each, as on the 1M customer file.
        TestData.Blobs blobs = TestData.randomBlobs(n, 6, k, 2, spread, k * 7L);
        FeatureMatrix m = blobs.matrix();
        double[] x = m.data();
        int d = m.cols();
        double[] start = new double[k * d];
        SplittableRandom r = new SplittableRandom(n);
        for (int c = 0; c < k; c++) System.arraycopy(x, r.nextInt(n) * d, start, c * d, d);
        for (int threads : new int[] {1, 2, 3}) {
            try (Blocks blocks = new Blocks(n, threads)) {
                Lloyd lloyd = new Lloyd(x, n, d, k, false, blocks, start, new int[n]);
                lloyd.run(300, 1e-2, Cancellation.NEVER);
                int[] plain = lloyd.labels.clone();
                long fullMoves = Refinement.refine(x, n, d, k, false, plain, blocks, Cancellation.NEVER);
                long boundedMoves = Refinement.refine(lloyd, Cancellation.NEVER);
                assertThat(fullMoves).as("refinement should have work to do here").isGreaterThan(20);
                assertThat(boundedMoves).as("threads = %d", threads).isEqualTo(fullMoves);
                assertThat(lloyd.labels).as("threads = %d", threads).isEqualTo(plain);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void clustersOfOneOrTwoRowsThatGrowDuringRefinementKeepTheFullScansMoves() {
        // Two far rows start clusters of their own; rows between them and the blobs make those clusters grow, so the
        // move ratios change by a large share between passes (a cluster of one has none at all).
        int n = 12_000, d = 3, k = 5;
        SplittableRandom r = new SplittableRandom(99);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            double centre = i % 3 == 0 ? -2 : i % 3 == 1 ? 0 : 2;
            for (int j = 0; j < d; j++) x[i * d + j] = centre + r.nextGaussian() * 1.2;
        }
        for (int j = 0; j < d; j++) {
            x[j] = 9;
            x[d + j] = -9;
        }
        for (int i = 2; i < 60; i++) for (int j = 0; j < d; j++) x[i * d + j] = (i % 2 == 0 ? 5.5 : -5.5) + r.nextGaussian();
        double[] start = new double[k * d];
        System.arraycopy(x, 0, start, 0, d);
        System.arraycopy(x, d, start, d, d);
        for (int c = 2; c < k; c++) System.arraycopy(x, (100 + c * 37) * d, start, c * d, d);
        for (int threads : new int[] {1, 2}) {
            try (Blocks blocks = new Blocks(n, threads)) {
                Lloyd lloyd = new Lloyd(x, n, d, k, false, blocks, start, new int[n]);
                lloyd.run(2, 0, Cancellation.NEVER);
                int[] plain = lloyd.labels.clone();
                long fullMoves = Refinement.refine(x, n, d, k, false, plain, blocks, Cancellation.NEVER);
                long boundedMoves = Refinement.refine(lloyd, Cancellation.NEVER);
                assertThat(fullMoves).isGreaterThan(0);
                assertThat(boundedMoves).as("threads = %d", threads).isEqualTo(fullMoves);
                assertThat(lloyd.labels).as("threads = %d", threads).isEqualTo(plain);
            }
        }
    }
}
