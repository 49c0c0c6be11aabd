package dev.archetype.ui.project;

import dev.archetype.core.project.SourceCheck;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Test double: answers the project choosers from queues and records every question and error. */
final class RecordingPrompts implements ProjectPrompts {
    final Deque<Path> saveAnswers = new ArrayDeque<>();
    final Deque<Path> openAnswers = new ArrayDeque<>();
    final Deque<Path> locateAnswers = new ArrayDeque<>();
    final List<String> suggestedNames = new ArrayList<>();
    final List<SourceCheck> locateQuestions = new ArrayList<>();
    final List<SourceCheck> changedWarnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean continueWhenChanged = true;
    final List<String> outsideQuestions = new ArrayList<>();
    boolean readOutside = true;

    @Override
    public Optional<Path> chooseProjectToSave(Optional<Path> initialFolder, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveAnswers.poll());
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Optional<Path> initialFolder) {
        return Optional.ofNullable(openAnswers.poll());
    }

    @Override
    public Optional<Path> locateSource(SourceCheck missing) {
        locateQuestions.add(missing);
        return Optional.ofNullable(locateAnswers.poll());
    }

    @Override
    public boolean readOutsideFolder(List<Path> files, String question) {
        outsideQuestions.add(question);
        return readOutside;
    }

    @Override
    public boolean continueWithChangedSource(SourceCheck changed) {
        changedWarnings.add(changed);
        return continueWhenChanged;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
