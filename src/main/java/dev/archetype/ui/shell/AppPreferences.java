package dev.archetype.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
    /**
     * Writing the store happens here, never on the caller's thread: on the FX thread the first flush (the XML stack
     * loading) held the window still for about 90 ms while a file opened, and a flush holds the node's lock, so even
     * a put waited for it. What this JVM wrote is answered from {@link #written} until then. A normal exit
     * still saves everything: the JDK's store flushes itself on shutdown.
     */
    private static final Executor FLUSHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "archetype-preferences");
        t.setDaemon(true);
        return t;
    });
    /** Removed keys map to this. */
    private static final String REMOVED = new String("removed");
    private final Preferences node;
    private final Executor flusher;
    /** What this JVM wrote, per node, so that every instance reads it before the store has it. */
    private static final Map<String, Map<String, String>> WRITTEN = new ConcurrentHashMap<>();
    private final Map<String, String> written;

    public AppPreferences(Preferences node) {
        this(node, FLUSHER);
    }

    AppPreferences(Preferences node, Executor flusher) {
        this.node = node;
        this.flusher = flusher;
        this.written = WRITTEN.computeIfAbsent(node.absolutePath(), p -> new ConcurrentHashMap<>());
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
            String s = get(RECENT + i);
            if (s == null) break;
            toPath(s).ifPresent(files::add);
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < MAX_RECENT; i++) values.put(RECENT + i, i < files.size() ? files.get(i).toString() : REMOVED);
        save(values);
    }

    public Optional<Path> lastFolder() {
        return read(() -> Optional.ofNullable(get(LAST_FOLDER)).flatMap(AppPreferences::toPath), Optional.empty());
    }

    public void setLastFolder(Path folder) {
        save(Map.of(LAST_FOLDER, folder.toString()));
    }

    /** Whether the user chose the dark theme; light by default. */
    public boolean darkTheme() {
        return read(() -> Boolean.parseBoolean(get(DARK_THEME)), false);
    }

    public void setDarkTheme(boolean dark) {
        save(Map.of(DARK_THEME, Boolean.toString(dark)));
    }

    /** Saved window bounds, if any were saved. */
    public Optional<WindowBounds> windowBounds() {
        return read(this::readWindowBounds, Optional.empty());
    }

    private Optional<WindowBounds> readWindowBounds() {
        double w = number("window.width", -1);
        double h = number("window.height", -1);
        if (w <= 0 || h <= 0) return Optional.empty();
        return Optional.of(new WindowBounds(number("window.x", Double.NaN), number("window.y", Double.NaN),
                w, h, Boolean.parseBoolean(get("window.maximized"))));
    }

    public void setWindowBounds(WindowBounds b) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("window.x", Double.toString(b.x()));
        values.put("window.y", Double.toString(b.y()));
        values.put("window.width", Double.toString(b.width()));
        values.put("window.height", Double.toString(b.height()));
        values.put("window.maximized", Boolean.toString(b.maximized()));
        save(values);
    }

    /** Reads, answering {@code fallback} when the store is unusable (e.g. the node was removed). */
    private static <T> T read(java.util.function.Supplier<T> reader, T fallback) {
        try {
            return reader.get();
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

    /** The value this JVM last wrote for {@code key}, else the store's; null when there is none. */
    private String get(String key) {
        String w = written.get(key);
        if (w != null) return w == REMOVED ? null : w;
        return node.get(key, null);
    }

    private double number(String key, double fallback) {
        String v = get(key);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Remembers the values at once and has them put into the store and flushed in the background ({@link #REMOVED}
     * removes); preferences are a convenience, so failing to save must never stop the app.
     */
    private void save(Map<String, String> values) {
        written.putAll(values);
        flusher.execute(() -> {
            try {
                values.forEach((key, value) -> {
                    if (value == REMOVED) node.remove(key);
                    else node.put(key, value);
                });
                node.flush();
            } catch (BackingStoreException | IllegalStateException e) {
                couldNotSave(e);
            }
        });
    }

    private static void couldNotSave(Exception e) {
        System.getLogger(AppPreferences.class.getName()).log(System.Logger.Level.DEBUG, "Could not save preferences", e);
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
