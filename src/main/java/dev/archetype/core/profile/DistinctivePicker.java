package dev.archetype.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks what sets a cluster apart and says it in words.
 *
 * <p>Rules: rows are ranked by |z| in the cluster; a row needs |z| ≥ {@value #MIN_Z} to count; a categorical
 * level only counts when the cluster has MORE of it than the whole (being low on one level is just being high
 * on another); one entry per source column. Phrasing: a value at least twice the average of a positive
 * feature reads as a ratio ("Grocery 3.2× the average"; 1.5× for 0/1 flags), otherwise as the cluster
 * value against the overall one ("Fresh 3,100 vs 12,000", "Channel = Retail 92% vs 32%").
 */
public final class DistinctivePicker {
    /** Smallest |z| that is worth mentioning. */
    public static final double MIN_Z = 0.2;
    /** How many features a cluster gets. */
    public static final int TOP = 3;

    private DistinctivePicker() { }

    /** Up to {@code limit} distinctive features of {@code cluster}, strongest first. */
    public static List<DistinctiveFeature> pick(List<FeatureContrast> rows, int cluster, int limit) {
        List<FeatureContrast> candidates = new ArrayList<>();
        for (FeatureContrast f : rows) {
            double z = f.z(cluster);
            if (Double.isNaN(z) || !(f.overallStd() > 0) || Math.abs(z) < MIN_Z) continue;
            if (f.isLevel() && z < 0) continue;
            candidates.add(f);
        }
        candidates.sort(Comparator.comparingDouble((FeatureContrast f) -> -Math.abs(f.z(cluster)))
                .thenComparing(FeatureContrast::name));
        List<DistinctiveFeature> out = new ArrayList<>();
        Set<String> usedColumns = new HashSet<>();
        for (FeatureContrast f : candidates) {
            if (out.size() == limit) break;
            if (!usedColumns.add(f.sourceColumn())) continue;
            out.add(new DistinctiveFeature(f, f.z(cluster), phrase(f, cluster)));
        }
        return out;
    }

    /** A mean date (days since 1970-01-01) as an ISO date. */
    static String day(double epochDays) {
        return java.time.LocalDate.ofEpochDay(Math.round(epochDays)).toString();
    }

    /** The feature of one cluster in words. */
    public static String phrase(FeatureContrast f, int cluster) {
        double m = f.mean(cluster);
        double o = f.overall();
        if (f.kind().isPercent()) {
            if (f.isFlag() && o > 0 && m >= 1.5 * o) {
                return f.name() + " " + NumberText.ratio(m / o) + " the average";
            }
            String[] p = NumberText.percentPair(m, o);
            return f.name() + " " + p[0] + " vs " + p[1];
        }
        if (f.kind() == FeatureContrast.Kind.DATE) {
            return f.name() + " " + day(m) + " vs " + day(o);
        }
        if (o > 0 && m >= 2 * o) {
            return f.name() + " " + NumberText.ratio(m / o) + " the average";
        }
        String[] p = NumberText.pair(m, o);
        return f.name() + " " + p[0] + " vs " + p[1];
    }
}
