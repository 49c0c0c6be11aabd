package dev.archetype.ui.shell;

import dev.archetype.core.data.Dataset;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.data.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());
    private final AppPreferences prefs = new AppPreferences(node);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeOpener opener = new FakeOpener();
    @TempDir Path dir;

    /** Opens files whose data the test registered; anything else fails like a bad import (callback never runs). */
    static final class FakeOpener implements DatasetOpener {
        final Map<Path, Dataset> data = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public void open(Path file, Mode mode, Consumer<Dataset> onOpened) {
            calls.add(file.getFileName() + " " + mode);
            Dataset d = data.get(file);
            if (d != null) onOpened.accept(d);
        }
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "a,b\n1,2\n");
        opener.data.put(p, TestData.customers());
        return p;
    }

    @Test
    void openingAFileShowsItsDataAndNamesItInTheTitle() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        Path f = file("customers.csv");
        vm.open(f);
        assertThat(vm.getDataset().rowCount()).isEqualTo(5);
        assertThat(vm.titleProperty().get()).isEqualTo("Archetype — customers.csv");
        assertThat(opener.calls).containsExactly("customers.csv QUICK");
    }

    @Test
    void aFailedOpenKeepsThePreviousData() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        Path good = file("good.csv");
        vm.open(good);
        Dataset before = vm.getDataset();
        vm.open(dir.resolve("broken.csv"));
        assertThat(vm.getDataset()).isSameAs(before);
        assertThat(vm.titleProperty().get()).endsWith("good.csv");
        assertThat(vm.recentFiles()).containsExactly(good.toAbsolutePath());
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndSurviveARestart() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        Path a = file("a.csv");
        Path b = file("b.csv");
        vm.open(a);
        vm.open(b);
        vm.open(a);
        assertThat(vm.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        MainViewModel restarted = new MainViewModel(opener, dialogs, new AppPreferences(node));
        assertThat(restarted.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
    }

    @Test
    void recentFilesKeepOnlyTheNewestTen() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        for (int i = 0; i < 12; i++) vm.open(file("f" + i + ".csv"));
        assertThat(vm.recentFiles()).hasSize(AppPreferences.MAX_RECENT);
        assertThat(vm.recentFiles().get(0).getFileName().toString()).isEqualTo("f11.csv");
    }

    @Test
    void aRecentFileThatIsGoneIsReportedAndDropped() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        Path f = file("gone.csv");
        vm.open(f);
        Files.delete(f);
        vm.openRecent(f.toAbsolutePath());
        assertThat(dialogs.errors).singleElement().asString().contains("gone.csv").contains("no longer exists");
        assertThat(vm.recentFiles()).isEmpty();
        assertThat(opener.calls).hasSize(1);
    }

    @Test
    void theFileChooserStartsInTheLastFolderUsed() throws IOException {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        Path f = file("x.csv");
        dialogs.filesToChoose.add(f);
        vm.chooseAndOpenWithOptions();
        assertThat(opener.calls).containsExactly("x.csv WITH_OPTIONS");
        vm.chooseAndOpen();
        assertThat(dialogs.chooserFolders.get(1)).contains(dir.toAbsolutePath().normalize());
        assertThat(opener.calls).hasSize(1);
    }

    @Test
    void samplesOpenFromACopyAndStayOutOfRecentFiles() {
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        vm.openSample(Sample.WHOLESALE);
        assertThat(opener.calls).containsExactly("wholesale_customers.csv QUICK");
        assertThat(vm.recentFiles()).isEmpty();
    }

    @Test
    void warningsAreCountedAndShown() {
        Path f = dir.resolve("w.csv");
        opener.data.put(f, new Dataset("w.csv", TestData.customers().columns(),
                List.of("Row 3 had 4 fields; padded", "Header 2 was blank; named Column 2")));
        MainViewModel vm = new MainViewModel(opener, dialogs, prefs);
        assertThat(vm.warningsTextProperty().get()).isEmpty();
        vm.open(f);
        assertThat(vm.warningsTextProperty().get()).isEqualTo("2 import warnings");
        vm.showWarnings();
        assertThat(dialogs.infos).hasSize(1);
        assertThat(dialogs.infos.get(0).lines()).containsExactly("• Row 3 had 4 fields; padded", "• Header 2 was blank; named Column 2");
    }
}
