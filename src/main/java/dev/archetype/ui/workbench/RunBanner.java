package dev.archetype.ui.workbench;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Says which run a view shows ("k = 4 · 6 features · z-score · …") and, when the set-up panel no longer
 * describes it, that its results are from other settings, with the button that brings them up to date.
 */
public final class RunBanner extends VBox {
    RunBanner(WorkbenchViewModel vm, ObservableBooleanValue stale, String staleText, String buttonText, Runnable update, String id) {
        super(2);
        setId(id);
        getStyleClass().add("run-banner");
        Label caption = new Label();
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        caption.textProperty().bind(vm.runCaptionProperty().map(c -> c.isEmpty() ? "" : "Showing " + c));
        Label note = new Label(staleText);
        note.getStyleClass().add("stale-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        Button button = new Button(buttonText);
        button.getStyleClass().add("stale-button");
        button.setOnAction(e -> update.run());
        button.disableProperty().bind(vm.busyProperty());
        HBox staleRow = new HBox(8, note, button);
        staleRow.setAlignment(Pos.CENTER_LEFT);
        staleRow.getStyleClass().add("stale-row");
        staleRow.setId(id + "-stale");
        staleRow.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(stale::get, stale));
        staleRow.managedProperty().bind(staleRow.visibleProperty());
        getChildren().addAll(caption, staleRow);
    }

    /** For Profiles and Scatter: the clustering on screen. */
    public static RunBanner forClustering(WorkbenchViewModel vm, String id) {
        return new RunBanner(vm, vm.staleProperty(), "Settings changed since these results: press Cluster to update them.",
                "Cluster", vm::cluster, id);
    }

    /** For Compare k: the comparison on screen. */
    public static RunBanner forComparison(WorkbenchViewModel vm, String id) {
        return new RunBanner(vm, vm.sweepStaleProperty(), "Settings or the k range changed since this comparison: press Compare k to update it.",
                "Compare k", vm::compareK, id);
    }
}
