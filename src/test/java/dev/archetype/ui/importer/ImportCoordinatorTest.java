package dev.archetype.ui.importer;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.ui.common.ManualRunner;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.data.TestData;
import dev.archetype.ui.shell.DatasetOpener.Mode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCoordinatorTest {
    private final Path file = Path.of("customers.csv");
    private final FakeImportService service = new FakeImportService(TestData.customers());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> asked = new ArrayList<>();
    private final List<Dataset> opened = new ArrayList<>();
    private Optional<ImportOptions> answer = Optional.empty();

    private final ImportOptionsPrompt prompt = (f, options, preview, error) -> {
        asked.add(preview == null ? "error: " + error : "sheets " + preview.sheets());
        return answer;
    };

    private ImportCoordinator coordinator(dev.archetype.ui.common.BackgroundRunner runner) {
        return new ImportCoordinator(service, runner, dialogs, prompt);
    }

    @Test
    void aPlainCsvImportsWithDefaultsWithoutTheDialog() {
        coordinator(new SameThreadRunner()).open(file, Mode.QUICK, opened::add);
        assertThat(asked).isEmpty();
        assertThat(opened).singleElement().extracting(Dataset::rowCount).isEqualTo(5);
        assertThat(service.reads).containsExactly(ImportOptions.defaults());
    }

    @Test
    void aWorkbookWithSeveralSheetsAsksWhichOne() {
        service.sheets = List.of("Offers", "Transactions");
        answer = Optional.of(ImportOptions.defaults().withSheet("Transactions"));
        coordinator(new SameThreadRunner()).open(file, Mode.QUICK, opened::add);
        assertThat(asked).containsExactly("sheets [Offers, Transactions]");
        assertThat(service.reads).extracting(ImportOptions::sheet).containsExactly("Transactions");
        assertThat(opened).hasSize(1);
    }

    @Test
    void warningsInThePreviewOpenTheDialogAndCancellingItImportsNothing() {
        service.warnings = List.of("Row 4 has 3 fields, header has 5; padded");
        coordinator(new SameThreadRunner()).open(file, Mode.QUICK, opened::add);
        assertThat(asked).hasSize(1);
        assertThat(service.reads).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void withOptionsAlwaysShowsTheDialog() {
        answer = Optional.of(ImportOptions.defaults().withDelimiter(';'));
        coordinator(new SameThreadRunner()).open(file, Mode.WITH_OPTIONS, opened::add);
        assertThat(asked).hasSize(1);
        assertThat(service.reads).extracting(ImportOptions::delimiter).containsExactly(';');
    }

    @Test
    void anImportErrorIsShownAsItsOneLineMessage() {
        service.failure = new ImportException(file, "the file is empty");
        coordinator(new SameThreadRunner()).open(file, Mode.QUICK, opened::add);
        assertThat(dialogs.errors).singleElement().asString().contains("customers.csv").contains("the file is empty")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(opened).isEmpty();
    }

    @Test
    void aFailedPreviewWithOptionsStillOffersTheDialogWithTheMessage() {
        service.failure = new ImportException(file, "no delimiter found");
        coordinator(new SameThreadRunner()).open(file, Mode.WITH_OPTIONS, opened::add);
        assertThat(asked).singleElement().asString().contains("no delimiter found");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void unexpectedErrorsBecomeOneLineToo(@org.junit.jupiter.api.io.TempDir Path logs) {
        String before = System.getProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
        System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, logs.toString());
        try {
            assertThat(ImportMessages.describe(file, new NoSuchFileException("customers.csv")))
                    .isEqualTo("No such file: customers.csv");
            assertThat(ImportMessages.describe(file, new IOException("Input/output error")))
                    .isEqualTo("customers.csv: Input/output error");
            assertThat(ImportMessages.describe(file, new IllegalStateException()))
                    .isEqualTo("customers.csv: internal error (illegal state exception); details in " + logs.resolve("archetype.log"));
            assertThat(ImportMessages.describe(file, new OutOfMemoryError("Java heap space")))
                    .startsWith("customers.csv: not enough memory");
        } finally {
            if (before == null) System.clearProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY);
            else System.setProperty(dev.archetype.core.failure.Failures.LOG_DIR_PROPERTY, before);
        }
    }

    @Test
    void cancellingTheImportLeavesNothingOpened() {
        ManualRunner runner = new ManualRunner();
        ImportCoordinator c = coordinator(runner);
        c.open(file, Mode.QUICK, opened::add);
        runner.runAll(); // the preview; queues the import
        assertThat(runner.activeJobProperty().get().title()).isEqualTo("Importing customers.csv");
        runner.activeJobProperty().get().cancel();
        runner.runAll();
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(runner.activeJobProperty().get()).isNull();
    }

    @Test
    void openingAnotherFileCancelsTheImportStillRunning() {
        ManualRunner runner = new ManualRunner();
        ImportCoordinator c = coordinator(runner);
        List<String> which = new ArrayList<>();
        c.importFile(Path.of("first.csv"), ImportOptions.defaults(), d -> which.add("first"));
        c.importFile(Path.of("second.csv"), ImportOptions.defaults(), d -> which.add("second"));
        runner.runAll();
        assertThat(which).containsExactly("second");
    }
}
