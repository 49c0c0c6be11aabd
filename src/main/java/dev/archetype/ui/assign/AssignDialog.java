package dev.archetype.ui.assign;

import dev.archetype.core.analysis.ScoredResult;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Shows an assignment of new customers: how many went to each archetype, what to know (unseen values, rows left
 * out), and the labeled rows (or only the unusual ones), with the export buttons. Builds nodes only.
 */
public final class AssignDialog {
    private AssignDialog() { }

    /**
     * @param export called with the result and true for a workbook, false for CSV
     */
    public static Dialog<Void> create(Window owner, ScoredResult s, BiConsumer<ScoredResult, Boolean> export) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Assign new customers");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("assign-dialog");
        if (owner != null && owner.getScene() != null) dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        Label summary = new Label(AssignViewModel.summary(s));
        summary.setId("assign-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("recommendation");

        TableView<AssignViewModel.Count> counts = new TableView<>();
        counts.setId("assign-counts");
        counts.getColumns().add(column("#", c -> Integer.toString(c.cluster()), 40));
        counts.getColumns().add(column("Archetype", AssignViewModel.Count::archetype, 280));
        counts.getColumns().add(column("Customers", c -> String.format(Locale.ROOT, "%,d", c.rows()), 100));
        counts.getColumns().add(column("Share", c -> dev.archetype.ui.workbench.Formats.percent(c.share()), 80));
        counts.getItems().setAll(AssignViewModel.counts(s));
        counts.setPrefHeight(Math.min(280, 44 + 26 * counts.getItems().size()));
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label notes = new Label(String.join("\n", s.notes()));
        notes.setId("assign-notes");
        notes.setWrapText(true);
        notes.setMaxWidth(Double.MAX_VALUE);
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.getStyleClass().add("disagreement");
        notes.setVisible(!s.notes().isEmpty());
        notes.setManaged(!s.notes().isEmpty());

        TableView<AssignViewModel.ScoredRow> rows = new TableView<>();
        rows.setId("assign-rows");
        rows.getColumns().add(column("Row", r -> Integer.toString(r.row()), 60));
        rows.getColumns().add(column(s.customerIds() != null ? "Customer" : s.opened().dataset().columnCount() == 0 ? "" :
                s.opened().dataset().column(0).name(), AssignViewModel.ScoredRow::customer, 160));
        rows.getColumns().add(column("Archetype", AssignViewModel.ScoredRow::archetype, 240));
        rows.getColumns().add(column("Distance", r -> Double.isNaN(r.distance()) ? "—" : String.format(Locale.ROOT, "%.3f", r.distance()), 90));
        rows.getColumns().add(column("Unusual", r -> r.unusual() ? "yes" : "", 70));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CheckBox unusualOnly = new CheckBox("Only unusual rows");
        unusualOnly.setId("assign-unusual-only");
        unusualOnly.selectedProperty().addListener((o, a, only) -> rows.getItems().setAll(AssignViewModel.rows(s, only)));
        rows.getItems().setAll(AssignViewModel.rows(s, false));
        VBox.setVgrow(rows, Priority.ALWAYS);

        Button excel = new Button("Export to Excel…");
        excel.setId("assign-export-excel");
        excel.setOnAction(e -> export.accept(s, true));
        Button csv = new Button("Export CSV…");
        csv.setId("assign-export-csv");
        csv.setOnAction(e -> export.accept(s, false));
        HBox actions = new HBox(8, unusualOnly, new javafx.scene.layout.Region(), excel, csv);
        HBox.setHgrow(actions.getChildren().get(1), Priority.ALWAYS);

        VBox content = new VBox(8, summary, counts, notes, actions, rows);
        content.setPadding(new Insets(4));
        content.setPrefSize(760, 600);
        content.setFillWidth(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
