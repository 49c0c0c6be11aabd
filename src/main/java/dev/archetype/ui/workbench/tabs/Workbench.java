package dev.archetype.ui.workbench.tabs;

import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.workbench.ClusterTableColumns;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import dev.archetype.ui.workbench.comparek.CompareKView;
import dev.archetype.ui.workbench.profile.ProfileView;
import dev.archetype.ui.workbench.scatter.ScatterView;
import dev.archetype.ui.workbench.setup.SetupPanel;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * Plugs the clustering workbench into the main window: the set-up side panel, the Compare k, Profiles
 * and Scatter tabs, the cluster columns and filter of the data table, and the keyboard shortcuts
 * (Ctrl+K Compare k, Ctrl+Enter Cluster, Ctrl+1…4 switch tabs).
 */
public final class Workbench {
    /** The workbench stylesheet, added to the window's scene. */
    public static final String CSS = "/dev/archetype/ui/workbench/workbench.css";

    private static final String CONTENT_KEY = "archetype.workbench.content";

    private final WorkbenchViewModel viewModel;
    private final MainWindow window;
    private final Tab compareTab;
    private final Tab profileTab;
    private final Tab scatterTab;

    private Workbench(MainWindow window, MainViewModel main, DataTableView table, BackgroundRunner runner) {
        this.window = window;
        viewModel = new WorkbenchViewModel(runner);
        viewModel.openedProperty().bind(main.openedProperty());
        window.setSidePanel(new SetupPanel(viewModel));

        ClusterTableColumns clusterColumns = new ClusterTableColumns(viewModel, table);
        BorderPane dataPane = new BorderPane(table);
        dataPane.setTop(clusterColumns.bar());
        window.dataTab().setContent(dataPane);

        compareTab = tab("Compare k", "compare-k-tab", new CompareKView(viewModel));
        profileTab = tab("Profiles", "profiles-tab", new ProfileView(viewModel));
        scatterTab = tab("Scatter", "scatter-tab", new ScatterView(viewModel));
        window.addTab(compareTab);
        window.addTab(profileTab);
        window.addTab(scatterTab);

        viewModel.sweepProperty().addListener((o, a, s) -> { if (s != null) select(compareTab); });
        viewModel.currentProperty().addListener((o, a, run) -> {
            if (run != null && window.tabPane().getSelectionModel().getSelectedItem() == window.dataTab()
                    && viewModel.sweepProperty().get() == null) select(profileTab);
        });
        viewModel.clusterFilterProperty().addListener((o, a, c) -> { if (c.intValue() >= 0) select(window.dataTab()); });

        window.root().sceneProperty().addListener((o, a, scene) -> { if (scene != null) install(scene); });
        if (window.root().getScene() != null) install(window.root().getScene());
    }

    /** Builds the workbench into {@code window}; its data follows {@code main}'s open file. */
    public static Workbench install(MainWindow window, MainViewModel main, DataTableView table, BackgroundRunner runner) {
        return new Workbench(window, main, table, runner);
    }

    public WorkbenchViewModel viewModel() { return viewModel; }

    public Tab compareTab() { return compareTab; }

    public Tab profileTab() { return profileTab; }

    public Tab scatterTab() { return scatterTab; }

    /** A workbench tab's view, also before the tab was first shown (its content joins the scene then). */
    public static javafx.scene.Node contentOf(Tab tab) {
        Object pending = tab.getProperties().get(CONTENT_KEY);
        return pending instanceof javafx.scene.Node n ? n : tab.getContent();
    }

    /**
     * The content joins the scene when the tab is first selected: styling and skinning the charts and the
     * grid of the hidden tabs was most of the time to the first frame (3.8 s → see the note on issue 7).
     */
    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title);
        t.setId(id);
        t.setClosable(false);
        t.getProperties().put(CONTENT_KEY, content);
        if (t.isSelected()) t.setContent(content);
        else t.selectedProperty().addListener((o, was, selected) -> { if (selected && t.getContent() == null) t.setContent(content); });
        return t;
    }

    private void select(Tab tab) {
        window.tabPane().getSelectionModel().select(tab);
    }

    private void install(Scene scene) {
        var css = Workbench.class.getResource(CSS);
        if (css != null && !scene.getStylesheets().contains(css.toExternalForm())) scene.getStylesheets().add(css.toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+K"), viewModel::compareK);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Enter"), viewModel::cluster);
        Tab[] order = {window.dataTab(), compareTab, profileTab, scatterTab};
        for (int i = 0; i < order.length; i++) {
            Tab t = order[i];
            scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+" + (i + 1)), () -> select(t));
        }
    }
}
