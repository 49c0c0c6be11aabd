package dev.archetype.ui.project;

import dev.archetype.core.project.SourceCheck;
import dev.archetype.ui.common.DialogService;
import dev.archetype.ui.shell.MainViewModel;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Real file choosers and alerts for projects, owned by the main window. */
public final class FxProjectPrompts implements ProjectPrompts {
    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("Archetype projects (*.archetype)", "*" + MainViewModel.PROJECT_EXTENSION);

    private final DialogService dialogs;
    private final Supplier<Window> owner;

    public FxProjectPrompts(DialogService dialogs, Supplier<Window> owner) {
        this.dialogs = dialogs;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToSave(Optional<Path> initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save project", initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Optional<Path> initialFolder) {
        return Optional.ofNullable(chooser("Open project", initialFolder).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> locateSource(SourceCheck missing) {
        if (!dialogs.confirm("Source file not found", missing.message() + "\n\nPress OK to locate the file.")) {
            return Optional.empty();
        }
        Path parent = missing.file().getParent();
        Path name = missing.file().getFileName();
        String ext = name == null ? "" : name.toString().replaceAll("^.*(\\.[^.]+)$", "*$1");
        List<DialogService.FileFilter> filters = ext.startsWith("*.")
                ? List.of(new DialogService.FileFilter(ext.substring(2).toUpperCase(java.util.Locale.ROOT) + " files (" + ext + ")", List.of(ext)),
                        new DialogService.FileFilter("All files", List.of("*.*")))
                : List.of(new DialogService.FileFilter("All files", List.of("*.*")));
        return dialogs.chooseFileToOpen("Locate " + (name == null ? "the source file" : name),
                Optional.ofNullable(parent).filter(Files::isDirectory), filters);
    }

    @Override
    public boolean readOutsideFolder(List<Path> files, String question) {
        return dialogs.confirm("Read a file outside the project's folder?", question);
    }

    @Override
    public boolean continueWithChangedSource(SourceCheck changed) {
        return dialogs.confirm("Source file has changed", changed.message() + "\n\nPress OK to open it anyway.");
    }

    @Override
    public void showError(String title, String message) {
        dialogs.showError(title, message);
    }

    private static FileChooser chooser(String title, Optional<Path> initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        initialFolder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.getExtensionFilters().add(PROJECTS);
        return chooser;
    }
}
