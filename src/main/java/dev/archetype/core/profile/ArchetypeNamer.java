package dev.archetype.core.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts a short name per cluster from its distinctive features, unique across the clusters.
 *
 * <p>Rules: a categorical level the cluster is rich in names it by the level ("Retail", or "Region 3" for a
 * bare number); 0/1 flags it is rich in make "Pinot Noir lovers"; numbers make "High Grocery, Detergents"
 * and "Low Fresh", dates "Early Joined" / "Late Joined"; parts are joined with " · ". Two features are used, three when two would repeat another
 * cluster's name, and a number is appended as a last resort. A cluster with nothing distinctive is "Typical".
 */
public final class ArchetypeNamer {
    static final String SEPARATOR = " · ";
    static final String TYPICAL = "Typical";
    private static final int MAX_LENGTH = 48;

    private ArchetypeNamer() { }

    /** One name per cluster, in cluster order, all different. */
    public static List<String> draft(List<List<DistinctiveFeature>> perCluster) {
        int k = perCluster.size();
        List<String> names = new ArrayList<>(k);
        for (List<DistinctiveFeature> d : perCluster) names.add(nameFrom(d, 2));
        List<String> twoPart = List.copyOf(names);
        for (int c = 0; c < k; c++) {
            if (isRepeated(twoPart, c)) names.set(c, nameFrom(perCluster.get(c), 3));
        }
        return makeUnique(names);
    }

    /** Distinct names: later repeats get " (2)", " (3)" in cluster order. Blank names become "Cluster N". */
    public static List<String> makeUnique(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        Set<String> taken = new LinkedHashSet<>();
        Map<String, Integer> next = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String base = names.get(c) == null || names.get(c).isBlank() ? "Cluster " + (c + 1) : names.get(c).strip();
            String name = base;
            while (!taken.add(name.toLowerCase(java.util.Locale.ROOT))) {
                int n = next.merge(base, 1, Integer::sum) + 1;
                name = base + " (" + n + ")";
            }
            out.add(name);
        }
        return out;
    }

    private static boolean isRepeated(List<String> names, int c) {
        for (int o = 0; o < names.size(); o++) {
            if (o != c && names.get(o).equalsIgnoreCase(names.get(c))) return true;
        }
        return false;
    }

    /** A name from the first {@code parts} distinctive features. */
    static String nameFrom(List<DistinctiveFeature> distinctive, int parts) {
        List<String> levels = new ArrayList<>();
        List<String> loved = new ArrayList<>();
        List<String> high = new ArrayList<>();
        List<String> low = new ArrayList<>();
        List<String> early = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (DistinctiveFeature d : distinctive.subList(0, Math.min(parts, distinctive.size()))) {
            FeatureContrast f = d.feature();
            if (f.isLevel()) {
                levels.add(levelName(f));
            } else if (f.kind() == FeatureContrast.Kind.DATE) {
                (d.isAbove() ? late : early).add(pretty(f.sourceColumn()));
            } else if (f.isFlag() && d.isAbove()) {
                loved.add(pretty(f.sourceColumn()));
            } else if (d.isAbove()) {
                high.add(pretty(f.sourceColumn()));
            } else {
                low.add(pretty(f.sourceColumn()));
            }
        }
        List<String> segments = new ArrayList<>(levels);
        if (!loved.isEmpty()) segments.add(String.join(" & ", loved) + " lovers");
        if (!high.isEmpty()) segments.add("High " + String.join(", ", high));
        if (!low.isEmpty()) segments.add("Low " + String.join(", ", low));
        if (!early.isEmpty()) segments.add("Early " + String.join(", ", early));
        if (!late.isEmpty()) segments.add("Late " + String.join(", ", late));
        if (segments.isEmpty()) return TYPICAL;
        String name = String.join(SEPARATOR, segments);
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1).strip() + "…";
    }

    private static String levelName(FeatureContrast f) {
        String level = f.level().strip();
        boolean bare = level.isEmpty() || level.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '-');
        return bare ? pretty(f.sourceColumn()) + " " + level : pretty(level);
    }

    /** "Detergents_Paper" → "Detergents Paper": column names read as words. */
    static String pretty(String column) {
        String s = column.replace('_', ' ').strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? column : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
