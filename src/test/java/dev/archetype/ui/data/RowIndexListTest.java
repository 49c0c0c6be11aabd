package dev.archetype.ui.data;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowIndexListTest {
    @Test
    void listsRowsInFileOrderAfterReset() {
        RowIndexList rows = new RowIndexList();
        rows.reset(4);
        assertThat(rows).containsExactly(0, 1, 2, 3);
    }

    @Test
    void reorderingFiresAPermutationThatFollowsEachRow() {
        RowIndexList rows = new RowIndexList();
        rows.reset(3);
        List<int[]> permutations = new ArrayList<>();
        rows.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                assertThat(c.wasPermutated()).isTrue();
                int[] p = new int[3];
                for (int i = 0; i < 3; i++) p[i] = c.getPermutation(i);
                permutations.add(p);
            }
        });
        rows.setOrder(new int[] {2, 0, 1});
        assertThat(rows).containsExactly(2, 0, 1);
        // Row 0 moved from position 0 to 1, row 1 from 1 to 2, row 2 from 2 to 0.
        assertThat(permutations).singleElement().satisfies(p -> assertThat(p).containsExactly(1, 2, 0));
        rows.setOrder(null);
        assertThat(rows).containsExactly(0, 1, 2);
    }

    @Test
    void aMillionRowsNeedNoPerRowObjects() {
        RowIndexList rows = new RowIndexList();
        rows.reset(1_000_000);
        assertThat(rows).hasSize(1_000_000);
        assertThat(rows.get(999_999)).isEqualTo(999_999);
        assertThat(rows.rowAt(123_456)).isEqualTo(123_456);
    }

    @Test
    void filteredRowsCanBeReorderedByDatasetIndex() {
        RowIndexList rows = new RowIndexList();
        rows.show(1000, new int[] {10, 500, 999});
        assertThat(rows).containsExactly(10, 500, 999);
        rows.setOrder(new int[] {999, 10, 500});
        assertThat(rows).containsExactly(999, 10, 500);
    }
}
