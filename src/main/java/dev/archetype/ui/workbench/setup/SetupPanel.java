package dev.archetype.ui.workbench.setup;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.ui.data.TypeBadges;
import dev.archetype.ui.workbench.FeatureChoice;
import dev.archetype.ui.workbench.SetupViewModel;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;

import java.util.function.Function;

/**
 * The left-hand set-up panel: feature picker with type badges, preparation choices, k, the k range for
 * Compare k, restarts and seed, and the two run buttons. Binds to a {@link WorkbenchViewModel}.
 */
public final class SetupPanel extends ScrollPane {
    private final WorkbenchViewModel vm;
    private final SetupViewModel setup;
    // Spinner value properties are bound bidirectionally through these adapters; keep them referenced.
    private final ObjectProperty<Integer> kObject;
    private final ObjectProperty<Integer> restartsObject;

    public SetupPanel(WorkbenchViewModel vm) {
        this.vm = vm;
        this.setup = vm.setup();
        this.kObject = setup.kProperty().asObject();
        this.restartsObject = setup.restartsProperty().asObject();
        setId("setup-panel");
        getStyleClass().add("setup-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(300);
        setMinWidth(280);
        VBox box = new VBox(6, featuresSection(), preparationSection(), clustersSection(), runSection());
        box.getStyleClass().add("setup-panel");
        box.setPadding(new Insets(10));
        setContent(box);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label note(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private VBox featuresSection() {
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> setup.selectedCountProperty().get() + " of " + setup.features().size() + " picked",
                setup.selectedCountProperty(), setup.features()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title("_Features"), spacer, count);
        ((Label) header.getChildren().get(0)).setMnemonicParsing(true);
        header.setAlignment(Pos.BASELINE_LEFT);

        TextField filter = new TextField();
        filter.setId("feature-filter");
        filter.setPromptText("Filter columns");
        filter.textProperty().bindBidirectional(setup.filterTextProperty());
        ((Label) header.getChildren().get(0)).setLabelFor(filter);

        Button all = new Button("All _numeric");
        all.setId("features-all-numeric");
        all.setTooltip(new Tooltip("Pick every numeric measurement; identifiers and constants stay unpicked."));
        all.setOnAction(e -> setup.selectAllNumeric());
        Button none = new Button("N_one");
        none.setId("features-none");
        none.setOnAction(e -> setup.selectNone());
        HBox shortcuts = new HBox(6, all, none);

        ListView<FeatureChoice> list = new ListView<>(setup.visibleFeatures());
        list.setId("feature-list");
        list.setPrefHeight(230);
        list.setMinHeight(120);
        list.setCellFactory(v -> new FeatureCell());
        // Space toggles the focused feature, so the list works without a mouse.
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                FeatureChoice f = list.getFocusModel().getFocusedItem();
                if (f != null) f.setSelected(!f.isSelected());
                e.consume();
            }
        });
        return new VBox(6, header, filter, shortcuts, list);
    }

    private VBox preparationSection() {
        ComboBox<Scaling> scaling = combo("scaling-choice", Scaling.values(), s -> switch (s) {
            case ZSCORE -> "z-score (mean 0, sd 1)";
            case MINMAX -> "min–max (0 to 1)";
            case ROBUST -> "robust (median, IQR)";
            case NONE -> "none (raw values)";
        });
        scaling.valueProperty().bindBidirectional(setup.scalingProperty());
        scaling.setTooltip(new Tooltip("How features are put on one scale so no single column dominates the distances."));
        ComboBox<MissingPolicy> missing = combo("missing-choice", MissingPolicy.values(), m -> switch (m) {
            case MEAN -> "fill with the mean";
            case MEDIAN -> "fill with the median";
            case DROP_ROWS -> "drop rows";
        });
        missing.valueProperty().bindBidirectional(setup.missingProperty());
        missing.setTooltip(new Tooltip("What to do with an empty cell in a chosen column."));
        ComboBox<Distance> distance = combo("distance-choice", Distance.values(), d -> switch (d) {
            case EUCLIDEAN -> "Euclidean";
            case COSINE -> "cosine (patterns, not amounts)";
        });
        distance.valueProperty().bindBidirectional(setup.distanceProperty());
        distance.setTooltip(new Tooltip("Euclidean compares amounts; cosine compares the mix, which suits 0/1 purchase flags."));

        Label missingNote = note("hint");
        missingNote.setId("missing-note");
        missingNote.textProperty().bind(setup.missingNoteProperty());
        Label distanceNote = note("hint");
        distanceNote.setId("distance-note");
        distanceNote.textProperty().bind(setup.distanceNoteProperty());

        javafx.scene.control.CheckBox logSkewed = new javafx.scene.control.CheckBox("Log of skewed amounts");
        logSkewed.setId("log-skewed");
        logSkewed.selectedProperty().bindBidirectional(setup.logSkewedProperty());
        logSkewed.setTooltip(new Tooltip("Takes log(1 + x) of heavily skewed amount columns before scaling, so a few very large "
                + "customers do not decide the clusters; profiles stay in original units."));
        Label skewNote = note("hint");
        skewNote.setId("skew-note");
        skewNote.textProperty().bind(setup.skewNoteProperty());

        GridPane grid = form();
        row(grid, 0, "_Scaling", scaling);
        row(grid, 1, "_Missing", missing);
        grid.add(missingNote, 1, 2);
        row(grid, 3, "_Distance", distance);
        grid.add(distanceNote, 1, 4);
        grid.add(logSkewed, 1, 5);
        grid.add(skewNote, 1, 6);
        return new VBox(6, title("Preparation"), grid);
    }

    private VBox clustersSection() {
        Spinner<Integer> k = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, SetupViewModel.K_LIMIT, setup.kProperty().get()));
        k.setId("k-spinner");
        k.setEditable(true);
        k.getValueFactory().valueProperty().bindBidirectional(kObject);
        k.setTooltip(new Tooltip("Number of clusters for Cluster (Ctrl+Enter)."));

        RangeSlider range = new RangeSlider(2, SetupViewModel.RANGE_LIMIT, setup.kMinProperty().get(), setup.kMaxProperty().get());
        range.setId("k-range");
        range.setMajorTickUnit(1);
        range.setMinorTickCount(0);
        range.setSnapToTicks(true);
        range.setBlockIncrement(1);
        range.setMaxWidth(Double.MAX_VALUE);
        range.setLowValue(setup.kMinProperty().get());
        range.setHighValue(setup.kMaxProperty().get());
        range.lowValueProperty().addListener((o, a, v) -> setup.kMinProperty().set((int) Math.round(v.doubleValue())));
        range.highValueProperty().addListener((o, a, v) -> setup.kMaxProperty().set((int) Math.round(v.doubleValue())));
        setup.kMinProperty().addListener((o, a, v) -> { if (Math.round(range.getLowValue()) != v.intValue()) range.setLowValue(v.intValue()); });
        setup.kMaxProperty().addListener((o, a, v) -> { if (Math.round(range.getHighValue()) != v.intValue()) range.setHighValue(v.intValue()); });
        Label rangeText = new Label();
        rangeText.setId("k-range-text");
        rangeText.setMinWidth(Region.USE_PREF_SIZE);
        rangeText.textProperty().bind(Bindings.createStringBinding(() -> setup.kMinProperty().get() + " – " + setup.kMaxProperty().get(),
                setup.kMinProperty(), setup.kMaxProperty()));
        HBox rangeBox = new HBox(8, range, rangeText);
        rangeBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(range, Priority.ALWAYS);
        Tooltip.install(range, new Tooltip("The k values Compare k tries (drag either end; arrow keys move the focused thumb)."));

        SpinnerValueFactory.IntegerSpinnerValueFactory restartValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1000,
                setup.restartsProperty().get());
        // 0 is "auto": at least 50 restarts, until three agree on the best solution (at most 200), then a swap search
        restartValues.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer n) { return n == null || n == 0 ? "auto" : Integer.toString(n); }

            @Override public Integer fromString(String s) {
                if (s == null || s.isBlank() || s.trim().equalsIgnoreCase("auto")) return 0;
                try {
                    return Math.max(0, Math.min(1000, Integer.parseInt(s.trim())));
                } catch (NumberFormatException e) {
                    return setup.restartsProperty().get();
                }
            }
        });
        Spinner<Integer> restarts = new Spinner<>(restartValues);
        restarts.setId("restarts-spinner");
        restarts.setEditable(true);
        restarts.getValueFactory().valueProperty().bindBidirectional(restartsObject);
        restarts.setTooltip(new Tooltip("Independent starts per k; the best (lowest SSE) is kept. \"auto\" makes at least 50 "
                + "restarts, until three find the same best solution (at most 200), then tries moving one centre at a time "
                + "while that lowers the SSE, so the result does not depend on the seed; "
                + "a number runs exactly that many."));

        TextField seed = new TextField();
        seed.setId("seed-field");
        TextFormatter<Long> seedFormat = new TextFormatter<>(new StringConverter<Long>() {
            @Override public String toString(Long v) { return v == null ? "" : Long.toString(v); }
            @Override public Long fromString(String s) {
                try {
                    return Long.parseLong(s.strip());
                } catch (NumberFormatException e) {
                    return setup.seedProperty().get();
                }
            }
        }, setup.seedProperty().get(), change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null);
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().addListener((o, a, v) -> { if (v != null) setup.seedProperty().set(v); });
        // and back, when the seed is set for the user (a reopened project)
        setup.seedProperty().addListener((o, a, v) -> { if (!v.equals(seedFormat.getValue())) seedFormat.setValue(v.longValue()); });
        seed.setTooltip(new Tooltip("The same seed gives the same clusters every time."));

        GridPane grid = form();
        row(grid, 0, "_k", k);
        row(grid, 1, "Compare _range", rangeBox);
        row(grid, 2, "R_estarts", restarts);
        row(grid, 3, "S_eed", seed);
        return new VBox(6, title("Clusters"), grid);
    }

    private VBox runSection() {
        Button compare = new Button("Compare _k");
        compare.setId("compare-k-button");
        compare.setTooltip(new Tooltip("Cluster every k in the range and compare them (Ctrl+K)."));
        compare.disableProperty().bind(vm.canCompareProperty().not());
        compare.setOnAction(e -> vm.compareK());
        compare.setMaxWidth(Double.MAX_VALUE);
        Button cluster = new Button("_Cluster");
        cluster.setId("cluster-button");
        cluster.setDefaultButton(false);
        cluster.setTooltip(new Tooltip("Cluster with the chosen k (Ctrl+Enter)."));
        cluster.disableProperty().bind(vm.canClusterProperty().not());
        cluster.setOnAction(e -> vm.cluster());
        cluster.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, compare, cluster);
        HBox.setHgrow(compare, Priority.ALWAYS);
        HBox.setHgrow(cluster, Priority.ALWAYS);

        Label blocker = note("setup-blocker");
        blocker.setId("setup-blocker");
        blocker.textProperty().bind(setup.blockerProperty());
        Label error = note("error-message");
        error.setId("run-error");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(6, buttons, blocker, error);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setConverter(new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : text.apply(v); }
            @Override public T fromString(String s) { return null; }
        });
        return c;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        if (field instanceof Region r) r.setMaxWidth(Double.MAX_VALUE);
    }

    /** A feature: check box, name and a type badge; the tooltip says what the type means and why it is unpicked. */
    private static final class FeatureCell extends ListCell<FeatureChoice> {
        private final CheckBox check = new CheckBox();
        private final Label badge = new Label();
        private final HBox box;
        private FeatureChoice bound;

        FeatureCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, check, spacer, badge);
            box.setAlignment(Pos.CENTER_LEFT);
            check.setMnemonicParsing(false);
            check.setFocusTraversable(false);
        }

        @Override
        protected void updateItem(FeatureChoice f, boolean empty) {
            super.updateItem(f, empty);
            if (bound != null) check.selectedProperty().unbindBidirectional(bound.selectedProperty());
            bound = null;
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            bound = f;
            check.setText(f.name());
            check.selectedProperty().bindBidirectional(f.selectedProperty());
            check.setDisable(!f.pickable());
            badge.setText(TypeBadges.badge(f.type()));
            badge.getStyleClass().setAll("label", "type-badge", TypeBadges.styleClass(f.type()));
            String tip = TypeBadges.explanation(f.type()) + (f.whyNot().isEmpty() ? "" : "\n" + f.whyNot());
            Tooltip t = new Tooltip(tip);
            t.setShowDelay(Duration.millis(300));
            t.setWrapText(true);
            t.setMaxWidth(360);
            setTooltip(t);
            setText(null);
            setGraphic(box);
        }
    }
}
