package dev.archetype.app;

import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.FxBackgroundRunner;
import dev.archetype.ui.common.FxDialogService;
import dev.archetype.ui.data.DataTableView;
import dev.archetype.ui.data.DataTableViewModel;
import dev.archetype.ui.export.ExportActions;
import dev.archetype.ui.export.FxSaveChooser;
import dev.archetype.ui.importer.FxImportPrompt;
import dev.archetype.ui.importer.ImportCoordinator;
import dev.archetype.ui.importer.ImportService;
import dev.archetype.ui.project.FxProjectPrompts;
import dev.archetype.ui.project.ProjectPrompts;
import dev.archetype.ui.project.ProjectViewModel;
import dev.archetype.ui.project.Projects;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.shell.Sample;
import dev.archetype.ui.shell.Theme;
import dev.archetype.ui.workbench.Workbench;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JavaFX application and the one composition root of the window: it builds the services, the
 * ViewModels and the views (shell, data table, importer, clustering workbench), and opens the file named
 * on the command line or else the bundled sample.
 */
public class ArchetypeApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ArchetypeApp.class, args);
    }

    /** Everything a screen needs, built once per window. */
    public record Services(BackgroundRunner runner, DialogService dialogs, AppPreferences preferences,
                           MainViewModel main, DataTableView table, MainWindow window, Workbench workbench,
                           ProjectViewModel projects, Theme theme, ExportActions export) { }

    @Override
    public void start(Stage stage) {
        Services services = build(stage, AppPreferences.forUser(), ImportService.CORE);
        services.window().show(stage, services.preferences());
        StartupProbe.watch(stage, services.main().datasetProperty());
        openInitialFile(services.main(), getParameters().getUnnamed());
    }

    /** Wires the window into {@code stage} without showing it (tests use this with their own preferences). */
    public static Services build(Stage stage, AppPreferences preferences, ImportService importService) {
        return build(stage, preferences, importService, null);
    }

    /** As {@link #build(Stage, AppPreferences, ImportService)}, with the project choosers and questions given (tests). */
    public static Services build(Stage stage, AppPreferences preferences, ImportService importService,
                                 ProjectPrompts projectPrompts) {
        Supplier<Window> owner = () -> stage;
        BackgroundRunner runner = new FxBackgroundRunner();
        DialogService dialogs = new FxDialogService(owner);
        ImportCoordinator importer = new ImportCoordinator(importService, runner, dialogs,
                new FxImportPrompt(importService, runner, owner));
        MainViewModel main = new MainViewModel(importer, dialogs, preferences);
        DataTableViewModel table = new DataTableViewModel(runner);
        table.datasetProperty().bind(main.datasetProperty());
        DataTableView tableView = new DataTableView(table);
        MainWindow window = new MainWindow(main, tableView, runner);
        Workbench workbench = Workbench.install(window, main, tableView, runner);
        ProjectViewModel projects = Projects.install(window, main, workbench.viewModel(), runner,
                projectPrompts != null ? projectPrompts : new FxProjectPrompts(dialogs, owner), preferences);
        ExportActions export = ExportActions.install(window, main, workbench, runner, dialogs, new FxSaveChooser(owner));
        Theme theme = Theme.install(window, preferences);
        return new Services(runner, dialogs, preferences, main, tableView, window, workbench, projects, theme, export);
    }

    /** A file argument is opened; without one the bundled sample is, so the first start shows real data. */
    static void openInitialFile(MainViewModel main, List<String> args) {
        if (!args.isEmpty()) {
            main.open(Path.of(args.get(0)).toAbsolutePath());
        } else if (!Sample.available().isEmpty()) {
            main.openSample(Sample.available().get(0));
        }
    }
}
