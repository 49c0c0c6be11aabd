package dev.archetype.ui.workbench.profile;

import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.RollupGridRow;

/**
 * One row of the profile grid: the pinned "What sets it apart" row, one feature's contrast, or, for data
 * pivoted from transactions, a section title or one row of the item-attribute roll-up.
 *
 * @param feature   the feature's contrast; null for the other kinds
 * @param attribute the roll-up row (a level's share of purchases or an attribute's mean); null for the other kinds
 * @param section   a section title ("Attributes …"); null for the other kinds
 */
public record ProfileRow(FeatureContrast feature, RollupGridRow attribute, String section) {
    /** The pinned first row. */
    public static final ProfileRow APART = new ProfileRow(null, null, null);

    public ProfileRow(FeatureContrast feature) {
        this(feature, null, null);
    }

    public static ProfileRow attribute(RollupGridRow row) {
        return new ProfileRow(null, row, null);
    }

    public static ProfileRow section(String title) {
        return new ProfileRow(null, null, title);
    }

    public boolean isApart() {
        return feature == null && attribute == null && section == null;
    }

    /** A row of the attributes section. */
    public boolean isAttribute() {
        return attribute != null;
    }

    /** A section title row. */
    public boolean isSection() {
        return section != null;
    }

    /** A feature row (the rows the grid sorts). */
    public boolean isFeature() {
        return feature != null;
    }
}
