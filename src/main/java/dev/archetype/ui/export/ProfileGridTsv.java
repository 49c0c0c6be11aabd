package dev.archetype.ui.export;

import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.ui.workbench.Formats;

import java.util.List;

/**
 * The profile grid as tab-separated text for the clipboard: a header row (Feature, Overall, then each
 * archetype's name) and one row per feature with the values as the grid shows them, in original units
 * (shares as percentages). A value the grid shows as "–" (a cluster without values) is an empty cell, so a
 * spreadsheet reads it as blank. Plain Java, no JavaFX; stateless.
 */
public final class ProfileGridTsv {
    private ProfileGridTsv() { }

    /**
     * @param names    the archetype names in cluster order (the header after Feature and Overall)
     * @param features the feature rows in the order to copy (e.g. the grid's current sort order)
     * @return lines separated by '\n', ending with '\n'
     */
    public static String build(List<String> names, List<FeatureContrast> features) {
        return build(names, features, List.of());
    }

    /**
     * As {@link #build(List, List)}, followed by the item-attribute roll-up of pivoted purchases (a section
     * title row, then "Varietal = Pinot Noir" shares as percentages and numeric attributes as means).
     */
    public static String build(List<String> names, List<FeatureContrast> features, List<RollupGridRow> attributes) {
        StringBuilder sb = new StringBuilder();
        sb.append("Feature\tOverall");
        for (String n : names) sb.append('\t').append(clean(n));
        sb.append('\n');
        for (FeatureContrast f : features) {
            sb.append(clean(label(f))).append('\t').append(cell(f, f.overall()));
            for (int c = 0; c < names.size(); c++) sb.append('\t').append(c < f.k() ? cell(f, f.mean(c)) : "");
            sb.append('\n');
        }
        if (!attributes.isEmpty()) sb.append("Item attributes\n");
        for (RollupGridRow r : attributes) {
            sb.append(clean(r.label())).append('\t').append(cell(r, r.overall()));
            double[] v = r.clusters();
            for (int c = 0; c < names.size(); c++) sb.append('\t').append(c < v.length ? cell(r, v[c]) : "");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(RollupGridRow r, double v) {
        if (Double.isNaN(v)) return "";
        return r.isShare() ? Formats.percent(v) : Formats.value(v, r.overall());
    }

    /** The row label as the grid shows it ("Channel = Retail (share)"). */
    static String label(FeatureContrast f) {
        return f.name() + f.kind().labelSuffix();
    }

    /** A value as the grid shows it, "" when missing. */
    static String cell(FeatureContrast f, double v) {
        if (Double.isNaN(v)) return "";
        return f.kind().isPercent() ? Formats.percent(v) : Formats.value(v, f.overall());
    }

    /** Tabs and line breaks inside a name would break the grid apart; they become spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
