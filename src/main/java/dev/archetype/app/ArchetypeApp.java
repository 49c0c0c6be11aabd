package dev.archetype.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the one composition root of the window. */
public class ArchetypeApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ArchetypeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Archetype");
        stage.setScene(new Scene(new Label("Open a file to begin"), 1200, 800));
        stage.show();
        StartupProbe.watch(stage);
    }
}
