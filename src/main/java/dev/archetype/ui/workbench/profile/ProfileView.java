package dev.archetype.ui.workbench.profile;

import dev.archetype.core.profile.Archetype;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.AttributeLift;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.ui.workbench.ClusterRun;
import dev.archetype.ui.workbench.Formats;
import dev.archetype.ui.workbench.HeatScale;
import dev.archetype.ui.workbench.Palette;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Profiles tab: clusters as columns (editable archetype name, size and share in the header), features
 * as rows with the cluster value in original units coloured by how far it sits from the overall value, the
 * overall column, a pinned "What sets it apart" row, the p-value and the separation (η²) per feature.
 * Rows start sorted by separation; any column sorts them, the pinned row stays on top.
 */
public final class ProfileView extends StackPane {
    /** Style class of each cluster column (one per cluster). */
    public static final String CLUSTER_COLUMN_CLASS = "cluster-column";
    /** Title row of the item-attribute roll-up (data pivoted from transactions with an attribute table). */
    public static final String ATTRIBUTES_SECTION = ProfileViewModel.ATTRIBUTES_SECTION;
    /** Title row of the feature rows below the attributes section. */
    public static final String FEATURES_SECTION = ProfileViewModel.FEATURES_SECTION;

    private final WorkbenchViewModel vm;
    private final TableView<ProfileRow> table = new TableView<>();
    private final ObservableList<FeatureContrast> features = FXCollections.observableArrayList();
    private final List<ProfileRow> attributeRows = new ArrayList<>();
    private final Label title = new Label();
    private final javafx.scene.layout.HBox headerActions = new javafx.scene.layout.HBox(6);
    private final List<TextField> nameFields = new ArrayList<>();
    private final ProfileViewModel model;
    private TableColumn<ProfileRow, Double> separationColumn;

    public ProfileView(WorkbenchViewModel vm) {
        this.vm = vm;
        this.model = new ProfileViewModel(vm);
        title.textProperty().bind(model.titleProperty());
        setId("profile-view");
        table.setId("profile-grid");
        table.getStyleClass().add("profile-grid");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setSortPolicy(t -> {
            resort();
            return true;
        });
        title.setId("profile-title");
        title.getStyleClass().add("recommendation");
        Label hint = new Label("Click a name to rename the archetype everywhere. Colour: blue below the overall value, orange above "
                + "(by standard deviations). \"Show in table\" lists a cluster's customers on the Data tab.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox header = new VBox(2, headerRow(title, headerActions), hint, dev.archetype.ui.workbench.RunBanner.forClustering(vm, "profile-run-banner"));
        header.setPadding(new Insets(8, 12, 6, 12));
        BorderPane content = new BorderPane(table);
        content.setTop(header);
        content.visibleProperty().bind(vm.currentProperty().isNotNull());

        VBox empty = new VBox(10);
        Label text = new Label("Run Compare k or Cluster to see the profiles");
        text.getStyleClass().add("empty-headline");
        Label blocker = new Label();
        blocker.getStyleClass().add("empty-hint");
        blocker.textProperty().bind(vm.setup().blockerProperty());
        Button cluster = new Button("Cluster");
        cluster.setId("profile-empty-cluster");
        cluster.disableProperty().bind(vm.canClusterProperty().not());
        cluster.setOnAction(e -> vm.cluster());
        empty.getChildren().addAll(text, blocker, cluster);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(vm.currentProperty().isNull());
        getChildren().addAll(content, empty);

        vm.currentProperty().addListener((o, a, run) -> rebuild(run));
        vm.names().addListener((ListChangeListener<String>) c -> refreshNames());
        rebuild(vm.currentProperty().get());
    }

    /** The grid, for tests and screenshots. */
    public TableView<ProfileRow> table() { return table; }

    /** Adds buttons (e.g. export's "Copy grid") at the right end of the header. */
    public void addHeaderActions(javafx.scene.Node... nodes) { headerActions.getChildren().addAll(nodes); }

    static javafx.scene.layout.HBox headerRow(javafx.scene.Node title, javafx.scene.layout.HBox actions) {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, title, spacer, actions);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void rebuild(ClusterRun run) {
        table.getColumns().clear();
        table.getItems().clear();
        nameFields.clear();
        features.clear();
        attributeRows.clear();
        if (run == null) return;
        ClusterProfile p = run.profile();
        AttributeRollup rollup = model.rollup();
        boolean hasGrid = rollup != null && !vm.rollupGrid().isEmpty();
        features.setAll(p.features());
        attributeRows.addAll(model.attributeRows());

        TableColumn<ProfileRow, String> feature = new TableColumn<>("Feature");
        feature.setId("profile-feature-column");
        // wide enough for the longest row label ("Frequency (invoices)"), within reason
        int longest = p.features().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        feature.setPrefWidth(Math.max(hasGrid ? 170 : 140, Math.min(230, 7.2 * longest + 24)));
        feature.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(ProfileViewModel.rowLabel(cd.getValue())));
        feature.setComparator(Comparator.naturalOrder());
        feature.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                ProfileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(row != null && (row.isApart() || row.isSection()) ? "-fx-font-weight: bold;" : "");
                setTooltip(row != null && ATTRIBUTES_SECTION.equals(row.section()) ? new Tooltip("What each archetype's members took, "
                        + "by the attributes of those items: a level's share of the group's purchases, or an attribute's mean over "
                        + "them, against all customers' purchases. Colour shows the lift.") : null);
            }
        });

        TableColumn<ProfileRow, Double> overall = new TableColumn<>("Overall");
        overall.setId("profile-overall-column");
        overall.setPrefWidth(80);
        overall.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().isAttribute() ? (Double) cd.getValue().attribute().overall()
                : cd.getValue().isFeature() ? (Double) cd.getValue().feature().overall() : null));
        overall.setCellFactory(c -> valueCell(row -> row.isAttribute() ? (row.attribute().isShare()
                ? "Share of all customers' purchases" : "Mean over all customers' purchases") : "", ProfileViewModel::format));

        table.getColumns().add(feature);
        table.getColumns().add(overall);

        TableColumn<ProfileRow, Double> pValue = new TableColumn<>();
        pValue.setGraphic(tipLabel("p-value", "How likely differences this large would be if the clusters did not differ on this feature "
                + "(ANOVA F for numbers, chi-square for shares); small means a real difference."));
        pValue.setId("profile-p-column");
        pValue.setPrefWidth(72);
        pValue.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().isFeature() ? cd.getValue().feature().pValue() : null));
        pValue.setCellFactory(c -> valueCell(row -> row.feature().test().label(), (row, v) -> Formats.pValue(v)));

        separationColumn = new TableColumn<>();
        separationColumn.setGraphic(tipLabel("Separation", "Share of this feature's variation explained by the clusters (η²); "
                + "the higher, the more it sets the clusters apart."));
        separationColumn.setId("profile-separation-column");
        separationColumn.setPrefWidth(104);
        separationColumn.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().isFeature() ? cd.getValue().feature().separation() : null));
        separationColumn.setCellFactory(c -> valueCell(row -> "", (row, v) -> Formats.percent(v)));
        separationColumn.setSortType(TableColumn.SortType.DESCENDING);
        // the statistics sit before the clusters so they stay in view however many clusters there are
        table.getColumns().addAll(pValue, separationColumn);
        for (int c = 0; c < p.k(); c++) table.getColumns().add(clusterColumn(p, c, rollup));
        table.getSortOrder().setAll(List.of(separationColumn));
        resort();
        refreshNames();
    }

    private TableColumn<ProfileRow, Double> clusterColumn(ClusterProfile p, int cluster, AttributeRollup rollup) {
        TableColumn<ProfileRow, Double> col = new TableColumn<>();
        col.getStyleClass().add(CLUSTER_COLUMN_CLASS);
        col.setUserData(cluster);
        col.setId("profile-cluster-" + (cluster + 1));
        Archetype a = p.archetype(cluster);
        // wide enough for most names and phrases, narrow enough that four clusters fit beside the statistics and a
        // feature column as wide as "Frequency (invoices)" in a 1440-pixel window
        double wanted = Math.max(6.5 * a.name().length() + 24, a.figures() == null ? 0 : 3.2 * a.figures().length() + 16);
        List<String> lines = model.pinnedLines(cluster);
        for (String phrase : lines) wanted = Math.max(wanted, 5.5 * phrase.length() + 16);
        // with a roll-up the pinned lines wrap, so four clusters still fit beside the attribute labels
        col.setPrefWidth(Math.max(140, Math.min(rollup == null ? 178 : 165, wanted)));

        Region swatch = new Region();
        swatch.setPrefHeight(5);
        swatch.setMaxWidth(Double.MAX_VALUE);
        swatch.setStyle("-fx-background-color: " + Palette.clusterHex(cluster) + ";");
        TextField name = new TextField(vm.names().get(cluster));
        name.setId("archetype-name-" + (cluster + 1));
        name.getStyleClass().add("archetype-name");
        name.setPrefColumnCount(10);
        String how = "Archetype " + (cluster + 1) + ": click to rename; the name is used in the table, the scatter legend and the export.";
        name.setTooltip(new Tooltip(how));
        // The name is shown whole (wrapped, never cut off); the field appears only while it is being edited.
        Label shown = new Label(vm.names().get(cluster));
        shown.setId("archetype-label-" + (cluster + 1));
        shown.getStyleClass().add("archetype-name-label");
        shown.setStyle("-fx-font-weight: bold; -fx-cursor: text;");
        wrapIn(shown, col);
        shown.textProperty().bind(name.textProperty());
        Tooltip shownTip = new Tooltip();
        shownTip.textProperty().bind(name.textProperty().concat("\n" + how));
        shown.setTooltip(shownTip);
        name.setVisible(false);
        name.setManaged(false);
        Runnable edit = () -> {
            shown.setVisible(false);
            shown.setManaged(false);
            name.setVisible(true);
            name.setManaged(true);
            name.requestFocus();
            name.selectAll();
        };
        Runnable done = () -> {
            model.rename(cluster, name.getText());
            name.setVisible(false);
            name.setManaged(false);
            shown.setVisible(true);
            shown.setManaged(true);
        };
        // a filter: the column header would otherwise take the press for sorting or dragging
        shown.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            edit.run();
        });
        name.setOnAction(e -> done.run());
        name.focusedProperty().addListener((o, was, is) -> { if (!is && name.isVisible()) done.run(); });
        nameFields.add(name);
        Label size = new Label(Formats.count(a.size()) + " customers · " + Formats.percent(a.share())
                + (Double.isNaN(a.stability()) ? "" : " · " + dev.archetype.core.cluster.BootstrapStability.word(a.stability())
                        + " (" + Formats.metric(a.stability()) + ")"));
        size.getStyleClass().add("hint");
        size.setId("cluster-size-" + (cluster + 1));
        wrapIn(size, col);
        size.setUserData(a.size());
        Hyperlink show = new Hyperlink("Show in table");
        show.setId("show-cluster-" + (cluster + 1));
        show.setOnAction(e -> model.showCluster(cluster));
        VBox header = new VBox(2, swatch, shown, name);
        if (a.figures() != null) {
            // The typical member beside the name (RFM): what "Champions" means here, in days, orders and money.
            Label figures = new Label(a.figures());
            figures.setId("archetype-figures-" + (cluster + 1));
            figures.getStyleClass().add("archetype-figures");
            // plainer than the bold name above it, so the name still reads first
            figures.setStyle("-fx-font-weight: normal; -fx-font-size: 11px;");
            wrapIn(figures, col);
            Tooltip figuresTip = new Tooltip("The cluster's typical member (medians): " + a.figures());
            figuresTip.setWrapText(true);
            figuresTip.setMaxWidth(420);
            figures.setTooltip(figuresTip);
            header.getChildren().add(figures);
        }
        header.getChildren().addAll(size, show);
        if (a.rule() != null) {
            // How to recognise the members, in plain terms; the figures say how far to trust it
            Label rule = new Label(a.rule().conditionsText());
            rule.setId("cluster-rule-" + (cluster + 1));
            rule.getStyleClass().add("hint");
            wrapIn(rule, col);
            Label fit = new Label(Formats.percent(a.rule().precision()) + " right · catches " + Formats.percent(a.rule().recall()));
            fit.getStyleClass().add("hint");
            wrapIn(fit, col);
            Tooltip tip = new Tooltip("Rule: " + a.rule().text());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            rule.setTooltip(tip);
            fit.setTooltip(tip);
            header.getChildren().addAll(rule, fit);
        }
        header.setAlignment(Pos.CENTER);
        header.setPadding(new Insets(2, 4, 2, 4));
        col.setGraphic(header);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().isAttribute() ? (Double) cd.getValue().attribute().cluster(cluster)
                : cd.getValue().isFeature() ? (Double) cd.getValue().feature().mean(cluster) : null));
        Map<String, AttributeLift> lifts = new HashMap<>();
        if (rollup != null) for (AttributeLift l : rollup.lifts(cluster)) lifts.put(liftKey(l), l);
        col.setCellFactory(c -> new ClusterCell(cluster, lines, lifts));
        return col;
    }

    /** Wraps within the column instead of being cut: the header grows a line or two. */
    private static void wrapIn(Label label, TableColumn<?, ?> col) {
        label.setWrapText(true);
        label.prefWidthProperty().bind(col.widthProperty().subtract(12));
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setAlignment(Pos.CENTER);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    }

    private static Label tipLabel(String text, String tip) {
        Label l = new Label(text);
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(340);
        t.setShowDelay(Duration.millis(300));
        l.setTooltip(t);
        return l;
    }

    private static String liftKey(AttributeLift l) {
        return l.attribute() + "\u0000" + (l instanceof AttributeLift.Level lv ? lv.level() : "");
    }

    private static String liftKey(RollupGridRow r) {
        return r.attribute() + "\u0000" + (r.level() == null ? "" : r.level());
    }

    private void refreshNames() {
        for (int c = 0; c < nameFields.size() && c < vm.names().size(); c++) {
            TextField f = nameFields.get(c);
            if (!f.getText().equals(vm.names().get(c))) f.setText(vm.names().get(c));
        }
    }

    /** Sorts the feature rows by the table's sort order and keeps the pinned row first. */
    private void resort() {
        List<FeatureContrast> sorted = new ArrayList<>(features);
        Comparator<ProfileRow> comparator = table.getComparator();
        if (comparator != null) {
            sorted.sort((x, y) -> comparator.compare(new ProfileRow(x), new ProfileRow(y)));
        }
        List<ProfileRow> rows = new ArrayList<>();
        if (!features.isEmpty()) rows.add(ProfileRow.APART);
        rows.addAll(attributeRows); // the roll-up stays on top, most telling first; only feature rows sort
        for (FeatureContrast f : sorted) rows.add(new ProfileRow(f));
        table.getItems().setAll(rows);
    }

    private interface CellText {
        String text(ProfileRow row, double value);
    }

    private static TableCell<ProfileRow, Double> valueCell(Function<ProfileRow, String> tooltip, CellText text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                ProfileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || row.isApart() || row.isSection() || v == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.text(row, v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
                String tip = tooltip.apply(row);
                setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
            }
        };
    }

    /** A cluster's value coloured by z, or its distinctive phrases in the pinned row. */
    private static final class ClusterCell extends TableCell<ProfileRow, Double> {
        private final int cluster;
        private final List<String> phrases;
        private final Map<String, AttributeLift> lifts;
        private final javafx.scene.text.Text apart = new javafx.scene.text.Text();

        ClusterCell(int cluster, List<String> phrases, Map<String, AttributeLift> lifts) {
            this.cluster = cluster;
            this.phrases = phrases;
            this.lifts = lifts;
            getStyleClass().add("profile-cell");
            // a Text wraps to the column width and reports its real height, so the row grows to fit
            apart.wrappingWidthProperty().bind(widthProperty().subtract(14));
            apart.setStyle("-fx-font-size: 11px;");
            apart.getStyleClass().add("apart-text");
        }

        @Override
        protected void updateItem(Double v, boolean empty) {
            super.updateItem(v, empty);
            ProfileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                setStyle("");
                setTooltip(null);
                return;
            }
            if (row.isSection()) {
                setText(null);
                setGraphic(null);
                setStyle("");
                setTooltip(null);
                return;
            }
            if (row.isApart()) {
                apart.setText(phrases.isEmpty() ? "Close to the average on every feature" : String.join("\n", phrases));
                setText(null);
                setGraphic(apart);
                setStyle("-fx-alignment: TOP-LEFT; -fx-padding: 3 6 3 6;");
                setTooltip(new Tooltip(apart.getText()));
                return;
            }
            setGraphic(null);
            if (row.isAttribute()) {
                AttributeLift lift = lifts.get(liftKey(row.attribute()));
                double score = lift == null ? 0 : lift.score();
                setText(v == null || Double.isNaN(v) ? "–" : ProfileViewModel.format(row, v));
                setStyle(HeatScale.cellStyle(score) + " -fx-alignment: CENTER-RIGHT;");
                setTooltip(lift == null ? null : new Tooltip(lift.describe()));
                return;
            }
            FeatureContrast f = row.feature();
            double z = f.z(cluster);
            setText(v == null || Double.isNaN(v) ? "–" : ProfileViewModel.format(f, v));
            setStyle(HeatScale.cellStyle(z) + " -fx-alignment: CENTER-RIGHT;");
            setTooltip(new Tooltip(f.name() + " in cluster " + (cluster + 1) + ": " + (v == null ? "–" : ProfileViewModel.format(f, v))
                    + " vs " + ProfileViewModel.format(f, f.overall()) + " overall (" + (z >= 0 ? "+" : "−") + Formats.value(Math.abs(z)) + " sd)"));
        }
    }
}
