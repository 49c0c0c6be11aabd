package dev.archetype.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Modal questions and messages, behind a seam so ViewModels stay testable: {@link FxDialogService} shows
 * real dialogs, tests use a recording fake.
 */
public interface DialogService {

    /** A short, plain message; never a stack trace. */
    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String question);

    /**
     * Asks for a file to open.
     *
     * @param initialFolder where the chooser starts, if it still exists
     * @param filters       e.g. {@code new FileFilter("Spreadsheets", List.of("*.csv", "*.xlsx"))}
     */
    Optional<Path> chooseFileToOpen(String title, Optional<Path> initialFolder, List<FileFilter> filters);

    /** A named set of glob patterns for a file chooser. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}
