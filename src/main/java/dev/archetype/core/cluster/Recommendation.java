package dev.archetype.core.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks a k from three criteria: the knee of the SSE curve (the point farthest below the straight line from the
 * first to the last point, both axes scaled to 0..1), the best silhouette and the best Calinski–Harabasz index.
 * A k that two or three criteria share wins; when all three differ, the best silhouette wins, because it alone
 * compares each row's own cluster with its nearest other one.
 */
record Recommendation(int k, String reason, boolean disagree, String disagreement) {
    /** Below this stability a k's clusters change from restart to restart: it is not recommended. */
    static final double MIN_STABILITY = 0.6;
    /** A cluster smaller than this share of the rows is a crumb, not an archetype: such a k is not recommended. */
    static final double MIN_CLUSTER_SHARE = 0.01;

    /**
     * Picks among the k that are stable (stability ≥ 0.6) and have no cluster under 1% of the rows; only when no k
     * qualifies does it pick among all, and then says so.
     */
    static Recommendation of(List<KResult> results, int rows) {
        List<KResult> eligible = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (KResult r : results) {
            String why = whyNot(r, rows);
            if (why == null) eligible.add(r); else left.add("k = " + r.k() + " (" + why + ")");
        }
        if (eligible.isEmpty()) {
            Recommendation all = of(results);
            return new Recommendation(all.k(), all.reason() + " No k has stable clusters (stability ≥ 0.6"
                    + ") of at least 1% of the rows each, so treat this k with care.", all.disagree(), all.disagreement());
        }
        Recommendation r = eligible.size() == 1 && results.size() > 1
                ? new Recommendation(eligible.get(0).k(), "k = " + eligible.get(0).k() + ": the only k whose clusters are stable"
                        + " and each at least 1% of the rows.", false, "")
                : of(eligible);
        if (left.isEmpty()) return r;
        String skipped = " Not recommended: " + String.join("; ", left.subList(0, Math.min(4, left.size())))
                + (left.size() > 4 ? " and " + (left.size() - 4) + " more" : "") + ".";
        return new Recommendation(r.k(), r.reason() + skipped, r.disagree(), r.disagreement());
    }

    /** Why a k cannot be recommended, or null when it can. */
    static String whyNot(KResult r, int rows) {
        if (r.stability() < MIN_STABILITY) return "stability " + fmt(r.stability()) + " is below 0.6";
        int smallest = Integer.MAX_VALUE;
        for (int s : r.sizes()) smallest = Math.min(smallest, s);
        if (r.k() > 1 && smallest < MIN_CLUSTER_SHARE * rows) {
            return "a cluster of " + smallest + (smallest == 1 ? " row" : " rows") + ", under 1% of the " + rows;
        }
        return null;
    }

    static Recommendation of(List<KResult> results) {
        if (results.size() == 1) {
            int k = results.get(0).k();
            return new Recommendation(k, "k = " + k + " is the only value tried.", false, "");
        }
        int knee = knee(results);
        KResult bestSil = best(results, true);
        KResult bestCh = best(results, false);
        int sil = bestSil == null ? -1 : bestSil.k();
        int ch = bestCh == null ? -1 : bestCh.k();
        // A criterion still rising at the largest k compared has no best k in the range, only an end: it does not vote
        int last = results.get(results.size() - 1).k();
        List<String> edge = new ArrayList<>();
        if (results.size() >= 3 && sil == last && (knee > 0 || (ch > 0 && ch != last))) {
            edge.add("the silhouette is still rising at k = " + last + ", the end of the range");
            sil = -1;
        }
        if (results.size() >= 3 && ch == last && (knee > 0 || sil > 0)) {
            edge.add("the Calinski–Harabasz index is still rising at k = " + last + ", the end of the range");
            ch = -1;
        }
        if (!edge.isEmpty()) {
            Recommendation inner = of(knee, sil, ch, bestSil, bestCh, results);
            String joined = String.join("; ", edge);
            String why = " " + Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ", so it points to no k here.";
            return new Recommendation(inner.k(), inner.reason() + why, true,
                    inner.disagree() ? inner.disagreement() : "The criteria disagree: " + joined + ".");
        }
        return of(knee, sil, ch, bestSil, bestCh, results);
    }

    private static Recommendation of(int knee, int sil, int ch, KResult bestSil, KResult bestCh, List<KResult> results) {
        List<String> parts = new ArrayList<>();
        if (knee > 0) parts.add("the SSE curve bends at k = " + knee);
        if (sil > 0) parts.add("the best silhouette (" + fmt(bestSil.silhouette()) + ") is at k = " + sil);
        if (ch > 0) parts.add("the best Calinski–Harabasz (" + fmt(bestCh.calinskiHarabasz()) + ") is at k = " + ch);
        long distinct = java.util.stream.IntStream.of(knee, sil, ch).filter(v -> v > 0).distinct().count();
        boolean disagree = distinct > 1;
        String note = disagree ? "The criteria disagree: " + String.join(", ", parts) + "." : "";

        if (sil < 0 && ch < 0) {
            int k = knee > 0 ? knee : results.get(0).k();
            return new Recommendation(k, knee > 0 ? "k = " + k + ": the SSE curve bends there."
                    : "k = " + k + ": too few values of k to judge.", false, "");
        }
        if (!disagree) {
            int k = sil > 0 ? sil : ch;
            List<String> why = new ArrayList<>();
            if (knee == k) why.add("the SSE curve bends there");
            if (sil == k) why.add("it has the best silhouette (" + fmt(bestSil.silhouette()) + ")");
            if (ch == k) why.add("the best Calinski–Harabasz index (" + fmt(bestCh.calinskiHarabasz()) + ")");
            return new Recommendation(k, "k = " + k + ": " + join(why) + ".", false, "");
        }
        if (sil > 0 && (sil == knee || sil == ch)) {
            String other = sil == knee ? "the SSE curve bends there" : "it also has the best Calinski–Harabasz index";
            return new Recommendation(sil, "k = " + sil + ": it has the best silhouette (" + fmt(bestSil.silhouette())
                    + ") and " + other + ".", true, note);
        }
        if (knee > 0 && knee == ch) {
            return new Recommendation(knee, "k = " + knee + ": the SSE curve bends there and it has the best "
                    + "Calinski–Harabasz index (" + fmt(bestCh.calinskiHarabasz()) + ").", true, note);
        }
        int k = sil > 0 ? sil : ch;
        String why = sil > 0 ? "it has the best silhouette (" + fmt(bestSil.silhouette()) + "), which weighs each row's own cluster against its nearest other one"
                : "it has the best Calinski–Harabasz index (" + fmt(bestCh.calinskiHarabasz()) + ")";
        return new Recommendation(k, "k = " + k + ": " + why + ".", true, note);
    }

    /** The k farthest below the chord of the normalised SSE curve; −1 with fewer than 3 points or a flat curve. */
    static int knee(List<KResult> results) {
        int[] ks = results.stream().mapToInt(KResult::k).toArray();
        double[] sse = results.stream().mapToDouble(KResult::sse).toArray();
        return Knee.of(ks, sse);
    }

    private static KResult best(List<KResult> results, boolean silhouette) {
        KResult best = null;
        for (KResult r : results) {
            double v = silhouette ? r.silhouette() : r.calinskiHarabasz();
            if (Double.isNaN(v)) continue;
            double b = best == null ? Double.NEGATIVE_INFINITY : (silhouette ? best.silhouette() : best.calinskiHarabasz());
            if (v > b) best = r;
        }
        return best;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        if (parts.size() == 2) return parts.get(0) + " and " + parts.get(1);
        return parts.get(0) + ", " + parts.get(1) + " and " + parts.get(2);
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
