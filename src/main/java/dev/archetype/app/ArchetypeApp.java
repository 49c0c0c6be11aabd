package dev.archetype.app;

import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.common.ErrorBoundary;
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
import dev.archetype.ui.workbench.tabs.Workbench;
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
        List<String> args = getParameters().getUnnamed();
        // Without a file to open, the bundled sample is read on a spare core while the window is completed.
        Path sampleCopy = args.isEmpty() ? sampleCopy() : null;
        var preload = sampleCopy == null ? null : dev.archetype.ui.importer.PreloadedImport.of(ImportService.CORE, sampleCopy,
                dev.archetype.ui.importer.ImportCoordinator.PROBE_ROWS);
        ImportService imports = preload == null ? ImportService.CORE : preload;
        AppPreferences preferences = AppPreferences.forUser();
        Shell shell = shell(stage, preferences, imports);
        // Installed by the real window only: tests keep their own handlers and assert on failures themselves.
        ErrorBoundary.install(shell.dialogs());
        shell.window().show(stage, preferences);
        StartupProbe.watch(stage, shell.main().datasetProperty());
        // The workbench, project and export parts are wired after the first frame: the empty window is up
        // sooner, and nothing they add is visible before a file is open.
        afterFirstFrame(() -> {
            // Read on the other core while this thread wires the rest of the window (before the first frame it
            // slowed that frame by about as much as it saved).
            if (preload != null) preload.begin();
            MainViewModel main = complete(shell, preferences, null).main();
            if (readsLong(args)) shell.window().prepareWorkAreaInParts(); else shell.window().prepareWorkArea();
            if (sampleCopy != null) main.openSampleCopy(sampleCopy); else openInitialFile(main, args);
        });
        IdleHeap.returnMemoryWhenIdle();
    }

    /** From this size on, a file to open takes longer to read than the work area takes to join the scene a part at a time. */
    static final long LONG_READ_BYTES = 16L << 20;

    /**
     * Whether the file to open at start takes long enough to read for the work area to join in parts: the bundled
     * sample arrives within two pulses, and joined in parts what was left joined with it, in the pulse that showed it.
     */
    static boolean readsLong(List<String> args) {
        if (args.isEmpty()) return false;
        try {
            return java.nio.file.Files.size(Path.of(args.get(0))) >= LONG_READ_BYTES;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The window shell: menus, tool bar, empty state, data table and status bar, with the theme applied. */
    record Shell(Supplier<Window> owner, BackgroundRunner runner, DialogService dialogs, MainViewModel main,
                 DataTableView table, MainWindow window, Theme theme) { }

    /** Wires the window into {@code stage} without showing it (tests use this with their own preferences). */
    public static Services build(Stage stage, AppPreferences preferences, ImportService importService) {
        return build(stage, preferences, importService, null);
    }

    /** As {@link #build(Stage, AppPreferences, ImportService)}, with the project choosers and questions given (tests). */
    public static Services build(Stage stage, AppPreferences preferences, ImportService importService,
                                 ProjectPrompts projectPrompts) {
        return complete(shell(stage, preferences, importService), preferences, projectPrompts);
    }

    static Shell shell(Stage stage, AppPreferences preferences, ImportService importService) {
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
        Theme theme = Theme.install(window, preferences);
        return new Shell(owner, runner, dialogs, main, tableView, window, theme);
    }

    static Services complete(Shell s, AppPreferences preferences, ProjectPrompts projectPrompts) {
        Workbench workbench = Workbench.install(s.window(), s.main(), s.table(), s.runner());
        workbench.viewModel().setConfirmDropNames(question -> s.dialogs().confirm("Drop archetype names?", question));
        ProjectViewModel projects = Projects.install(s.window(), s.main(), workbench.viewModel(), s.runner(),
                projectPrompts != null ? projectPrompts : new FxProjectPrompts(s.dialogs(), s.owner()), preferences);
        ExportActions export = ExportActions.install(s.window(), s.main(), workbench, s.runner(), s.dialogs(),
                new FxSaveChooser(s.owner()));
        return new Services(s.runner(), s.dialogs(), preferences, s.main(), s.table(), s.window(), workbench, projects,
                s.theme(), export);
    }

    /** Runs {@code action} on the FX thread once the first frame has been rendered. */
    private static void afterFirstFrame(Runnable action) {
        new javafx.animation.AnimationTimer() {
            // Animation timers run at the start of a pulse; a runLater from here runs after that pulse has rendered.
            @Override
            public void handle(long now) {
                stop();
                javafx.application.Platform.runLater(action);
            }
        }.start();
    }

    /** The first bundled sample copied out of the app, or null when there is none or it cannot be copied. */
    private static Path sampleCopy() {
        if (Sample.available().isEmpty()) return null;
        try {
            return Sample.available().get(0).copyToTempFile();
        } catch (RuntimeException e) {
            return null; // openInitialFile tries again and reports it
        }
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
