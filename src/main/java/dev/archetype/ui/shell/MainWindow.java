package dev.archetype.ui.shell;

import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.StatusBar;
import dev.archetype.ui.data.DataTableView;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The main window: menus, toolbar, a tab pane whose first tab is the data table, an optional side panel,
 * the status bar, drag-and-drop of files and the empty state. Other screens plug in through
 * {@link #addTab(Tab)} and {@link #setSidePanel(Node)} and observe {@link MainViewModel#datasetProperty()}.
 */
public final class MainWindow {
    private final MainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab dataTab;
    private final BorderPane workArea = new BorderPane();
    private final StackPane center;
    private final Menu recentMenu = new Menu("Open _Recent");
    private Menu fileMenu;
    private MenuBar menuBar;
    private ToolBar toolBar;
    private int fileInsertAt;
    /** Parts of the work area still to join the scene, one a pulse (see {@link #prepareWorkAreaInParts()}). */
    private final java.util.ArrayDeque<Runnable> joinSteps = new java.util.ArrayDeque<>();
    private javafx.animation.AnimationTimer joiner;

    public MainWindow(MainViewModel viewModel, DataTableView table, BackgroundRunner runner) {
        this.viewModel = viewModel;
        root.setId("main-window");
        root.getStyleClass().add("main-window");

        dataTab = new Tab("Data", table);
        dataTab.setId("data-tab");
        dataTab.setClosable(false);
        tabs.setId("main-tabs");
        tabs.getTabs().add(dataTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        workArea.setCenter(tabs);

        Node empty = emptyState(runner);
        empty.visibleProperty().bind(viewModel.datasetProperty().isNull());
        workArea.visibleProperty().bind(viewModel.datasetProperty().isNotNull());
        StackPane center = new StackPane(empty);
        // The work area joins the scene after the first frame (prepareWorkArea), or with the first file if that
        // comes sooner: styling and skinning its tabs and the set-up panel before the first frame only delays it.
        this.center = center;
        if (viewModel.datasetProperty().get() != null) joinWorkArea();
        else viewModel.datasetProperty().addListener((o, was, now) -> { if (now != null) joinWorkArea(); });

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center);
        root.setBottom(statusBar(table, runner));
        installDragAndDrop();
    }

    /**
     * Lets the work area, still hidden, join the scene now: the next pulse styles and skins its tabs, set-up panel
     * and table while the file is still being read. Joined only when the file arrived, that styling held the FX
     * thread for 1.06–1.19 s after the data had been read (the bundled sample shown at 3.8–4.3 s).
     */
    public void prepareWorkArea() {
        if (workArea.getParent() == null) center.getChildren().add(0, workArea);
    }

    /**
     * As {@link #prepareWorkArea()}, a part a pulse (the tabs, the set-up panel, each of its sections, the data
     * table), so that no pulse holds the FX thread for the styling of all of them at once (0.35–0.46 s): for a file
     * that takes longer to read than that. A file that arrives sooner joins what is left at once.
     */
    public void prepareWorkAreaInParts() {
        if (workArea.getParent() != null) return;
        Node side = workArea.getLeft();
        if (side != null) {
            workArea.setLeft(null);
            // a panel set in the meantime stays
            joinSteps.add(() -> { if (workArea.getLeft() == null) workArea.setLeft(side); });
            // a scrolling panel of sections joins a section at a time: together they took 0.35 s of one pulse
            if (side instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() instanceof javafx.scene.layout.Pane box) {
                List<Node> sections = List.copyOf(box.getChildren());
                box.getChildren().clear();
                for (Node section : sections) joinSteps.add(() -> { if (section.getParent() == null) box.getChildren().add(section); });
            }
        }
        for (Tab tab : tabs.getTabs()) {
            Node content = tab.getContent();
            if (content == null) continue;
            tab.setContent(null);
            joinSteps.add(() -> { if (tab.getContent() == null) tab.setContent(content); });
        }
        center.getChildren().add(0, workArea);
        joiner = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                Runnable step = joinSteps.poll();
                if (step == null) stop();
                else step.run();
            }
        };
        joiner.start();
    }

    /** The whole work area in the scene now: the file is open and must be shown whole. */
    private void joinWorkArea() {
        prepareWorkArea();
        for (Runnable step; (step = joinSteps.poll()) != null; ) step.run();
        if (joiner != null) joiner.stop();
    }

    /** The node to put in a Scene. */
    public BorderPane root() {
        return root;
    }

    /** Adds a screen as a tab after the existing ones. */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** The tab pane, e.g. to select a tab after a run. */
    public TabPane tabPane() {
        return tabs;
    }

    public Tab dataTab() {
        return dataTab;
    }

    /** Puts a panel (e.g. the clustering set-up) left of the tabs; hidden with the tabs while no file is open. */
    public void setSidePanel(Node panel) {
        workArea.setLeft(panel);
    }

    /**
     * Adds items to the File menu as one section, after the open items and before Quit (features such as
     * export and projects plug in here so the shell does not depend on them).
     */
    public void addFileMenuSection(MenuItem... items) {
        fileMenu.getItems().add(fileInsertAt++, new SeparatorMenuItem());
        for (MenuItem it : items) fileMenu.getItems().add(fileInsertAt++, it);
    }

    /** Adds a top-level menu before Help. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
    }

    /** Adds controls at the end of the tool bar. */
    public void addToolBarItems(Node... items) {
        toolBar.getItems().addAll(items);
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open…", "open-item", viewModel::chooseAndOpen);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem openWithOptions = item("Open with _Options…", "open-options-item", viewModel::chooseAndOpenWithOptions);
        openWithOptions.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        recentMenu.setId("recent-menu");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        Menu samples = new Menu("Open _Sample");
        samples.setId("sample-menu");
        for (Sample s : Sample.available()) {
            samples.getItems().add(item(s.title(), null, () -> viewModel.openSample(s)));
        }
        MenuItem quit = item("_Quit", "quit-item", () -> {
            if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) stage.close();
        });
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu("_File", null, open, openWithOptions, recentMenu, samples, new SeparatorMenuItem(), quit);
        file.setId("file-menu");
        fileMenu = file;
        fileInsertAt = 4;

        MenuItem about = item("_About Archetype", "about-item",
                () -> AboutDialog.show(root.getScene() == null ? null : root.getScene().getWindow()));
        Menu help = new Menu("_Help", null, about);
        help.setId("help-menu");
        MenuBar bar = new MenuBar(file, help);
        bar.setId("menu-bar");
        menuBar = bar;
        return bar;
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : viewModel.recentFiles()) {
            Path name = p.getFileName();
            MenuItem it = new MenuItem(name == null ? p.toString() : name.toString());
            it.setMnemonicParsing(false);
            it.setOnAction(e -> viewModel.openRecent(p));
            recentMenu.getItems().add(it);
        }
        if (!viewModel.recentFiles().isEmpty()) {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("Clear recent files", null, viewModel::clearRecentFiles));
        }
        recentMenu.setDisable(viewModel.recentFiles().isEmpty());
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem it = new MenuItem(text);
        if (id != null) it.setId(id);
        it.setOnAction(e -> action.run());
        return it;
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setTooltip(new Tooltip("Open a CSV, TSV, XLSX or XLS file (Ctrl+O)"));
        open.setOnAction(e -> viewModel.chooseAndOpen());
        Button options = new Button("Open with options…");
        options.setId("toolbar-open-options");
        options.setTooltip(new Tooltip("Choose the sheet, header row, delimiter, encoding and column types before importing"));
        options.setOnAction(e -> viewModel.chooseAndOpenWithOptions());
        ToolBar bar = new ToolBar(open, options);
        bar.setId("tool-bar");
        toolBar = bar;
        return bar;
    }

    private Node emptyState(BackgroundRunner runner) {
        Label headline = new Label();
        headline.setId("empty-headline");
        // While the first file is being read, say so instead of inviting another open.
        headline.textProperty().bind(Bindings.createStringBinding(() -> runner.activeJobProperty().get() == null
                ? "Open a file to begin" : runner.activeJobProperty().get().title() + "…", runner.activeJobProperty()));
        headline.getStyleClass().add("empty-headline");
        Label hint = new Label("A CSV, TSV, XLSX or XLS file with one customer per row — or drop it on this window.");
        hint.getStyleClass().add("empty-hint");
        Button open = new Button("Open…");
        open.setId("empty-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> viewModel.chooseAndOpen());
        HBox buttons = new HBox(10, open);
        buttons.setAlignment(Pos.CENTER);
        if (!Sample.available().isEmpty()) {
            Sample first = Sample.available().get(0);
            Button sample = new Button("Try the sample data");
            sample.setId("empty-sample");
            sample.setOnAction(e -> viewModel.openSample(first));
            buttons.getChildren().add(sample);
        }
        VBox box = new VBox(12, headline, hint, buttons);
        box.setId("empty-state");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node statusBar(DataTableView table, BackgroundRunner runner) {
        StatusBar bar = new StatusBar(table.viewModel().summaryProperty(), runner.activeJobProperty());
        Hyperlink warnings = new Hyperlink();
        warnings.setId("status-warnings");
        warnings.textProperty().bind(viewModel.warningsTextProperty());
        warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warningsTextProperty()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setOnAction(e -> viewModel.showWarnings());
        bar.getChildren().add(1, warnings);
        Label pivot = new Label();
        pivot.setId("status-pivot");
        pivot.getStyleClass().add("status-pivot");
        pivot.textProperty().bind(viewModel.pivotSummaryProperty());
        pivot.visibleProperty().bind(Bindings.isNotEmpty(viewModel.pivotSummaryProperty()));
        pivot.managedProperty().bind(pivot.visibleProperty());
        bar.getChildren().add(1, pivot);
        return bar;
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            boolean accepted = files.size() == 1;
            e.setDropCompleted(accepted);
            e.consume();
            // Open after the drop completes so the drag source is not kept waiting on a dialog.
            if (accepted) javafx.application.Platform.runLater(() -> viewModel.open(files.get(0).toPath()));
        });
    }

    /** Shows the window in {@code stage}, restoring and later saving its bounds. */
    public void show(Stage stage, AppPreferences preferences) {
        Scene scene = new Scene(root, 1200, 780);
        var css = MainWindow.class.getResource("/dev/archetype/ui/archetype.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        preferences.windowBounds().ifPresent(b -> restore(stage, b));
        stage.setOnHidden(e -> preferences.setWindowBounds(new AppPreferences.WindowBounds(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
    }

    private static void restore(Stage stage, AppPreferences.WindowBounds b) {
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        boolean onScreen = !Double.isNaN(b.x()) && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty();
        if (onScreen) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
    }
}
