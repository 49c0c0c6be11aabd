package dev.archetype.ui.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());

    @AfterEach
    void remove() throws BackingStoreException {
        try {
            node.removeNode();
        } catch (IllegalStateException alreadyRemoved) {
            // the last test removes it itself
        }
    }

    @Test
    void windowBoundsAndLastFolderSurviveANewInstance() {
        AppPreferences prefs = new AppPreferences(node, Runnable::run);
        assertThat(prefs.windowBounds()).isEmpty();
        prefs.setWindowBounds(new AppPreferences.WindowBounds(40, 60, 1280, 800, true));
        prefs.setLastFolder(Path.of("/data/customers"));
        AppPreferences again = new AppPreferences(node);
        assertThat(again.windowBounds()).contains(new AppPreferences.WindowBounds(40, 60, 1280, 800, true));
        assertThat(again.lastFolder()).contains(Path.of("/data/customers"));
    }

    @Test
    void aShorterRecentListForgetsTheOldTail() {
        AppPreferences prefs = new AppPreferences(node, Runnable::run);
        prefs.setRecentFiles(List.of(Path.of("/a.csv"), Path.of("/b.csv"), Path.of("/c.csv")));
        prefs.setRecentFiles(List.of(Path.of("/c.csv")));
        assertThat(new AppPreferences(node).recentFiles()).containsExactly(Path.of("/c.csv"));
    }

    @Test
    void savingAfterTheNodeIsGoneIsHarmlessAndTheSessionKeepsWhatItWasTold() throws BackingStoreException {
        AppPreferences prefs = new AppPreferences(node, Runnable::run);
        node.removeNode();
        assertThat(prefs.windowBounds()).isEmpty();
        assertThat(prefs.recentFiles()).isEmpty();
        prefs.setLastFolder(Path.of("/x"));
        prefs.setRecentFiles(List.of(Path.of("/y.csv")));
        prefs.setWindowBounds(new AppPreferences.WindowBounds(0, 0, 800, 600, false));
        assertThat(prefs.lastFolder()).contains(Path.of("/x"));
        assertThat(prefs.recentFiles()).containsExactly(Path.of("/y.csv"));
        assertThat(prefs.windowBounds()).contains(new AppPreferences.WindowBounds(0, 0, 800, 600, false));
    }

    @Test
    void theStoreIsWrittenToDiskOnAnotherThreadNeverTheCallers() {
        List<Runnable> flushes = new java.util.ArrayList<>();
        AppPreferences prefs = new AppPreferences(node, flushes::add);
        prefs.setRecentFiles(List.of(Path.of("/big.csv")));
        prefs.setDarkTheme(true);
        assertThat(flushes).as("one write handed over per change, none run here").hasSize(2);
        assertThat(node.get("recent.0", null)).as("the store untouched on this thread").isNull();
        assertThat(prefs.recentFiles()).as("read back at once, before any write").containsExactly(Path.of("/big.csv"));
        assertThat(prefs.darkTheme()).isTrue();
        flushes.forEach(Runnable::run);
        assertThat(new AppPreferences(node).recentFiles()).containsExactly(Path.of("/big.csv"));
    }
}
