package dev.archetype.ui.workbench;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.data.DataTableViewModel;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.DatasetOpener;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window as the app composes it (shell, data table, workbench), with a plain numeric-CSV opener
 * standing in for the importer so workbench tests do not depend on import heuristics.
 */
public final class Harness {
    public final MainViewModel main;
    public final DataTableView table;
    public final MainWindow window;
    public final Workbench workbench;
    public final List<String> errors = new ArrayList<>();
    private final Preferences prefs;

    public Harness(BackgroundRunner runner) {
        prefs = Preferences.userRoot().node("archetype-workbench-test-" + System.nanoTime());
        DatasetOpener opener = (file, mode, onOpened) -> onOpened.accept(readNumericCsv(file));
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(title + ": " + message); }
            @Override public void showInformation(String title, String message) { }
            @Override public boolean confirm(String title, String question) { return true; }
            @Override public Optional<Path> chooseFileToOpen(String title, Optional<Path> initialFolder, List<FileFilter> filters) {
                return Optional.empty();
            }
        };
        main = new MainViewModel(opener, dialogs, new AppPreferences(prefs));
        table = new DataTableView(new DataTableViewModel(runner));
        table.viewModel().datasetProperty().bind(main.datasetProperty());
        window = new MainWindow(main, table, runner);
        workbench = Workbench.install(window, main, table, runner);
    }

    public void show(Stage stage, double width, double height) {
        Scene scene = new Scene(window.root(), width, height);
        var css = MainWindow.class.getResource("/dev/archetype/ui/archetype.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    public void dispose() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // the test node is throwaway
        }
    }

    /** The bundled wholesale sample in the source tree. */
    public static Path wholesale() {
        return Path.of("src", "main", "resources", "dev", "archetype", "samples", "wholesale_customers.csv");
    }

    /** A header line and comma-separated numbers; every column becomes an integer column. */
    public static Dataset readNumericCsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).replace("\uFEFF", "").split(",");
            List<String> body = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
            double[][] values = new double[header.length][body.size()];
            for (int r = 0; r < body.size(); r++) {
                String[] cells = body.get(r).split(",");
                for (int c = 0; c < header.length; c++) values[c][r] = Double.parseDouble(cells[c].strip());
            }
            List<Column> columns = new ArrayList<>();
            for (int c = 0; c < header.length; c++) columns.add(new NumericColumn(header[c].strip(), ColumnType.INTEGER, values[c]));
            return new Dataset(file.getFileName().toString(), columns, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
