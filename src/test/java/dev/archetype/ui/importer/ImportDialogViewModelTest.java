package dev.archetype.ui.importer;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.RaggedRows;
import dev.archetype.ui.common.ManualRunner;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.data.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDialogViewModelTest {
    private final Path file = Path.of("customers.csv");
    private final FakeImportService service = new FakeImportService(TestData.customers());

    private ImportDialogViewModel vm(dev.archetype.ui.common.BackgroundRunner runner) {
        ImportDialogViewModel vm = new ImportDialogViewModel(file, ImportOptions.defaults(), service, runner);
        vm.showInitial(null, null);
        return vm;
    }

    @Test
    void startsWithAPreviewOfTheDetectedSettings() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        assertThat(vm.previewProperty().get().dataset().rowCount()).isEqualTo(5);
        assertThat(vm.canImportProperty().get()).isTrue();
        assertThat(vm.options()).isEqualTo(ImportOptions.defaults().withMissingTokens(ImportOptions.defaults().missingTokens()));
    }

    @Test
    void everySettingChangeRefreshesThePreviewWithThatSetting() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        vm.delimiterProperty().set(';');
        vm.encodingProperty().set(StandardCharsets.ISO_8859_1);
        vm.headerProperty().set(HeaderChoice.row(2));
        vm.raggedRowsProperty().set(RaggedRows.SKIP);
        ImportOptions last = service.previews.get(service.previews.size() - 1);
        assertThat(last.delimiter()).isEqualTo(';');
        assertThat(last.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(last.headerRow()).isEqualTo(2);
        assertThat(last.raggedRows()).isEqualTo(RaggedRows.SKIP);
        assertThat(service.previews).hasSize(5);
    }

    @Test
    void noHeaderRowIsPassedAsHasHeaderFalse() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        vm.headerProperty().set(HeaderChoice.NONE);
        assertThat(vm.options().hasHeader()).isFalse();
        assertThat(vm.options().headerRow()).isNull();
    }

    @Test
    void typeOverridesReachTheOptions() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        vm.typeOverrides().put("Visits", ColumnType.CATEGORICAL);
        assertThat(service.previews.get(service.previews.size() - 1).typeOverrides())
                .containsEntry("Visits", ColumnType.CATEGORICAL);
        vm.typeOverrides().remove("Visits");
        assertThat(vm.options().typeOverrides()).isEmpty();
    }

    @Test
    void missingTokensAreParsedFromCommaSeparatedTextAndBlankAlwaysCounts() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        vm.missingTokensProperty().set(" NA , unknown,, ?");
        assertThat(vm.options().missingTokens()).containsExactlyInAnyOrder("", "na", "unknown", "?");
        assertThat(ImportDialogViewModel.formatTokens(ImportOptions.defaults().missingTokens())).isEqualTo("-, ?, n/a, na, null");
    }

    @Test
    void aFailingPreviewShowsTheMessageAndDisablesImport() {
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        service.failure = new ImportException(file, null, 3, "Spend", "not a number", null);
        vm.delimiterProperty().set('|');
        assertThat(vm.errorProperty().get()).contains("customers.csv").contains("Spend").contains("not a number");
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.canImportProperty().get()).isFalse();
        service.failure = null;
        vm.delimiterProperty().set(',');
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void workbooksListTheirSheetsAndShowTheDetectedOne() {
        service.sheets = List.of("Offers", "Transactions");
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        assertThat(vm.sheets()).containsExactly("Offers", "Transactions");
        assertThat(vm.sheetProperty().get()).isEqualTo("Offers");
        assertThat(vm.isWorkbook()).isTrue();
        assertThat(service.previews).hasSize(1);
        vm.sheetProperty().set("Transactions");
        assertThat(service.previews.get(1).sheet()).isEqualTo("Transactions");
    }

    @Test
    void onlyTheNewestPreviewIsShown() {
        ManualRunner runner = new ManualRunner();
        Dataset semicolon = new Dataset("semi", TestData.customers().columns().subList(0, 2), List.of());
        service.data = o -> o.delimiter() != null && o.delimiter() == ';' ? semicolon : TestData.customers();
        ImportDialogViewModel vm = vm(runner);
        vm.delimiterProperty().set(';');
        assertThat(vm.previewingProperty().get()).isTrue();
        assertThat(vm.canImportProperty().get()).isFalse();
        runner.runAll();
        assertThat(vm.previewProperty().get().dataset().columnCount()).isEqualTo(2);
        assertThat(vm.previewingProperty().get()).isFalse();
    }

    @Test
    void warningsAreListed() {
        service.warnings = List.of("Header 3 was blank; named Column 3");
        ImportDialogViewModel vm = vm(new SameThreadRunner());
        assertThat(vm.warnings()).containsExactly("Header 3 was blank; named Column 3");
    }
}
