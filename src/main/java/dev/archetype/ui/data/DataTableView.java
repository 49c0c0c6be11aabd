package dev.archetype.ui.data;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.ui.common.Formats;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A virtualized table over a columnar Dataset. Items are row indices ({@link RowIndexList}); each visible
 * cell reads its Column on demand. Headers carry a type badge with a tooltip; clicking a header sorts
 * through the ViewModel (in the background for big tables).
 */
public final class DataTableView extends TableView<Integer> {
    private final DataTableViewModel viewModel;
    private final RowIndexList rows = new RowIndexList();
    private final List<TableColumn<Integer, ?>> leading = new ArrayList<>();

    public DataTableView(DataTableViewModel viewModel) {
        super();
        this.viewModel = viewModel;
        setId("data-table");
        getStyleClass().add("data-table");
        var css = DataTableView.class.getResource("data-table.css");
        if (css != null) getStylesheets().add(css.toExternalForm());
        setItems(rows);
        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setSortPolicy(table -> {
            viewModel.sort(currentSortKeys());
            return true;
        });
        viewModel.datasetProperty().addListener((obs, old, data) -> show(data));
        viewModel.rowOrderProperty().addListener((obs, old, order) -> showOrder(order));
        viewModel.sortResetsProperty().addListener((obs, old, n) -> getSortOrder().clear());
        show(viewModel.datasetProperty().get());
    }

    public DataTableViewModel viewModel() {
        return viewModel;
    }

    /**
     * Columns shown right after the row number, before the data columns (e.g. Cluster, Archetype, Distance);
     * an empty list removes them. They stay when the rows are re-sorted or filtered.
     */
    public void setLeadingColumns(List<? extends TableColumn<Integer, ?>> columns) {
        getColumns().removeAll(leading);
        leading.clear();
        leading.addAll(columns);
        if (!getColumns().isEmpty()) getColumns().addAll(1, leading);
    }

    private List<SortKey> currentSortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<Integer, ?> c : getSortOrder()) {
            if (c.getUserData() instanceof Integer index) {
                keys.add(new SortKey(index, c.getSortType() == TableColumn.SortType.ASCENDING));
            }
        }
        return keys;
    }

    private void show(Dataset data) {
        getSortOrder().clear();
        getColumns().clear();
        rows.reset(0);
        shownData = null;
        if (data == null) return;
        getColumns().add(rowNumberColumn());
        getColumns().addAll(leading);
        for (int i = 0; i < data.columnCount(); i++) getColumns().add(dataColumn(data.column(i), i));
        rows.show(data.rowCount(), viewModel.rowOrderProperty().get());
        shownData = data;
        shownRowSet = viewModel.rowSetVersion();
    }

    private Dataset shownData;
    private int shownRowSet = -1;

    /** A sort re-orders the rows in place (selection follows); a filter or new data replaces them. */
    private void showOrder(int[] order) {
        Dataset data = viewModel.datasetProperty().get();
        if (data == null || data != shownData) return; // new data: show(data) builds columns and rows together
        if (shownRowSet == viewModel.rowSetVersion()) {
            rows.setOrder(order);
        } else {
            rows.show(data.rowCount(), order);
            shownRowSet = viewModel.rowSetVersion();
        }
    }

    private TableColumn<Integer, String> rowNumberColumn() {
        TableColumn<Integer, String> c = new TableColumn<>("#");
        c.setId("row-number-column");
        c.getStyleClass().add("row-number-column");
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(64);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Formats.count(cd.getValue() + 1L)));
        return c;
    }

    private TableColumn<Integer, String> dataColumn(Column column, int index) {
        TableColumn<Integer, String> c = new TableColumn<>(column.name());
        c.setUserData(index);
        c.getStyleClass().add("data-column");
        ColumnType type = column.type();
        c.setGraphic(badge(column));
        IntFunction<String> text = CellText.of(column);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setCellFactory(col -> new DataCell());
        if (column instanceof NumericColumn && type != ColumnType.IDENTIFIER) c.getStyleClass().add("numeric-column");
        c.setPrefWidth(Math.max(90, Math.min(260, 9 * column.name().length() + 70)));
        return c;
    }

    private static Label badge(Column column) {
        ColumnType type = column.type();
        Label badge = new Label(TypeBadges.badge(type));
        badge.getStyleClass().addAll("type-badge", TypeBadges.styleClass(type));
        badge.setUserData(type);
        Tooltip tip = new Tooltip(column.name() + "\n" + TypeBadges.explanation(type)
                + "\nMissing: " + Formats.count(column.missingCount()));
        tip.setShowDelay(Duration.millis(300));
        badge.setTooltip(tip);
        return badge;
    }
}
