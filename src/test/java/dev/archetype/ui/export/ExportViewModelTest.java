package dev.archetype.ui.export;

import dev.archetype.core.task.CancelledException;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.common.Work;
import dev.archetype.ui.workbench.Fixtures;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    @TempDir Path dir;
    private WorkbenchViewModel workbench;
    private RecordingDialogService dialogs;
    private final Deque<SaveChooser.Choice> choices = new ArrayDeque<>();
    private final SimpleObjectProperty<Path> source = new SimpleObjectProperty<>();
    private SameThreadRunner runner;
    private ExportViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        workbench = new WorkbenchViewModel(new SameThreadRunner());
        dialogs = new RecordingDialogService();
        runner = new SameThreadRunner();
        source.set(Files.writeString(dir.resolve("blobs.csv"), "X,Y\n1,2\n"));
        vm = new ExportViewModel(workbench, source, runner, dialogs, chooser());
    }

    private SaveChooser chooser() {
        return (title, folder, name, filters) -> Optional.ofNullable(choices.poll());
    }

    private void cluster() {
        workbench.datasetProperty().set(Fixtures.blobs());
        workbench.setup().selectNone();
        workbench.setup().features().stream().filter(f -> f.name().equals("X") || f.name().equals("Y")).forEach(f -> f.setSelected(true));
        workbench.setup().kProperty().set(3);
        workbench.cluster();
        assertThat(workbench.currentProperty().get()).isNotNull();
    }

    private void choose(Path file, boolean dialogAskedAboutOverwrite) {
        choices.add(new SaveChooser.Choice(file, dialogAskedAboutOverwrite));
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportIsDisabledUntilSomethingIsClustered() {
        assertThat(vm.canExportProperty().get()).isFalse();
        workbench.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.canExportProperty().get()).isFalse();
        cluster();
        assertThat(vm.canExportProperty().get()).isTrue();
        workbench.datasetProperty().set(Fixtures.blobs()); // another file clears the clustering
        assertThat(vm.canExportProperty().get()).isFalse();
    }

    @Test
    void writingOverTheSourceFileIsRefusedWithAClearMessage() throws IOException {
        cluster();
        byte[] before = Files.readAllBytes(source.get());
        choose(source.get(), true);
        vm.exportCsv(false);
        assertThat(dialogs.errors).singleElement().asString()
                .contains("Refusing to overwrite the source file blobs.csv").contains("choose another file name");
        assertThat(Files.readAllBytes(source.get())).isEqualTo(before);
        assertThat(runner.jobsRun()).isZero();
    }

    @Test
    void pickingTheSourceInTheWorkbookDialogIsRefusedRatherThanWrittenBesideIt() throws IOException {
        cluster();
        choose(source.get(), true);
        vm.exportWorkbook();
        assertThat(dialogs.errors).singleElement().asString().contains("Refusing to overwrite the source file blobs.csv");
        assertThat(dir.resolve("blobs.csv.xlsx")).doesNotExist();
        assertThat(runner.jobsRun()).isZero();
    }

    @Test
    void decliningToReplaceAnExistingFileKeepsItsBytes() throws IOException {
        cluster();
        Path target = Files.writeString(dir.resolve("old.csv"), "old content");
        dialogs.confirmAnswer = false;
        choose(target, false);
        vm.exportCsv(false);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(runner.jobsRun()).isZero();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void replacingAfterTheSaveDialogAskedDoesNotAskAgain() throws IOException {
        cluster();
        Path target = Files.writeString(dir.resolve("old.csv"), "old content");
        dialogs.confirmAnswer = false; // would refuse if asked a second time
        choose(target, true);
        vm.exportCsv(false);
        assertThat(Files.readString(target)).startsWith("Customer,");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved " + target);
        assertThat(vm.lastSavedProperty().get()).isEqualTo(target.toString());
    }

    @Test
    void csvForExcelStartsWithAUtf8ByteOrderMarkAndGetsItsExtension() throws IOException {
        cluster();
        choose(dir.resolve("labeled"), true);
        vm.exportCsv(true);
        Path written = dir.resolve("labeled.csv");
        byte[] bytes = Files.readAllBytes(written);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<de.siegmar.fastcsv.reader.CsvRecord> records = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(text).stream().toList();
        assertThat(records).hasSize(91);
        assertThat(records.get(0).getFields()).endsWith("Cluster", "Archetype", "Distance", "Silhouette");
        int clusterColumn = records.get(0).getFields().indexOf("Cluster");
        for (int r = 0; r < 90; r++) {
            int cluster = workbench.clusterOfRow(r);
            assertThat(records.get(r + 1).getField(clusterColumn)).isEqualTo(cluster < 0 ? "" : Integer.toString(cluster + 1));
            assertThat(records.get(r + 1).getField(clusterColumn + 1)).isEqualTo(workbench.archetypeOfRow(r));
        }
    }

    @Test
    void plainCsvHasNoByteOrderMark() throws IOException {
        cluster();
        choose(dir.resolve("plain.csv"), true);
        vm.exportCsv(false);
        assertThat(Files.readAllBytes(dir.resolve("plain.csv"))[0]).isEqualTo((byte) 'C');
    }

    @Test
    void cancelledExportLeavesTheOldFileIntactAndNoPartialFile() throws IOException {
        vm = new ExportViewModel(workbench, source, new CancelledRunner(), dialogs, chooser());
        cluster();
        Path target = Files.writeString(dir.resolve("result.xlsx"), "previous workbook");
        choose(target, true);
        vm.exportWorkbook();
        assertThat(Files.readString(target)).isEqualTo("previous workbook");
        assertThat(filesInDir()).containsExactly("blobs.csv", "result.xlsx");
        assertThat(vm.statusProperty().get()).isEqualTo("Export cancelled; result.xlsx was not written");
        assertThat(vm.exportingProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();

        Path fresh = dir.resolve("fresh.csv");
        choose(fresh, true);
        vm.exportCsv(false);
        assertThat(fresh).doesNotExist();
        assertThat(filesInDir()).containsExactly("blobs.csv", "result.xlsx");
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefusedBeforeAnyWork() throws IOException {
        cluster();
        choose(dir.resolve("gone").resolve("out.xlsx"), true);
        vm.exportWorkbook();
        Files.createDirectory(dir.resolve("folder.xlsx"));
        choose(dir.resolve("folder.xlsx"), true);
        vm.exportWorkbook();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("out.xlsx").contains("does not exist");
        assertThat(dialogs.errors.get(1)).contains("folder.xlsx").contains("is a folder");
        assertThat(runner.jobsRun()).isZero();
    }

    @Test
    void aFailedWriteShowsTheCoreMessageAndKeepsTheOldFile() throws IOException {
        vm = new ExportViewModel(workbench, source, new FailingRunner(), dialogs, chooser());
        cluster();
        Path target = Files.writeString(dir.resolve("result.xlsx"), "previous workbook");
        choose(target, true);
        vm.exportWorkbook();
        assertThat(dialogs.errors).containsExactly("Not enough disk space to write " + target + "; free some space or choose another drive");
        assertThat(Files.readString(target)).isEqualTo("previous workbook");
        assertThat(filesInDir()).containsExactly("blobs.csv", "result.xlsx");
    }

    @Test
    void workbookRecordsTheSettingsTheRunUsedAndTheUsersNames() throws Exception {
        workbench.setup().seedProperty().set(7);
        cluster();
        workbench.rename(1, "Big grocers");
        workbench.setup().seedProperty().set(99); // changed after the run: not what the clustering used
        Path target = dir.resolve("run.xlsx");
        choose(target, true);
        vm.exportWorkbook();
        java.util.Map<String, String> settings = new java.util.HashMap<>();
        try (var in = Files.newInputStream(target); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Run");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                settings.put(row.getCell(0).getStringCellValue(), new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1)));
            }
            assertThat(wb.getSheet("Compare k")).as("no sweep was run").isNull();
        }
        assertThat(settings).containsEntry("Seed", "7").containsEntry("Source file", "blobs.csv").containsEntry("Sheet", "—")
                .containsEntry("Features", "X, Y").containsEntry("k", "3");
        assertThat(settings.get("Archetype names").split(" \\| ")).hasSize(3).contains("Big grocers");
    }

    @Test
    void cancellingTheDialogDoesNothing() {
        cluster();
        vm.exportWorkbook();
        vm.exportCsv(true);
        assertThat(runner.jobsRun()).isZero();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    /** Runs the work with Cancel already pressed, as a user would in the middle of a long export. */
    private static final class CancelledRunner implements BackgroundRunner {
        private final ReadOnlyObjectWrapper<BackgroundJob> active = new ReadOnlyObjectWrapper<>();

        @Override
        public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
            try {
                callbacks.onSuccess().accept(work.call((f, m) -> { }, () -> true));
            } catch (CancelledException e) {
                callbacks.onCancelled().run();
            } catch (Exception e) {
                callbacks.onFailure().accept(e);
            }
            return null;
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() { return active.getReadOnlyProperty(); }
    }

    /** Lets the export write part of its content, then fails the way a full disk does. */
    private static final class FailingRunner implements BackgroundRunner {
        private final ReadOnlyObjectWrapper<BackgroundJob> active = new ReadOnlyObjectWrapper<>();

        @Override
        public <T> BackgroundJob run(String title, Work<T> work, JobCallbacks<T> callbacks) {
            int[] polls = {0};
            try {
                callbacks.onSuccess().accept(work.call((f, m) -> { }, () -> {
                    // the zip write polls the cancel flag per block; fail part-way through it
                    if (++polls[0] > 8) throw new java.io.UncheckedIOException(new IOException("No space left on device"));
                    return false;
                }));
            } catch (Exception e) {
                callbacks.onFailure().accept(e);
            }
            return null;
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundJob> activeJobProperty() { return active.getReadOnlyProperty(); }
    }

}
