package dev.archetype.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;

/**
 * The light or dark look of the window, remembered in {@link AppPreferences}. The dark stylesheet is added
 * to the window's root node rather than to the scene, so it overrides the light scene stylesheets whatever
 * order those are added in (a parent's stylesheets take precedence over its scene's).
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
        if (darkUrl == null) return;
        root.getStylesheets().remove(darkUrl);
        if (on) root.getStylesheets().add(darkUrl);
        root.getStyleClass().removeAll("dark");
        if (on) root.getStyleClass().add("dark");
    }
}
