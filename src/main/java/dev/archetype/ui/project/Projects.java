package dev.archetype.ui.project;

import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.shell.MainWindow;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * Plugs projects into the window: File ▸ Open Project… (Shortcut+Shift+P) and Save Project… (Shortcut+S),
 * and hands {@code .archetype} files opened any other way (Open, recent files, drag-and-drop, the command
 * line) to {@link ProjectViewModel#open(java.nio.file.Path)}.
 */
public final class Projects {
    private Projects() { }

    public static ProjectViewModel install(MainWindow window, MainViewModel main, WorkbenchViewModel workbench,
                                           BackgroundRunner runner, ProjectPrompts prompts, AppPreferences preferences) {
        ProjectViewModel vm = new ProjectViewModel(main, workbench, runner, prompts, preferences);
        MenuItem open = new MenuItem("Open _Project…");
        open.setId("open-project-item");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        open.setOnAction(e -> vm.open());
        MenuItem save = new MenuItem("_Save Project…");
        save.setId("save-project-item");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        window.addFileMenuSection(open, save);
        main.setProjectOpener(vm::open);
        return vm;
    }
}
