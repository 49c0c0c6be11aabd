package dev.archetype.core.transactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts archetype names from attribute lifts: "Pinot Noir lovers", "small quantities (≤ 12 kg)",
 * "bulk buyers (72 kg+)". Names are unique across clusters: the cluster with the most striking lift picks
 * first, the others take their next-best phrase.
 */
final class RollupNamer {
    /** A level must make up this share of the group's purchases and be this many times as common as overall. */
    static final double MIN_SHARE = 0.25;
    static final double MIN_LIFT = 1.5;
    /** A mean must sit this many overall standard deviations from the overall mean. */
    static final double MIN_MEAN_SCORE = 0.4;

    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^)\\]]{1,12})\\s*[)\\]]\\s*$");
    private static final Pattern QUANTITY = Pattern.compile("(?i)(qty|quantit|volume|units|size|weight|kg|litre|liter|cases|min)");
    private static final Pattern DISCOUNT = Pattern.compile("(?i)(discount|rebate|off\\b|markdown|saving)");
    private static final Pattern PRICE = Pattern.compile("(?i)(price|cost|spend|amount|value|revenue)");
    private static final Pattern TIME = Pattern.compile("(?i)(campaign|month|season|quarter|week|day|year|period|date)");
    /** A grouping of items (a category, a department): its members are "Technology buyers", not "Technology lovers". */
    private static final Pattern GROUPING = Pattern.compile("(?i)(categor|department|dept|class|family|group|division|segment|range|\\bline\\b|\\btype\\b|kind)");
    private static final Pattern PLACE = Pattern.compile("(?i)(origin|country|region|state|city|from|provenance)");

    /** The name of a cluster no attribute sets apart. */
    static final String FALLBACK = "broad tastes";

    private RollupNamer() {
    }

    /** Below the naming bar, a lift this strong still shows a leaning worth listing (and naming, failing better). */
    static final double MIN_LEANING_SCORE = 0.2;
    static final double MIN_LEANING_SHARE = 0.1;

    /** Whether a lift is strong enough to name a cluster after. */
    static boolean isTelling(AttributeLift lift) {
        if (lift instanceof AttributeLift.Level l) return l.share() >= MIN_SHARE && l.lift() >= MIN_LIFT;
        return Math.abs(lift.score()) >= MIN_MEAN_SCORE;
    }

    /** Whether a lift is worth listing: telling, or a clear leaning (never "buys less Malbec"). */
    static boolean isShown(AttributeLift lift) {
        if (isTelling(lift)) return true;
        if (lift instanceof AttributeLift.Level l) {
            return l.lift() > 1 && l.score() >= MIN_LEANING_SCORE && l.share() >= MIN_LEANING_SHARE;
        }
        return Math.abs(lift.score()) >= MIN_LEANING_SCORE;
    }

    static List<String> names(List<List<AttributeLift>> ranked) {
        int k = ranked.size();
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) order[c] = c;
        Arrays.sort(order, (a, b) -> Double.compare(topScore(ranked.get(b)), topScore(ranked.get(a))));
        String[] names = new String[k];
        Set<String> taken = new HashSet<>();
        // Strong lifts first for every cluster, so a leaning never takes a name another cluster is known by.
        for (int c : order) names[c] = pick(ranked.get(c), taken, true);
        for (int c : order) if (names[c] == null) names[c] = pick(ranked.get(c), taken, false);
        for (int c = 0; c < k; c++) {
            if (names[c] != null) continue;
            String chosen = FALLBACK;
            for (int n = 2; !taken.add(chosen.toLowerCase(Locale.ROOT)); n++) chosen = FALLBACK + " " + n;
            names[c] = chosen;
        }
        return List.of(names);
    }

    private static String pick(List<AttributeLift> lifts, Set<String> taken, boolean strict) {
        for (AttributeLift l : lifts) {
            if (strict ? !isTelling(l) : !isShown(l)) continue;
            String phrase = phrase(l);
            if (taken.add(phrase.toLowerCase(Locale.ROOT))) return phrase;
        }
        return null;
    }

    private static double topScore(List<AttributeLift> lifts) {
        for (AttributeLift l : lifts) if (isTelling(l)) return Math.abs(l.score());
        return 0;
    }

    static String phrase(AttributeLift lift) {
        if (lift instanceof AttributeLift.Level l) return levelPhrase(l);
        return meanPhrase((AttributeLift.Mean) lift);
    }

    private static String levelPhrase(AttributeLift.Level l) {
        String attr = l.attribute().strip();
        if (isFlagLevel(l.level())) {
            return ItemAttribute.isYes(l.level()) ? attr + " buyers" : "no " + attr;
        }
        if (TIME.matcher(attr).find()) return l.level() + " " + stripUnit(attr)[0].toLowerCase(Locale.ROOT);
        if (PLACE.matcher(attr).find()) return "from " + l.level();
        if (GROUPING.matcher(attr).find()) return l.level() + " buyers";
        return l.level() + " lovers";
    }

    private static boolean isFlagLevel(String level) {
        return Set.of("true", "false", "yes", "no", "y", "n").contains(level.strip().toLowerCase(Locale.ROOT));
    }

    private static String meanPhrase(AttributeLift.Mean m) {
        String[] nameUnit = stripUnit(m.attribute());
        String base = nameUnit[0];
        String unit = nameUnit[1];
        boolean high = m.score() > 0;
        // A bound on the wrong side of the overall mean would contradict the words, so leave it out.
        boolean separates = high ? m.high() > m.overallMean() : m.low() < m.overallMean();
        String bound = !separates ? "" : high ? " (" + amount(m.high(), unit) + "+)" : " (≤ " + amount(m.low(), unit) + ")";
        String words;
        if (DISCOUNT.matcher(base).find()) words = high ? "big discounts" : "small discounts";
        else if (QUANTITY.matcher(base).find() || "kg".equalsIgnoreCase(unit)) words = high ? "bulk buyers" : "small quantities";
        else if (PRICE.matcher(base).find()) words = high ? "premium" : "budget";
        else words = (high ? "high " : "low ") + base.toLowerCase(Locale.ROOT);
        return words + bound;
    }

    private static String amount(double v, String unit) {
        String n = AttributeLift.number(v);
        if (unit.isEmpty()) return n;
        return unit.equals("%") ? n + "%" : n + " " + unit;
    }

    /** "Minimum Qty (kg)" → {"Minimum Qty", "kg"}; "Discount (%)" → {"Discount", "%"}. */
    static String[] stripUnit(String attribute) {
        Matcher m = UNIT.matcher(attribute.strip());
        if (m.matches()) return new String[] {m.group(1).strip(), m.group(2).strip()};
        return new String[] {attribute.strip(), ""};
    }
}
