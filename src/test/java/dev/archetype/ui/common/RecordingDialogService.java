package dev.archetype.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Test double: records messages and answers file choosers from a queue. */
public final class RecordingDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<Path> filesToChoose = new ArrayDeque<>();
    public final List<Optional<Path>> chooserFolders = new ArrayList<>();
    public boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String question) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Optional<Path> initialFolder, List<FileFilter> filters) {
        chooserFolders.add(initialFolder);
        return Optional.ofNullable(filesToChoose.poll());
    }
}
