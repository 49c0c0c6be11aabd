package dev.archetype.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The light or dark look of the window, remembered in {@link AppPreferences}. The dark stylesheet is added
 * to the window's root node rather than to the scene, so it overrides the light scene stylesheets whatever
 * order those are added in (a parent's stylesheets take precedence over its scene's). Other windows the
 * app opens while it is on (alerts, the import dialog) get it on their roots too.
 */
public final class Theme {
    /** The dark stylesheet, layered over {@code archetype.css} and the workbench's. */
    public static final String DARK_CSS = "/dev/archetype/ui/dark.css";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final Parent root;
    private final String darkUrl;

    private Theme(Parent root, AppPreferences preferences) {
        this.root = root;
        var css = Theme.class.getResource(DARK_CSS);
        darkUrl = css == null ? null : css.toExternalForm();
        dark.set(preferences.darkTheme());
        apply(dark.get());
        dark.addListener((o, was, now) -> {
            apply(now);
            preferences.setDarkTheme(now);
        });
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) if (dark.get()) style(w, true);
            }
        });
    }

    /** Applies the saved theme to {@code window} and adds View ▸ Dark theme (Shortcut+Shift+D). */
    public static Theme install(MainWindow window, AppPreferences preferences) {
        Theme theme = new Theme(window.root(), preferences);
        CheckMenuItem toggle = new CheckMenuItem("_Dark theme");
        toggle.setId("dark-theme-item");
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        toggle.selectedProperty().bindBidirectional(theme.dark);
        Menu view = new Menu("_View", null, toggle);
        view.setId("view-menu");
        window.addMenu(view);
        return theme;
    }

    /** True while the dark theme is on; set it to switch (the choice is saved). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The URL of the dark stylesheet as it appears in the root's stylesheets. */
    public String darkStylesheet() {
        return darkUrl;
    }

    private void apply(boolean on) {
        style(root, on);
        for (Window w : Window.getWindows()) style(w, on);
    }

    /**
     * Dialogs and other stages owned by this window; popups (menus, tooltips) follow their owner's styles
     * already.
     */
    private void style(Window window, boolean on) {
        if (window instanceof Stage && ownedByThisWindow((Stage) window)
                && window.getScene() != null && window.getScene().getRoot() != null) {
            style(window.getScene().getRoot(), on);
        }
    }

    private boolean ownedByThisWindow(Stage stage) {
        Window main = root.getScene() == null ? null : root.getScene().getWindow();
        if (main == null || stage == main) return false;
        for (Window w = stage.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == main) return true;
        }
        return false;
    }

    private void style(Parent node, boolean on) {
        if (darkUrl == null) return;
        node.getStylesheets().remove(darkUrl);
        if (on) node.getStylesheets().add(darkUrl);
        node.getStyleClass().removeAll("dark");
        if (on) node.getStyleClass().add("dark");
    }
}
