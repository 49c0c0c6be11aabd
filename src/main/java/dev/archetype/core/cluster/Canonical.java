package dev.archetype.core.cluster;

import java.util.Arrays;
import java.util.Comparator;

/** Canonical cluster order: largest first, ties broken by the smallest first member row. */
final class Canonical {
    private Canonical() { }

    /** order[newIndex] = old cluster index. */
    static int[] order(int[] labels, int k) {
        long[] size = new long[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            size[c]++;
            if (first[c] == Integer.MAX_VALUE) first[c] = i;
        }
        Integer[] idx = new Integer[k];
        for (int c = 0; c < k; c++) idx[c] = c;
        Arrays.sort(idx, Comparator.<Integer>comparingLong(c -> -size[c]).thenComparingInt(c -> first[c]));
        int[] order = new int[k];
        for (int c = 0; c < k; c++) order[c] = idx[c];
        return order;
    }
}
