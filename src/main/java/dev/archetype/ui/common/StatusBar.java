package dev.archetype.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The window's bottom line: a summary on the left and, while a job runs, its title, message, a progress
 * bar and a Cancel button bound to the runner's active job.
 */
public final class StatusBar extends HBox {
    private final Label summary = new Label();
    private final Label jobLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public StatusBar(ObservableStringValue summaryText, ReadOnlyObjectProperty<BackgroundJob> activeJob) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));
        summary.setId("status-summary");
        summary.textProperty().bind(summaryText);
        jobLabel.setId("status-job");
        progress.setId("status-progress");
        progress.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.setCancelButton(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(summary, spacer, jobLabel, progress, cancel);

        activeJob.addListener((obs, old, job) -> show(job));
        show(activeJob.get());
    }

    private void show(BackgroundJob job) {
        boolean busy = job != null;
        for (var node : new javafx.scene.Node[] {jobLabel, progress, cancel}) {
            node.setVisible(busy);
            node.setManaged(busy);
        }
        jobLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        cancel.setOnAction(null);
        if (busy) {
            jobLabel.textProperty().bind(Bindings.createStringBinding(() -> {
                String m = job.messageProperty().get();
                return m == null || m.isBlank() ? job.title() + "…" : job.title() + " — " + m;
            }, job.messageProperty()));
            progress.progressProperty().bind(job.progressProperty());
            cancel.setOnAction(e -> job.cancel());
        }
    }
}
