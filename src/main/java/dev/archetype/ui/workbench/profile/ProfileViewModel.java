package dev.archetype.ui.workbench.profile;

import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.AttributeLift;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.ui.workbench.ClusterRun;
import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Profiles tab shows of the clustering on screen: its title, the feature rows and (for pivoted
 * purchases) the item-attribute rows, each archetype's pinned lines, the texts of every cell, and the names, with
 * the rename and show-in-table commands. Use on the FX thread.
 */
public final class ProfileViewModel {
    /** Section titles of a grid with an item-attribute roll-up. */
    public static final String ATTRIBUTES_SECTION = "Item attributes";
    public static final String FEATURES_SECTION = "Item columns";

    private final WorkbenchViewModel workbench;
    private final StringBinding title;

    public ProfileViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        title = Bindings.createStringBinding(() -> {
            ClusterRun run = workbench.currentProperty().get();
            if (run == null) return "";
            ClusterProfile p = run.profile();
            List<RollupGridRow> grid = workbench.rollupGrid();
            return p.k() + " archetypes of " + Formats.count(p.rows()) + " customers, " + p.features().size() + " profile rows"
                    + (grid.isEmpty() ? "" : " and " + grid.size() + " attribute rows");
        }, workbench.currentProperty());
    }

    public ReadOnlyObjectProperty<ClusterRun> currentProperty() { return workbench.currentProperty(); }

    /** "4 archetypes of 440 customers, 6 profile rows". */
    public StringBinding titleProperty() { return title; }

    public ObservableList<String> names() { return workbench.names(); }

    public AttributeRollup rollup() { return workbench.rollup(); }

    /** The attribute section's rows, between their section titles; empty without a roll-up. */
    public List<ProfileRow> attributeRows() {
        List<RollupGridRow> grid = workbench.rollupGrid();
        List<ProfileRow> rows = new ArrayList<>();
        if (!grid.isEmpty()) {
            rows.add(ProfileRow.section(ATTRIBUTES_SECTION));
            for (RollupGridRow r : grid) rows.add(ProfileRow.attribute(r));
            rows.add(ProfileRow.section(FEATURES_SECTION));
        }
        return rows;
    }

    /** The pinned lines under an archetype's name: its strongest attribute lifts, or what sets it apart. */
    public List<String> pinnedLines(int cluster) {
        ClusterRun run = workbench.currentProperty().get();
        AttributeRollup rollup = workbench.rollup();
        return rollup == null ? run.profile().archetype(cluster).phrases() : rollupLines(rollup, cluster);
    }

    public void rename(int cluster, String name) { workbench.rename(cluster, name); }

    public void showCluster(int cluster) { workbench.showCluster(cluster); }

    /** A feature's value in its units: shares as percentages, means with the decimals the overall value calls for. */
    static String format(FeatureContrast f, double v) {
        return f.kind().isPercent() ? Formats.percent(v) : Formats.value(v, f.overall());
    }

    /** A feature's or an attribute row's value in its units (shares as percentages). */
    static String format(ProfileRow row, double v) {
        if (row.isAttribute()) {
            RollupGridRow r = row.attribute();
            return Double.isNaN(v) ? "–" : r.isShare() ? Formats.percent(v) : Formats.value(v, r.overall());
        }
        return format(row.feature(), v);
    }

    /** The first column's text: "Varietal: Pinot Noir", "Minimum Qty (kg), mean", a feature, or a section. */
    static String rowLabel(ProfileRow row) {
        if (row.isApart()) return "What sets it apart";
        if (row.isSection()) return row.section();
        if (row.isAttribute()) {
            RollupGridRow r = row.attribute();
            return r.isShare() ? r.attribute() + ": " + r.level() : r.attribute() + ", mean";
        }
        return row.feature().name() + row.feature().kind().labelSuffix();
    }

    /** The pinned row's lines for pivoted data: the cluster's strongest attribute lifts, "Pinot Noir: 86% vs 14%". */
    static List<String> rollupLines(AttributeRollup rollup, int cluster) {
        List<String> out = new ArrayList<>();
        for (AttributeLift l : rollup.strongest(cluster, 3)) {
            if (l instanceof AttributeLift.Level lv) {
                out.add(lv.attribute() + ": " + lv.level() + " " + Formats.percent(lv.share()) + " vs " + Formats.percent(lv.overallShare()));
            } else if (l instanceof AttributeLift.Mean m) {
                out.add(m.attribute() + ": mean " + Formats.value(m.mean(), m.overallMean()) + " vs " + Formats.value(m.overallMean(), m.overallMean()));
            }
        }
        return out;
    }
}
