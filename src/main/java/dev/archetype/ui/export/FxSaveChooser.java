package dev.archetype.ui.export;

import dev.archetype.ui.common.DialogService;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The platform's save dialog (it asks before replacing a file itself), owned by the main window. */
public final class FxSaveChooser implements SaveChooser {
    private final Supplier<Window> owner;

    public FxSaveChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Choice> chooseFileToSave(String title, Path initialFolder, String initialName,
                                             List<DialogService.FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) chooser.setInitialDirectory(initialFolder.toFile());
        chooser.setInitialFileName(initialName);
        for (DialogService.FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(f -> new Choice(f.toPath(), true));
    }
}
