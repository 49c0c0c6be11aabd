package dev.archetype.ui.workbench.comparek;

import java.util.List;

/**
 * Where an SSE curve bends most: the point farthest below the straight line from its first to its last
 * point, with both axes scaled to 0..1 (the "kneedle" idea). Used to mark the knee on the chart, which may
 * differ from the recommended k when the criteria disagree.
 */
public final class Knee {
    private Knee() { }

    /** The k of the knee, or -1 with fewer than three points or a flat curve. */
    public static int of(List<KPoint> points) {
        if (points.size() < 3) return -1;
        KPoint first = points.get(0);
        KPoint last = points.get(points.size() - 1);
        double kSpan = last.k() - first.k();
        double sseSpan = first.sse() - last.sse();
        if (kSpan <= 0 || !(sseSpan > 0)) return -1;
        int best = -1;
        double bestGap = 0;
        for (KPoint p : points) {
            double x = (p.k() - first.k()) / kSpan;
            double y = (first.sse() - p.sse()) / sseSpan; // 0 → 1 as SSE falls
            double gap = y - x;                           // above the chord = bent
            if (gap > bestGap) {
                bestGap = gap;
                best = p.k();
            }
        }
        return best;
    }
}
