package dev.archetype.ui.project;

import dev.archetype.core.project.SourceCheck;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions saving and opening a project asks the user, behind a seam so tests answer them with
 * paths and choices of their own. {@link FxProjectPrompts} shows real choosers and alerts.
 */
public interface ProjectPrompts {

    /** Where to save the project; {@code suggestedName} ends in {@code .archetype}. */
    Optional<Path> chooseProjectToSave(Optional<Path> initialFolder, String suggestedName);

    /** Which project to open. */
    Optional<Path> chooseProjectToOpen(Optional<Path> initialFolder);

    /**
     * The source is missing ({@link SourceCheck#message()} says so): offer to locate it. Empty when the user
     * declines, which abandons opening the project.
     */
    Optional<Path> locateSource(SourceCheck missing);

    /**
     * The project would read files outside its own folder ({@code files}, full paths); {@code question} says so
     * ("This project reads /etc/passwd, outside the project's folder. Read it?"). True to read them; false opens
     * nothing.
     */
    boolean readOutsideFolder(java.util.List<Path> files, String question);

    /** The source changed since the project was saved: true to continue with it anyway. */
    boolean continueWithChangedSource(SourceCheck changed);

    /** A short failure message. */
    void showError(String title, String message);
}
