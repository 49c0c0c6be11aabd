package dev.archetype.ui.importer;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.io.RaggedRows;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RowMix;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.data.DataTableViewModel;
import dev.archetype.ui.data.TypeBadges;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * The import dialog: settings on top, a live preview of the first rows with type badges, a per-column
 * "import as" choice, and the warnings. The Import button returns the chosen {@link ImportOptions}.
 */
public final class ImportDialog extends Dialog<ImportOptions> {
    /** The dialog's Import button. */
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final String DETECTED = "Detected";

    private final ImportDialogViewModel vm;
    private final DataTableViewModel previewTable;
    private final GridPane typeGrid = new GridPane();
    private final Label detected = new Label();

    public ImportDialog(Window owner, ImportDialogViewModel vm, BackgroundRunner runner) {
        this.vm = vm;
        this.previewTable = new DataTableViewModel(runner);
        initOwner(owner);
        setTitle("Import " + ImportCoordinator.name(vm.file()));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("import-dialog");
        getDialogPane().setId("import-dialog");
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Node importButton = getDialogPane().lookupButton(IMPORT);
        importButton.setId("import-button");
        importButton.disableProperty().bind(vm.canImportProperty().not());
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(980, 800);
        setResultConverter(b -> b == IMPORT ? vm.options() : null);
        if (owner != null && owner.getScene() != null) getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        setOnHidden(e -> vm.dispose());
        vm.previewProperty().addListener((obs, old, p) -> showPreview(p));
        showPreview(vm.previewProperty().get());
    }

    private Node content() {
        VBox box = new VBox(10, settings(), detected, transactionsSection(), rfmSection(), previewSection(), typesSection(), warningsSection());
        box.setPadding(new Insets(6, 0, 0, 0));
        detected.setId("import-detected");
        detected.getStyleClass().add("import-detected");
        return box;
    }

    private Node settings() {
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("import-sheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        sheet.disableProperty().bind(Bindings.isEmpty(vm.sheets()));
        sheet.setPromptText("(not a workbook)");

        ComboBox<HeaderChoice> header = new ComboBox<>();
        header.getItems().setAll(HeaderChoice.choices(20));
        header.setId("import-header");
        header.valueProperty().bindBidirectional(vm.headerProperty());

        ComboBox<Choice<Character>> delimiter = choiceBox("import-delimiter", Choice.DELIMITERS, vm.delimiterProperty());
        ComboBox<Choice<Charset>> encoding = choiceBox("import-encoding", Choice.ENCODINGS, vm.encodingProperty());
        delimiter.disableProperty().bind(Bindings.isNotEmpty(vm.sheets()));
        encoding.disableProperty().bind(Bindings.isNotEmpty(vm.sheets()));

        TextField missing = new TextField();
        missing.setId("import-missing");
        missing.setPromptText("NA, N/A, null, -, ?");
        missing.setText(vm.missingTokensProperty().get());
        // Apply on Enter or when leaving the field, not per keystroke: each change re-reads the file.
        missing.setOnAction(e -> vm.missingTokensProperty().set(missing.getText()));
        missing.focusedProperty().addListener((o, was, is) -> {
            if (!is) vm.missingTokensProperty().set(missing.getText());
        });
        missing.setTooltip(new Tooltip("Cell texts that mean \"no value\", separated by commas (blank cells always count)"));

        ComboBox<RaggedRows> ragged = new ComboBox<>();
        ragged.getItems().setAll(RaggedRows.values());
        ragged.setId("import-ragged");
        ragged.valueProperty().bindBidirectional(vm.raggedRowsProperty());
        ragged.setConverter(new StringConverter<>() {
            @Override public String toString(RaggedRows r) {
                return r == null ? "" : r == RaggedRows.PAD ? "Pad short rows with missing values" : "Skip rows with the wrong field count";
            }
            @Override public RaggedRows fromString(String s) { return null; }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Sheet"), sheet, new Label("Header row"), header);
        grid.addRow(1, new Label("Delimiter"), delimiter, new Label("Encoding"), encoding);
        grid.addRow(2, new Label("Missing values"), missing, new Label("Rows with too many or too few fields"), ragged);
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints(180, 220, Double.MAX_VALUE);
        field.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(label, field, label, field);
        for (Node n : List.of(sheet, header, delimiter, encoding, ragged)) ((ComboBox<?>) n).setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    /** Shown when the table looks like transactions: pivot to one row per customer, with item attributes. */
    private Node transactionsSection() {
        TransactionChoices tx = vm.transactions();
        Label title = new Label("Transactions");
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.setId("transactions-message");
        message.textProperty().bind(tx.messageProperty());
        CheckBox pivot = new CheckBox("Pivot to one row per customer");
        pivot.setId("transactions-pivot");
        pivot.selectedProperty().bindBidirectional(tx.pivotProperty());
        pivot.setTooltip(new Tooltip("Cluster customers by what they took: one row per customer, one column per item."));

        ComboBox<String> customer = new ComboBox<>(tx.columns());
        customer.setId("transactions-customer");
        customer.valueProperty().bindBidirectional(tx.customerColumnProperty());
        ComboBox<String> item = new ComboBox<>(tx.columns());
        item.setId("transactions-item");
        item.valueProperty().bindBidirectional(tx.itemColumnProperty());
        ComboBox<PivotValue> value = new ComboBox<>(tx.valueChoices());
        value.setId("transactions-value");
        value.valueProperty().bindBidirectional(tx.valueProperty());
        value.setConverter(new StringConverter<>() {
            @Override public String toString(PivotValue v) { return v == null ? "" : v.describe(); }
            @Override public PivotValue fromString(String s) { return null; }
        });

        ComboBox<RowMix> mix = new ComboBox<>(FXCollections.observableArrayList(RowMix.values()));
        mix.setId("transactions-mix");
        mix.valueProperty().bindBidirectional(tx.mixProperty());
        mix.disableProperty().bind(tx.mixAppliesProperty().not());
        mix.setConverter(new StringConverter<>() {
            @Override public String toString(RowMix m) {
                return m == null ? "" : m == RowMix.SHARE ? "Share of the customer's total" : "Raw amount";
            }
            @Override public RowMix fromString(String s) { return null; }
        });
        mix.setTooltip(new Tooltip("Shares group customers by what they buy (their mix); raw amounts group them by how much."));
        Label mixReason = new Label();
        mixReason.setId("transactions-mix-reason");
        mixReason.setWrapText(true);
        mixReason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        mixReason.setMaxWidth(Double.MAX_VALUE);
        mixReason.textProperty().bind(tx.mixReasonProperty());
        mixReason.visibleProperty().bind(tx.mixAppliesProperty());
        mixReason.managedProperty().bind(mixReason.visibleProperty());

        ComboBox<String> attributes = new ComboBox<>(tx.attributeChoices());
        attributes.setId("transactions-attributes");
        attributes.valueProperty().bindBidirectional(tx.attributesProperty());
        attributes.setConverter(new StringConverter<>() {
            @Override public String toString(String s) {
                if (s == null || TransactionChoices.NO_ATTRIBUTES.equals(s)) return "None";
                if (tx.sameSheetAttributes().contains(s)) return "Column: " + s;
                return vm.sheets().contains(s) ? "Sheet: " + s : "File: " + ImportCoordinator.name(java.nio.file.Path.of(s));
            }
            @Override public String fromString(String s) { return null; }
        });
        attributes.setTooltip(new Tooltip("What describes the items: a column of this sheet with one value per item "
                + "(a category), or a table with one row per item (another sheet or file), to describe each archetype by "
                + "what its members took: \"Pinot Noir: 86% of this group's purchases vs 14% overall\"."));
        Button file = new Button("File…");
        file.setId("transactions-attributes-file");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Item attributes");
            java.nio.file.Path folder = vm.file().toAbsolutePath().getParent();
            if (folder != null && java.nio.file.Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spreadsheets", "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls"));
            java.io.File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) tx.chooseAttributeFile(chosen.toPath());
        });
        ComboBox<String> key = new ComboBox<>(tx.attributeColumns());
        key.setId("transactions-attribute-key");
        key.valueProperty().bindBidirectional(tx.attributeKeyProperty());
        key.disableProperty().bind(Bindings.isEmpty(tx.attributeColumns()));

        Label problem = new Label();
        problem.setId("transactions-problem");
        problem.getStyleClass().add("import-error");
        problem.textProperty().bind(tx.problemProperty());
        problem.visibleProperty().bind(tx.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Customer column"), customer, new Label("Item column"), item);
        HBox attributeBox = new HBox(6, attributes, file);
        HBox.setHgrow(attributes, Priority.ALWAYS);
        grid.addRow(1, new Label("Cell value"), value, new Label("Item attributes"), attributeBox);
        grid.addRow(2, new Label("Each cell"), mix, new Label("Match items on"), key);
        grid.add(mixReason, 0, 3, 4, 1);
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints(180, 220, Double.MAX_VALUE);
        field.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(label, field, label, field);
        for (ComboBox<?> c : List.of(customer, item, value, mix, attributes, key)) c.setMaxWidth(Double.MAX_VALUE);
        grid.disableProperty().bind(pivot.selectedProperty().not());

        HBox head = new HBox(12, title, message);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(6, head, pivot, grid, problem);
        box.setId("transactions-section");
        box.getStyleClass().add("transactions-section");
        box.setPadding(new Insets(6, 8, 8, 8));
        box.setStyle("-fx-border-color: derive(-fx-accent, 40%); -fx-border-radius: 4; -fx-background-color: derive(-fx-accent, 92%); -fx-background-radius: 4;");
        box.visibleProperty().bind(tx.detectedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Shown when the table holds dated invoice lines: derive recency, frequency, monetary value and tenure per
     * customer, with what the cleaning of the whole file leaves out.
     */
    private Node rfmSection() {
        RfmChoices rfm = vm.rfm();
        Label title = new Label("RFM");
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.setId("rfm-message");
        message.textProperty().bind(rfm.messageProperty());
        CheckBox choice = new CheckBox(RfmChoices.LABEL);
        choice.setId("rfm-choice");
        choice.selectedProperty().bindBidirectional(rfm.chosenProperty());
        Tooltip tip = new Tooltip("One row per customer: days since the last purchase, invoices, money spent and days since the "
                + "first purchase, to cluster customers by how they buy. Archetypes are named as a marketer would "
                + "(Champions, Loyal, New, At risk, Lapsed…). Instead of the pivot.");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        choice.setTooltip(tip);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        Label counting = new Label("Counting the whole file…");
        counting.getStyleClass().add("hint");
        HBox countingRow = new HBox(6, busy, counting);
        countingRow.setAlignment(Pos.CENTER_LEFT);
        countingRow.visibleProperty().bind(rfm.countingProperty());
        countingRow.managedProperty().bind(countingRow.visibleProperty());

        VBox report = new VBox(2);
        report.setId("rfm-report");
        report.setPadding(new Insets(0, 0, 0, 24));
        Runnable showReport = () -> {
            report.getChildren().clear();
            for (String line : rfm.report()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap onto a second line rather than cut
                l.getStyleClass().add("rfm-report-line");
                report.getChildren().add(l);
            }
        };
        rfm.report().addListener((ListChangeListener<String>) c -> showReport.run());
        showReport.run();
        report.visibleProperty().bind(Bindings.isNotEmpty(rfm.report()).and(rfm.chosenProperty()));
        report.managedProperty().bind(report.visibleProperty());

        Label problem = new Label();
        problem.setId("rfm-problem");
        problem.getStyleClass().add("import-error");
        problem.setWrapText(true);
        problem.textProperty().bind(rfm.problemProperty());
        problem.visibleProperty().bind(rfm.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());

        HBox head = new HBox(12, title, message);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(6, head, choice, countingRow, report, problem);
        box.setId("rfm-section");
        box.getStyleClass().add("transactions-section");
        box.setPadding(new Insets(6, 8, 8, 8));
        box.setStyle("-fx-border-color: derive(-fx-accent, 40%); -fx-border-radius: 4; -fx-background-color: derive(-fx-accent, 92%); -fx-background-radius: 4;");
        box.visibleProperty().bind(rfm.detectedProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static <T> ComboBox<Choice<T>> choiceBox(String id, List<Choice<T>> choices,
                                                     javafx.beans.property.ObjectProperty<T> property) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Choice.with(choices, property.get()));
        box.setValue(Choice.find(box.getItems(), property.get()));
        box.valueProperty().addListener((o, old, c) -> property.set(c == null ? null : c.value()));
        return box;
    }

    private Node previewSection() {
        Label title = new Label("Preview (first " + ImportDialogViewModel.PREVIEW_ROWS + " rows)");
        title.getStyleClass().add("section-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.previewingProperty());
        Label error = new Label();
        error.setId("import-error");
        error.getStyleClass().add("import-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        DataTableView table = new DataTableView(previewTable);
        table.setId("import-preview");
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox head = new HBox(8, title, busy);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, error, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node typesSection() {
        Label title = new Label("Column types");
        title.getStyleClass().add("section-title");
        typeGrid.setId("import-types");
        typeGrid.setHgap(10);
        typeGrid.setVgap(4);
        typeGrid.setPadding(new Insets(4, 8, 4, 8));
        ScrollPane scroll = new ScrollPane(typeGrid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(120);
        return new VBox(6, title, scroll);
    }

    private Node warningsSection() {
        Label title = new Label("Warnings");
        title.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>(vm.warnings());
        list.setId("import-warnings");
        list.setPrefHeight(70);
        list.getStyleClass().add("import-warning");
        list.setCellFactory(v -> new WrappingCell(v));
        VBox box = new VBox(6, title, list);
        Runnable update = () -> {
            box.setVisible(!vm.warnings().isEmpty());
            box.setManaged(!vm.warnings().isEmpty());
        };
        vm.warnings().addListener((ListChangeListener<String>) c -> update.run());
        update.run();
        return box;
    }

    private void showPreview(ImportPreview p) {
        previewTable.datasetProperty().set(p == null ? null : p.dataset());
        detected.setText(p == null ? "" : describe(p));
        typeGrid.getChildren().clear();
        if (p == null) return;
        Dataset data = p.dataset();
        typeGrid.addRow(0, bold("Column"), bold("Detected"), bold("Import as"));
        for (int i = 0; i < data.columnCount(); i++) {
            Column column = data.column(i);
            String name = column.name();
            ColumnType chosen = vm.typeOverrides().get(name);
            Label badge = new Label(TypeBadges.badge(column.type()));
            badge.getStyleClass().addAll("type-badge", TypeBadges.styleClass(column.type()));
            badge.setTooltip(new Tooltip(TypeBadges.explanation(column.type())));
            ComboBox<String> as = new ComboBox<>();
            as.setId("type-override-" + i);
            as.getItems().add(DETECTED);
            for (ColumnType t : ColumnType.values()) as.getItems().add(t.label());
            as.setValue(chosen == null ? DETECTED : chosen.label());
            as.valueProperty().addListener((o, old, v) -> {
                if (v == null || DETECTED.equals(v)) vm.typeOverrides().remove(name);
                else vm.typeOverrides().put(name, ColumnType.valueOf(v.toUpperCase(Locale.ROOT)));
            });
            typeGrid.addRow(i + 1, new Label(name), badge, as);
        }
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** One line saying what was detected, so "Detect" in the boxes is never a mystery. */
    static String describe(ImportPreview p) {
        StringBuilder s = new StringBuilder("Detected: ");
        s.append(p.format() == FileFormat.CSV ? "delimited text" : p.format().name() + " workbook");
        if (p.sheet() != null) s.append(", sheet '").append(p.sheet()).append('\'');
        if (p.delimiter() != null) s.append(", delimiter ").append(delimiterName(p.delimiter()));
        if (p.encoding() != null) s.append(", ").append(p.encoding().displayName());
        s.append(p.headerRow() < 0 ? ", no header row" : ", header in row " + (p.headerRow() + 1));
        s.append(", ").append(p.dataset().columnCount()).append(" columns");
        return s.toString();
    }

    private static String delimiterName(char c) {
        return switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + c + "'";
        };
    }

    /** A warning (e.g. the list of ragged lines) wraps at the list's width instead of scrolling sideways. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell(ListView<String> list) {
            setWrapText(true);
            // Without a width to wrap at, a cell's preferred width is its whole text on one line.
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
