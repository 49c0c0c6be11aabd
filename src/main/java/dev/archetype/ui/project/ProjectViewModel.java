package dev.archetype.ui.project;

import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.project.ClusterSettings;
import dev.archetype.core.project.Project;
import dev.archetype.core.project.ProjectStore;
import dev.archetype.core.project.Sha256;
import dev.archetype.core.project.SourceCheck;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.FailureText;
import dev.archetype.ui.shell.AppPreferences;
import dev.archetype.ui.shell.MainViewModel;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Save Project and Open Project. Saving records the source file (with its SHA-256), the import options
 * that read it, and the settings and archetype names of the clustering on screen. Opening checks the
 * source (offering to locate a moved file, warning about a changed one), imports it with the saved
 * options, applies the settings to the set-up panel, re-runs Compare k over the saved range (when there
 * was one) and the chosen k, and restores the names. Slow steps run through the {@link BackgroundRunner}.
 * Use on the FX thread.
 */
public final class ProjectViewModel {
    private final MainViewModel main;
    private final WorkbenchViewModel workbench;
    private final BackgroundRunner runner;
    private final ProjectPrompts prompts;
    private final AppPreferences preferences;
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>(this, "projectFile");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canSave;
    private Project reopening;

    public ProjectViewModel(MainViewModel main, WorkbenchViewModel workbench, BackgroundRunner runner,
                            ProjectPrompts prompts, AppPreferences preferences) {
        this.main = main;
        this.workbench = workbench;
        this.runner = runner;
        this.prompts = prompts;
        this.preferences = preferences;
        canSave = Bindings.createBooleanBinding(() -> workbench.resultProperty().get() != null
                        && main.currentImportProperty().get() != null && main.currentFileProperty().get() != null
                        && !workbench.busyProperty().get(),
                workbench.resultProperty(), main.currentImportProperty(), main.currentFileProperty(), workbench.busyProperty());
        // A reopened analysis ends when its run shows (or fails): then the message says so.
        workbench.resultProperty().addListener((o, a, r) -> {
            if (r != null && reopening != null) {
                reopening = null;
                Path file = projectFile.get();
                message.set("Opened " + (file == null ? "project" : file.getFileName()));
            }
        });
        workbench.errorProperty().addListener((o, a, error) -> {
            if (reopening != null && error != null && !error.isEmpty()) {
                reopening = null;
                fail("Could not reopen the analysis", error);
            }
        });
    }

    /** True when a clustering of an imported file is on screen and nothing is running. */
    public BooleanBinding canSaveProperty() { return canSave; }

    /** The project last saved or opened, or null. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() { return projectFile.getReadOnlyProperty(); }

    /** What happened last, in one line ("Saved customers.archetype"). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    // ---- save ---------------------------------------------------------------------------------------

    /** File ▸ Save Project…: asks where, then saves. */
    public void save() {
        if (!canSave.get()) return;
        Path current = projectFile.get();
        Optional<Path> folder = current != null && current.getParent() != null ? Optional.of(current.getParent()) : preferences.lastFolder();
        String suggested = current != null ? current.getFileName().toString() : baseName(main.currentFileProperty().get()) + MainViewModel.PROJECT_EXTENSION;
        prompts.chooseProjectToSave(folder, suggested).map(ProjectViewModel::withExtension).ifPresent(this::saveTo);
    }

    /** Saves the analysis on screen to {@code file} (replacing it atomically). */
    public void saveTo(Path file) {
        if (!canSave.get()) return;
        Path target = file.toAbsolutePath().normalize();
        Path source = main.currentFileProperty().get();
        AnalysisResult result = workbench.resultProperty().get();
        runner.run("Saving " + target.getFileName(), (progress, cancel) -> {
            progress.progress(-1, "hashing the source file");
            // The project is made by the analysis floor, as 'cluster --save-project' makes it: spec, names, model.
            Project project = result.project();
            Path durable = durableSource(source, target);
            if (!durable.equals(project.source())) project = project.withSource(durable, Sha256.of(durable));
            ProjectStore.save(target, project);
            return project;
        }, project -> {
            projectFile.set(target);
            main.rememberRecent(target);
            message.set("Saved " + target.getFileName());
        }, error -> fail("Could not save the project", shortMessage(error)));
    }

    // ---- open ---------------------------------------------------------------------------------------

    /** File ▸ Open Project…: asks which, then opens it. */
    public void open() {
        Path current = projectFile.get();
        Optional<Path> folder = current != null && current.getParent() != null ? Optional.of(current.getParent()) : preferences.lastFolder();
        prompts.chooseProjectToOpen(folder).ifPresent(this::open);
    }

    /**
     * Opens a saved project: asks before reading files outside the project's folder, checks its source,
     * re-imports, re-applies the settings and re-runs.
     */
    public void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        runner.run("Opening " + target.getFileName(), (progress, cancel) -> {
            Project project = ProjectStore.load(target);
            return new Loaded(project, OutsideFiles.of(target, project));
        }, loaded -> trusted(target, loaded),
                error -> fail("Could not open the project", shortMessage(error)));
    }

    private record Loaded(Project project, List<Path> outside) { }

    /** Reads the source (hashing it) only once the user agreed to any file outside the project's folder. */
    private void trusted(Path file, Loaded loaded) {
        if (!loaded.outside().isEmpty()
                && !prompts.readOutsideFolder(loaded.outside(), OutsideFiles.question(loaded.outside()))) {
            message.set("Did not open " + file.getFileName() + ": it reads files outside its folder");
            return;
        }
        Project project = loaded.project();
        runner.run("Checking " + project.source().getFileName(), (progress, cancel) -> SourceCheck.of(project),
                check -> checked(file, project, check),
                error -> fail("Could not open the project", shortMessage(error)));
    }

    private void checked(Path file, Project project, SourceCheck check) {
        switch (check.status()) {
            case MISSING -> prompts.locateSource(check).ifPresent(located -> {
                Path source = located.toAbsolutePath().normalize();
                Project moved = project.withSource(source, project.sourceSha256());
                runner.run("Checking " + source.getFileName(),
                        (progress, cancel) -> SourceCheck.of(source, project.sourceSha256()),
                        again -> checked(file, moved, again),
                        error -> fail("Could not open the project", shortMessage(error)));
            });
            case CHANGED -> {
                if (prompts.continueWithChangedSource(check)) reimport(file, project);
            }
            case UNCHANGED -> reimport(file, project);
        }
    }

    private void reimport(Path file, Project project) {
        AnalysisSpec spec;
        try {
            spec = AnalysisResult.specOf(project, true);
        } catch (IllegalArgumentException e) {
            fail("Could not open the project", FailureText.of(file.getFileName().toString(), e));
            return;
        }
        ClusterSettings saved = project.clustering();
        main.openWithImportOptions(project.source(), spec.importOptions(), spec.pivot(), spec.rfm(), data -> {
            try {
                workbench.setup().applyRun(project.preparation().toFeatureSpec(),
                        saved.toOptions(Runtime.getRuntime().availableProcessors()), saved.kMin(), saved.kMax());
            } catch (IllegalArgumentException e) {
                fail("Could not reopen the analysis", FailureText.of(e));
                return;
            }
            projectFile.set(file);
            main.rememberRecent(file);
            reopening = project;
            // One run of the saved analysis (its comparison over k too), named as it was saved; archetypes fitted
            // elsewhere (Spark) are shown as fitted on their sample, never re-clustered on it.
            if (project.fitted() != null) workbench.showFitted(spec, project.model(), project.fitted());
            else workbench.run(spec);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void fail(String title, String why) {
        message.set(title + ": " + why);
        prompts.showError(title, why);
    }

    /**
     * The source to record: the file itself, except a bundled sample's temporary copy, which is copied next
     * to the project (it would vanish when the app exits). An existing different file there is left alone.
     */
    static Path durableSource(Path source, Path projectFile) throws IOException {
        Path abs = source.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || parent.getFileName() == null || !abs.startsWith(tmp)
                || !parent.getFileName().toString().startsWith("archetype-sample")) {
            return abs;
        }
        Path copy = projectFile.toAbsolutePath().normalize().resolveSibling(abs.getFileName());
        if (!Files.exists(copy)) {
            Files.copy(abs, copy);
            return copy;
        }
        return Sha256.of(copy).equals(Sha256.of(abs)) ? copy : abs;
    }

    static Path withExtension(Path file) {
        return MainViewModel.isProjectFile(file) ? file : file.resolveSibling(file.getFileName() + MainViewModel.PROJECT_EXTENSION);
    }

    private static String baseName(Path file) {
        if (file == null || file.getFileName() == null) return "analysis";
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String shortMessage(Throwable t) {
        return FailureText.of(t);
    }
}
