package dev.archetype.ui.data;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowSorterTest {
    private final Dataset data = TestData.customers();

    private int[] sort(SortKey... keys) {
        return RowSorter.sortedOrder(data, List.of(keys), ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void numericAscendingPutsMissingLast() {
        // Spend: 120.5, NaN, 99.25, 1500, 12
        assertThat(sort(new SortKey(2, true))).containsExactly(4, 2, 0, 3, 1);
    }

    @Test
    void numericDescendingStillPutsMissingLast() {
        assertThat(sort(new SortKey(2, false))).containsExactly(3, 0, 2, 4, 1);
    }

    @Test
    void categoricalSortsByLevelTextNotByCode() {
        // Region codes 1,0,1,-,0 with levels [North, East]: code 1 (East: rows 0, 2) sorts before code 0 (North: rows 1, 4).
        assertThat(sort(new SortKey(1, true))).containsExactly(0, 2, 1, 4, 3);
    }

    @Test
    void secondKeyBreaksTiesOfTheFirst() {
        // Visits 3,1,3,7,2 descending; ties (rows 0 and 2) by Spend ascending → 2 (99.25) before 0 (120.5).
        assertThat(sort(new SortKey(3, false), new SortKey(2, true))).containsExactly(3, 2, 0, 4, 1);
    }

    @Test
    void equalValuesKeepFileOrder() {
        // VIP 0,0,1,1,0
        assertThat(sort(new SortKey(4, true))).containsExactly(0, 1, 4, 2, 3);
    }

    @Test
    void textSortsCaseInsensitively() {
        assertThat(sort(new SortKey(0, false))).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void largeRandomSortMatchesTheJdkStableSort() {
        int n = 100_003;
        Random random = new Random(42);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = random.nextInt(1000);
        Dataset big = new Dataset("big", List.of(new dev.archetype.core.data.NumericColumn("v",
                dev.archetype.core.data.ColumnType.INTEGER, values)), List.of());
        int[] order = RowSorter.sortedOrder(big, List.of(new SortKey(0, true)), ProgressListener.NONE, Cancellation.NEVER);
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) expected[i] = i;
        Arrays.sort(expected, (a, b) -> Double.compare(values[a], values[b]));
        assertThat(order).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Test
    void stopsWhenCancelled() {
        Dataset big = TestData.countdown(200_000);
        assertThatThrownBy(() -> RowSorter.sortedOrder(big, List.of(new SortKey(0, true)), ProgressListener.NONE, () -> true))
                .isInstanceOf(CancelledException.class);
    }
}
