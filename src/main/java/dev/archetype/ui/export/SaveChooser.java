package dev.archetype.ui.export;

import dev.archetype.ui.common.DialogService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks where to save, behind a seam so tests can answer with a path. */
public interface SaveChooser {

    /**
     * @param title         dialog title
     * @param initialFolder where the dialog starts
     * @param initialName   the suggested file name
     * @param filters       file types offered; the first is selected
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Choice> chooseFileToSave(String title, Path initialFolder, String initialName, List<DialogService.FileFilter> filters);

    /**
     * @param path                the chosen file
     * @param overwriteConfirmed  true when the dialog itself already asked whether to replace an existing file
     *                            (the native save dialogs do), so the export does not ask twice
     */
    record Choice(Path path, boolean overwriteConfirmed) { }
}
