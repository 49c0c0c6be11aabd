package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.data.TestData;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.DatasetOpener.Mode;
import dev.archetype.ui.shell.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell learns which import options produced the data on screen, which a saved project records. */
class ImportOptionsRememberedTest {
    private final Path file = Path.of("customers.csv");
    private final FakeImportService service = new FakeImportService(TestData.customers());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> asked = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());
    private Optional<ImportOptions> answer = Optional.empty();
    private final ImportCoordinator coordinator = new ImportCoordinator(service, new SameThreadRunner(), dialogs,
            (f, options, preview, error) -> {
                asked.add(f.toString());
                return answer;
            });

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theOptionsChosenInTheDialogAreTheOnesRememberedForThatData() {
        service.data = o -> TestData.customers();
        answer = Optional.of(ImportOptions.defaults().withDelimiter(';'));
        List<Dataset> opened = new ArrayList<>();
        coordinator.open(file, Mode.WITH_OPTIONS, opened::add);
        assertThat(coordinator.optionsUsedFor(opened.get(0))).isEqualTo(answer.get());
        assertThat(coordinator.optionsUsedFor(TestData.customers())).isNull();
        assertThat(coordinator.optionsUsedFor(null)).isNull();
    }

    @Test
    void mainViewModelExposesTheOptionsOfTheCurrentImport() {
        MainViewModel main = new MainViewModel(coordinator, dialogs, new AppPreferences(node));
        assertThat(main.currentImportProperty().get()).isNull();
        main.open(file);
        assertThat(main.currentImportProperty().get()).isEqualTo(ImportOptions.defaults());

        answer = Optional.of(ImportOptions.defaults().withDelimiter('\t'));
        main.openWithOptions(file);
        assertThat(main.currentImportProperty().get().delimiter()).isEqualTo('\t');
    }

    @Test
    void importingWithGivenOptionsAsksNothing() {
        MainViewModel main = new MainViewModel(coordinator, dialogs, new AppPreferences(node));
        ImportOptions saved = ImportOptions.defaults().withDelimiter(';');
        List<Dataset> then = new ArrayList<>();
        main.openWithImportOptions(file, saved, then::add);
        assertThat(asked).isEmpty();
        assertThat(service.previews).isEmpty();
        assertThat(service.reads).containsExactly(saved);
        assertThat(then).containsExactly(main.getDataset());
        assertThat(main.currentImportProperty().get()).isEqualTo(saved);
        assertThat(main.recentFiles()).isEmpty();
    }
}
