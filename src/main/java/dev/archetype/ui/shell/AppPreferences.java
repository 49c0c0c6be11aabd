package dev.archetype.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (recent files, last folder, window bounds, theme), kept in a
 * {@link Preferences} node. Tests pass a throw-away node.
 */
public final class AppPreferences {
    /** How many recent files the menu lists. */
    public static final int MAX_RECENT = 10;
    private static final String RECENT = "recent.";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String DARK_THEME = "theme.dark";
    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for the app. */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("dev/archetype/app"));
    }

    public List<Path> recentFiles() {
        return read(this::readRecentFiles, List.of());
    }

    private List<Path> readRecentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String s = node.get(RECENT + i, null);
            if (s == null) break;
            toPath(s).ifPresent(files::add);
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        save(() -> {
            for (int i = 0; i < MAX_RECENT; i++) {
                if (i < files.size()) node.put(RECENT + i, files.get(i).toString());
                else node.remove(RECENT + i);
            }
        });
    }

    public Optional<Path> lastFolder() {
        return read(() -> Optional.ofNullable(node.get(LAST_FOLDER, null)).flatMap(AppPreferences::toPath), Optional.empty());
    }

    public void setLastFolder(Path folder) {
        save(() -> node.put(LAST_FOLDER, folder.toString()));
    }

    /** Whether the user chose the dark theme; light by default. */
    public boolean darkTheme() {
        return read(() -> node.getBoolean(DARK_THEME, false), false);
    }

    public void setDarkTheme(boolean dark) {
        save(() -> node.putBoolean(DARK_THEME, dark));
    }

    /** Saved window bounds, if any were saved. */
    public Optional<WindowBounds> windowBounds() {
        return read(this::readWindowBounds, Optional.empty());
    }

    private Optional<WindowBounds> readWindowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) return Optional.empty();
        return Optional.of(new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                w, h, node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds b) {
        save(() -> {
            node.putDouble("window.x", b.x());
            node.putDouble("window.y", b.y());
            node.putDouble("window.width", b.width());
            node.putDouble("window.height", b.height());
            node.putBoolean("window.maximized", b.maximized());
        });
    }

    /** Reads, answering {@code fallback} when the store is unusable (e.g. the node was removed). */
    private static <T> T read(java.util.function.Supplier<T> reader, T fallback) {
        try {
            return reader.get();
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

    /** Writes and flushes; preferences are a convenience, so failing to save must never stop the app. */
    private void save(Runnable write) {
        try {
            write.run();
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            System.getLogger(AppPreferences.class.getName()).log(System.Logger.Level.DEBUG, "Could not save preferences", e);
        }
    }

    private static Optional<Path> toPath(String s) {
        try {
            return Optional.of(Path.of(s));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Window position and size; x and y are NaN when unknown. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) { }
}
