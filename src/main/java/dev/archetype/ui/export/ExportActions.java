package dev.archetype.ui.export;

import dev.archetype.core.profile.FeatureContrast;
import dev.archetype.core.transactions.RollupGridRow;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.assign.AssignDialog;
import dev.archetype.ui.assign.AssignViewModel;
import dev.archetype.ui.workbench.tabs.Workbench;
import dev.archetype.ui.workbench.comparek.CompareKView;
import dev.archetype.ui.workbench.profile.ProfileRow;
import dev.archetype.ui.workbench.profile.ProfileView;
import dev.archetype.ui.workbench.scatter.ScatterView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the export commands into the window: File ▸ Export to Excel… (Ctrl+E), Export labeled CSV… (plain
 * and with a UTF-8 BOM for Excel), Save view as PNG… (Ctrl+Shift+I, the chart or grid of the open tab), an
 * "Export to Excel" tool-bar button with the last export's outcome beside it, "Save as PNG…" in the header
 * and context menu of the Compare k, Profiles and Scatter views, and "Copy grid" (Ctrl+Shift+C) on the
 * Profiles view. Everything is disabled until a clustering exists.
 */
public final class ExportActions {
    private final ExportViewModel viewModel;
    private final MainWindow window;
    private final Workbench workbench;
    private final AssignViewModel assign;

    private ExportActions(MainWindow window, MainViewModel main, Workbench workbench, BackgroundRunner runner,
                          DialogService dialogs, SaveChooser chooser) {
        this.window = window;
        this.workbench = workbench;
        viewModel = new ExportViewModel(workbench.viewModel(), main.currentFileProperty(), runner, dialogs, chooser);
        BooleanBinding cannotExport = viewModel.canExportProperty().not();

        MenuItem excel = item("Export to _Excel…", "export-excel-item", viewModel::exportWorkbook, cannotExport);
        excel.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        MenuItem csv = item("Export labeled _CSV…", "export-csv-item", () -> viewModel.exportCsv(false), cannotExport);
        MenuItem csvBom = item("Export labeled CSV for E_xcel (UTF-8 BOM)…", "export-csv-bom-item",
                () -> viewModel.exportCsv(true), cannotExport);
        MenuItem png = item("Save View as _PNG…", "export-png-item", this::saveSelectedViewAsPng,
                Bindings.createBooleanBinding(() -> cannotExport.get() || pngTarget(selectedTab()) == null,
                        cannotExport, window.tabPane().getSelectionModel().selectedItemProperty(),
                        workbench.viewModel().sweepProperty()));
        png.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        assign = new AssignViewModel(workbench.viewModel().resultProperty(), runner, dialogs);
        MenuItem assignItem = item("_Assign New Customers…", "assign-item", assign::chooseAndAssign, assign.canAssignProperty().not());
        assignItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        assign.scoredProperty().addListener((o, a, scored) -> {
            if (scored != null) {
                AssignDialog.create(window.root().getScene().getWindow(), scored, viewModel::exportScored).show();
            }
        });
        window.addFileMenuSection(excel, csv, csvBom, png, assignItem);

        Button toolbarExcel = new Button("Export to Excel");
        toolbarExcel.setId("toolbar-export");
        toolbarExcel.setTooltip(new Tooltip("Save the labeled customers, archetypes, Compare k and run settings as an Excel workbook (Ctrl+E)"));
        toolbarExcel.disableProperty().bind(cannotExport);
        toolbarExcel.setOnAction(e -> viewModel.exportWorkbook());
        Label status = new Label();
        status.setId("export-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(viewModel.statusProperty());
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(viewModel.statusProperty());
        status.setTooltip(statusTip);
        status.setMaxWidth(520);
        window.addToolBarItems(new Separator(), toolbarExcel, status);

        installViewActions();
        window.root().sceneProperty().addListener((o, a, scene) -> { if (scene != null) installShortcuts(scene); });
        if (window.root().getScene() != null) installShortcuts(window.root().getScene());
    }

    /** Adds the export commands to {@code window}; exports follow the workbench's clustering and {@code main}'s file. */
    public static ExportActions install(MainWindow window, MainViewModel main, Workbench workbench, BackgroundRunner runner,
                                        DialogService dialogs, SaveChooser chooser) {
        return new ExportActions(window, main, workbench, runner, dialogs, chooser);
    }

    public ExportViewModel viewModel() { return viewModel; }

    /** File ▸ Assign New Customers…: the new file's rows labeled with the archetypes on screen. */
    public AssignViewModel assignViewModel() { return assign; }

    // ---- views ------------------------------------------------------------------------------------

    private void installViewActions() {
        CompareKView compare = view(workbench.compareTab(), CompareKView.class);
        if (compare != null) {
            Node chart = compare.chart();
            compare.addHeaderActions(pngButton("compare-k-png", () -> savePng("elbow", chart)));
            contextMenu(chart, pngItem(() -> savePng("elbow", chart)));
        }
        ProfileView profile = view(workbench.profileTab(), ProfileView.class);
        if (profile != null) {
            Node grid = profile.table();
            Button copy = new Button("Copy grid");
            copy.setId("profile-copy-grid");
            copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            copy.setTooltip(new Tooltip("Copy the grid as tab-separated text for a spreadsheet (Ctrl+Shift+C)"));
            copy.disableProperty().bind(viewModel.hasClusteringProperty().not());
            copy.setOnAction(e -> copyGrid());
            profile.addHeaderActions(copy, pngButton("profile-png", () -> savePng("profiles", grid)));
            MenuItem copyItem = new MenuItem("Copy grid");
            copyItem.setOnAction(e -> copyGrid());
            contextMenu(grid, copyItem, pngItem(() -> savePng("profiles", grid)));
        }
        ScatterView scatter = view(workbench.scatterTab(), ScatterView.class);
        if (scatter != null) {
            Node canvas = scatter.canvas();
            scatter.addHeaderActions(pngButton("scatter-png", () -> savePng("scatter", canvas)));
            contextMenu(canvas, pngItem(() -> savePng("scatter", canvas)));
        }
    }

    /** The view of a tab, also when another feature has wrapped it in a container. */
    private static <T> T view(Tab tab, Class<T> type) {
        return find(Workbench.contentOf(tab), type);
    }

    private static <T> T find(Node node, Class<T> type) {
        if (node == null) return null;
        if (type.isInstance(node)) return type.cast(node);
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) return found;
            }
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            for (Node item : split.getItems()) {
                T found = find(item, type);
                if (found != null) return found;
            }
        }
        return null;
    }

    private Button pngButton(String id, Runnable action) {
        Button b = new Button("Save as PNG…");
        b.setId(id);
        b.setTooltip(new Tooltip("Save this picture as a PNG image (Ctrl+Shift+I)"));
        b.disableProperty().bind(viewModel.canExportProperty().not());
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long note beside it must not shrink it to "…"
        return b;
    }

    private MenuItem pngItem(Runnable action) {
        MenuItem it = new MenuItem("Save as PNG…");
        it.disableProperty().bind(viewModel.canExportProperty().not());
        it.setOnAction(e -> action.run());
        return it;
    }

    /** A right-click (or the context-menu key) menu on a node that is not a Control. */
    private static void contextMenu(Node node, MenuItem... items) {
        ContextMenu menu = new ContextMenu(items);
        node.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menu.show(node, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    // ---- commands ---------------------------------------------------------------------------------

    private Tab selectedTab() {
        return window.tabPane().getSelectionModel().getSelectedItem();
    }

    /** The node File ▸ Save View as PNG saves for a tab, or null when the tab has no picture to save. */
    private Node pngTarget(Tab tab) {
        if (tab == null) return null;
        if (tab == workbench.compareTab()) {
            CompareKView v = view(tab, CompareKView.class);
            return v == null || workbench.viewModel().sweepProperty().get() == null ? null : v.chart();
        }
        if (tab == workbench.profileTab()) {
            ProfileView v = view(tab, ProfileView.class);
            return v == null ? null : v.table();
        }
        if (tab == workbench.scatterTab()) {
            ScatterView v = view(tab, ScatterView.class);
            return v == null ? null : v.canvas();
        }
        return null;
    }

    /** Saves the chart or grid of the open tab (Ctrl+Shift+I). */
    public void saveSelectedViewAsPng() {
        Tab tab = selectedTab();
        Node node = pngTarget(tab);
        if (node == null) return;
        String what = tab == workbench.compareTab() ? "elbow" : tab == workbench.profileTab() ? "profiles" : "scatter";
        savePng(what, node);
    }

    private void savePng(String what, Node node) {
        viewModel.savePng(what, () -> snapshot(node));
    }

    /** Copies the profile grid, in the order it is sorted on screen, to the system clipboard. */
    public void copyGrid() {
        ProfileView profile = view(workbench.profileTab(), ProfileView.class);
        if (profile == null) return;
        List<FeatureContrast> rows = new ArrayList<>();
        List<RollupGridRow> attributes = new ArrayList<>();
        for (ProfileRow r : profile.table().getItems()) {
            if (r.isFeature()) rows.add(r.feature());
            else if (r.isAttribute()) attributes.add(r.attribute());
        }
        Consumer<String> clipboard = text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
        viewModel.copyGrid(rows, attributes, clipboard);
    }

    /** A picture of {@code node} at its size on screen, on a white background. Must run on the FX thread. */
    static ArgbImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = node.snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new ArgbImage(w, h, argb);
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+C"), () -> {
            if (viewModel.hasClusteringProperty().get()) copyGrid();
        });
    }

    private static MenuItem item(String text, String id, Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        MenuItem it = new MenuItem(text);
        it.setId(id);
        it.setOnAction(e -> action.run());
        it.disableProperty().bind(disabled);
        return it;
    }
}
