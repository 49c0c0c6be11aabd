package dev.archetype.ui.workbench;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One column of the data as the feature picker offers it: its type, whether it can be a feature at all,
 * whether it is picked, and — when it starts unpicked — why.
 */
public final class FeatureChoice {
    private final String name;
    private final ColumnType type;
    private final boolean pickable;
    private final boolean numeric;
    private final boolean zeroOne;
    private final String whyNot;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    private FeatureChoice(String name, ColumnType type, boolean pickable, boolean numeric, boolean zeroOne, String whyNot,
                          boolean selected) {
        this.name = name;
        this.type = type;
        this.pickable = pickable;
        this.numeric = numeric;
        this.zeroOne = zeroOne;
        this.whyNot = whyNot;
        this.selected.set(selected);
    }

    /** The choice for a column with its default: measurements picked; identifiers, constants, text and categories not. */
    public static FeatureChoice of(Column column) {
        ColumnType type = column.type();
        boolean pickable = !(column instanceof TextColumn);
        boolean numeric = column instanceof NumericColumn && type != ColumnType.IDENTIFIER && type != ColumnType.CONSTANT;
        boolean zeroOne = column instanceof NumericColumn n && n.isZeroOne();
        String why = switch (type) {
            case IDENTIFIER -> "Unchecked: nearly every value is different, so it identifies rows rather than describing them.";
            case CONSTANT -> "Unchecked: every row has the same value, so it cannot separate clusters.";
            case TEXT -> "Free text cannot be a clustering feature.";
            case CATEGORICAL -> "Unchecked by default; pick it to one-hot encode its levels (weighted to count as one feature).";
            case DATE -> "Unchecked by default; pick it to cluster on the date as a number.";
            default -> "";
        };
        if (column instanceof CategoricalColumn && type != ColumnType.CATEGORICAL && why.isEmpty()) {
            why = "Pick it to one-hot encode its levels.";
        }
        if (column instanceof CategoricalColumn cat && cat.readAs() != null) {
            why = "Whole numbers " + cat.readAs() + ". Unchecked by default; pick it to one-hot encode its codes.";
        }
        boolean byDefault = pickable && type.isDefaultFeature();
        return new FeatureChoice(column.name(), type, pickable, numeric, zeroOne, why, byDefault);
    }


    public String name() { return name; }

    public ColumnType type() { return type; }

    /** Whether the column can be a feature at all (text cannot). */
    public boolean pickable() { return pickable; }

    /** A numeric measurement (not an identifier or constant): what "All numeric" picks. */
    public boolean numeric() { return numeric; }

    /** Whether every present value is 0 or 1 (a purchase flag). */
    public boolean zeroOne() { return zeroOne; }

    /** Why the column starts unpicked, or "" when it starts picked. */
    public String whyNot() { return whyNot; }

    public BooleanProperty selectedProperty() { return selected; }

    public boolean isSelected() { return selected.get(); }

    public void setSelected(boolean value) {
        if (pickable) selected.set(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
