package dev.archetype.ui.workbench;

import dev.archetype.ui.data.DataTableView;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the clustering into the data table: Cluster, Archetype and Distance columns read on demand from
 * the workbench (no per-row objects), and a bar above the table to show one cluster's members.
 */
public final class ClusterTableColumns {
    private final WorkbenchViewModel vm;
    private final DataTableView table;
    private final ComboBox<Integer> filter = new ComboBox<>();
    private final Label count = new Label();
    private final HBox bar;
    private boolean syncing;

    public ClusterTableColumns(WorkbenchViewModel vm, DataTableView table) {
        this.vm = vm;
        this.table = table;
        filter.setId("cluster-filter");
        filter.setConverter(new StringConverter<>() {
            @Override public String toString(Integer c) { return c == null || c < 0 ? "All rows" : label(c); }
            @Override public Integer fromString(String s) { return null; }
        });
        filter.setTooltip(new Tooltip("Show only the customers of one cluster."));
        filter.valueProperty().addListener((o, a, c) -> {
            if (!syncing && c != null) vm.showCluster(c);
        });
        count.setId("cluster-filter-count");
        count.getStyleClass().add("hint");
        Button all = new Button("Show _all rows");
        all.setId("cluster-filter-clear");
        all.setOnAction(e -> vm.showCluster(-1));
        all.disableProperty().bind(vm.clusterFilterProperty().lessThan(0));
        Label label = new Label("Cl_uster:");
        label.setMnemonicParsing(true);
        label.setLabelFor(filter);
        bar = new HBox(8, label, filter, all, count);
        bar.setId("cluster-filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(vm.currentProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());

        vm.currentProperty().addListener((o, a, run) -> {
            table.setLeadingColumns(run == null ? List.of() : columns());
            refreshChoices();
            applyFilter();
        });
        vm.names().addListener((ListChangeListener<String>) c -> {
            refreshChoices();
            table.refresh();
        });
        vm.clusterFilterProperty().addListener((o, a, c) -> applyFilter());
    }

    /** The bar to put above the table. */
    public HBox bar() { return bar; }

    private String label(int cluster) {
        String name = cluster < vm.names().size() ? vm.names().get(cluster) : "";
        return (cluster + 1) + " · " + name;
    }

    private void refreshChoices() {
        syncing = true;
        try {
            List<Integer> items = new ArrayList<>();
            items.add(-1);
            for (int c = 0; c < vm.names().size(); c++) items.add(c);
            filter.getItems().setAll(items);
            filter.setValue(vm.clusterFilterProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void applyFilter() {
        int c = vm.clusterFilterProperty().get();
        ClusterRun run = vm.currentProperty().get();
        int[] members = c < 0 || run == null ? null : vm.rowsOfCluster(c);
        if (table.viewModel().datasetProperty().get() != null) table.viewModel().setRowFilter(members);
        syncing = true;
        filter.setValue(c);
        syncing = false;
        if (run == null) {
            count.setText("");
        } else {
            int total = run.data().rowCount();
            count.setText(members == null ? Formats.count(total) + " rows"
                    : "Showing " + Formats.count(members.length) + " of " + Formats.count(total) + " rows");
        }
    }

    private List<TableColumn<Integer, ?>> columns() {
        TableColumn<Integer, Integer> cluster = new TableColumn<>("Cluster");
        cluster.setId("cluster-column");
        cluster.setSortable(false);
        cluster.setPrefWidth(80);
        cluster.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(vm.clusterOfRow(cd.getValue())));
        cluster.setCellFactory(c -> new TableCell<>() {
            private final Circle dot = new Circle(5);

            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null || v < 0) {
                    setText(empty ? null : "–");
                    setGraphic(null);
                    return;
                }
                dot.setFill(Palette.cluster(v));
                setGraphic(dot);
                setText(Integer.toString(v + 1));
            }
        });
        TableColumn<Integer, String> archetype = new TableColumn<>("Archetype");
        archetype.setId("archetype-column");
        archetype.setSortable(false);
        archetype.setPrefWidth(230);
        archetype.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(vm.archetypeOfRow(cd.getValue())));
        TableColumn<Integer, String> distance = new TableColumn<>("Distance");
        distance.setId("distance-column");
        distance.setSortable(false);
        distance.setPrefWidth(90);
        distance.getStyleClass().add("numeric-column"); // right-aligned by the data table's stylesheet
        Label head = new Label("Distance");
        head.setTooltip(new Tooltip("How far the customer sits from its cluster centre, in the scaled feature space; large means atypical."));
        distance.setText("");
        distance.setGraphic(head);
        distance.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(Formats.value(vm.distanceOfRow(cd.getValue()))));
        return List.of(cluster, archetype, distance);
    }
}
