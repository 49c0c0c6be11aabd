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
    /** The name of a cluster nothing sets apart. */
    public static final String TYPICAL = "Typical";
    /** Names stay this short, so they read at a glance and fit a grid header. */
    static final int MAX_LENGTH = 40;
    /** Abbreviations common in customer exports, read as words ("AcceptedCmp5" → "Accepted Campaign 5"). */
    private static final Map<String, String> WORDS = Map.of("cmp", "Campaign", "qty", "Quantity", "amt", "Amount",
            "avg", "Average", "pct", "Percent", "num", "", "nr", "", "mnt", "");

    private ArchetypeNamer() { }

    /** One name per cluster, in cluster order, all different; 0/1 columns read as flags, not purchases. */
    public static List<String> draft(List<List<DistinctiveFeature>> perCluster) {
        return draft(perCluster, false);
    }

    /**
     * One name per cluster, in cluster order, all different and at most {@value #MAX_LENGTH} characters.
     *
     * @param purchases whether 0/1 columns are items of a purchase pivot ("Pinot Noir lovers"); otherwise a flag
     *                  reads with its share ("Complain (45% vs 1%)")
     */
    public static List<String> draft(List<List<DistinctiveFeature>> perCluster, boolean purchases) {
        int k = perCluster.size();
        List<String> names = new ArrayList<>(k);
        for (int c = 0; c < k; c++) names.add(fitted(perCluster.get(c), 2, c, purchases));
        List<String> twoPart = List.copyOf(names);
        for (int c = 0; c < k; c++) {
            if (isRepeated(twoPart, c)) names.set(c, fitted(perCluster.get(c), 3, c, purchases));
        }
        // still the same words as another (three parts did not fit): swap the second feature for the third
        List<String> threePart = List.copyOf(names);
        for (int c = 0; c < k; c++) {
            List<DistinctiveFeature> d = perCluster.get(c);
            if (isReordered(threePart, c) && d.size() >= 3) {
                List<DistinctiveFeature> other = new ArrayList<>(d);
                other.remove(1);
                names.set(c, fitted(other, 2, c, purchases));
            }
        }
        return makeUnique(names);
    }

    /** The name from up to {@code parts} features, dropping the last ones until it fits {@value #MAX_LENGTH} characters. */
    private static String fitted(List<DistinctiveFeature> d, int parts, int cluster, boolean purchases) {
        for (int p = parts; p >= 1; p--) {
            String name = nameFrom(d, p, cluster, purchases);
            if (name.length() <= MAX_LENGTH) return name;
        }
        String one = nameFrom(d, 1, cluster, purchases);
        int cut = one.lastIndexOf(' ', MAX_LENGTH - 1);
        return one.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).strip() + "…";
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

    /** Whether another name has the same words, in any order ("High Grocery, Detergents" and "High Detergents, Grocery"). */
    private static boolean isRepeated(List<String> names, int c) {
        Set<String> mine = words(names.get(c));
        for (int o = 0; o < names.size(); o++) {
            if (o != c && words(names.get(o)).equals(mine)) return true;
        }
        return false;
    }

    /** Whether another name has the same words in another order (an identical name gets " (2)" instead). */
    private static boolean isReordered(List<String> names, int c) {
        Set<String> mine = words(names.get(c));
        for (int o = 0; o < names.size(); o++) {
            if (o != c && !names.get(o).equalsIgnoreCase(names.get(c)) && words(names.get(o)).equals(mine)) return true;
        }
        return false;
    }

    private static Set<String> words(String name) {
        Set<String> out = new java.util.TreeSet<>();
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** A name from the first {@code parts} distinctive features (tests; 0/1 columns as purchases). */
    static String nameFrom(List<DistinctiveFeature> distinctive, int parts) {
        return nameFrom(distinctive, parts, 0, true);
    }

    static String nameFrom(List<DistinctiveFeature> distinctive, int parts, int cluster, boolean purchases) {
        List<String> levels = new ArrayList<>();
        List<String> loved = new ArrayList<>();
        List<String> bought = new ArrayList<>();
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
            } else if (f.kind() == FeatureContrast.Kind.PROPORTION && d.isAbove()) {
                // a larger share of the customer's spend: "Tables buyers", never "High Tables"
                bought.add(pretty(f.sourceColumn()));
            } else if (f.isFlag() && d.isAbove() && purchases) {
                loved.add(pretty(f.sourceColumn()));
            } else if (f.isFlag() && d.isAbove()) {
                // a flag that is not a purchase: "Complain (45% vs 1%)", never "Complain lovers"
                levels.add(pretty(f.sourceColumn()) + " (" + NumberText.percent(f.mean(Math.min(cluster, f.k() - 1))) + " vs "
                        + NumberText.percent(f.overall()) + ")");
            } else if (d.isAbove()) {
                high.add(pretty(f.sourceColumn()));
            } else {
                low.add(pretty(f.sourceColumn()));
            }
        }
        List<String> segments = new ArrayList<>(levels);
        if (!loved.isEmpty()) segments.add(String.join(" & ", loved) + " lovers");
        if (!bought.isEmpty()) segments.add(String.join(" & ", bought) + " buyers");
        if (!high.isEmpty()) segments.add("High " + String.join(", ", high));
        if (!low.isEmpty()) segments.add("Low " + String.join(", ", low));
        if (!early.isEmpty()) segments.add("Early " + String.join(", ", early));
        if (!late.isEmpty()) segments.add("Late " + String.join(", ", late));
        if (segments.isEmpty()) return TYPICAL;
        return String.join(SEPARATOR, segments);
    }

    private static String levelName(FeatureContrast f) {
        String level = f.level().strip();
        boolean bare = level.isEmpty() || level.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '-');
        return bare ? pretty(f.sourceColumn()) + " " + level : pretty(level);
    }

    /**
     * Column names read as words: "Detergents_Paper" → "Detergents Paper", "NumWebPurchases" → "Web Purchases",
     * "AcceptedCmp5" → "Accepted Campaign 5".
     */
    static String pretty(String column) {
        String spaced = column.replace('_', ' ')
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("([A-Za-z])([0-9])", "$1 $2")
                .strip();
        List<String> out = new ArrayList<>();
        String[] parts = spaced.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            String mapped = WORDS.get(w.toLowerCase(java.util.Locale.ROOT));
            if (mapped == null) out.add(w);
            else if (!mapped.isEmpty()) out.add(mapped);
            else if (parts.length == 1) out.add(w); // never read a name to nothing
        }
        String s = String.join(" ", out);
        return s.isEmpty() ? column : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
