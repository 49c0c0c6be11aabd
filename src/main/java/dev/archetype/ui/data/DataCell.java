package dev.archetype.ui.data;

import javafx.scene.control.TableCell;

/**
 * A data table cell. A missing value (null) shows a dimmed dash with the style class {@value #MISSING_CLASS},
 * so it cannot be mistaken for a text value that is empty.
 */
final class DataCell extends TableCell<Integer, String> {
    static final String MISSING_CLASS = "missing-cell";
    static final String MISSING_TEXT = "—";

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean missing = !empty && item == null;
        getStyleClass().remove(MISSING_CLASS);
        if (missing) getStyleClass().add(MISSING_CLASS);
        setText(empty ? null : missing ? MISSING_TEXT : item);
        setAccessibleText(missing ? "missing" : null);
    }
}
