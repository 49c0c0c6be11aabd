package dev.archetype.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ About: version, library licences and the sample data credit. */
final class AboutDialog {
    static final String LICENCES = String.join("\n",
            "OpenJFX 21 — GPL v2 with the Classpath Exception",
            "ControlsFX 11 — BSD 3-Clause",
            "Apache POI 5 — Apache License 2.0",
            "Apache Commons Math 3 — Apache License 2.0",
            "Apache Log4j 2 — Apache License 2.0",
            "Jackson — Apache License 2.0",
            "picocli 4 — Apache License 2.0",
            "FastCSV 4 — MIT License",
            "FastDoubleParser 2 — MIT License");
    static final String DATA_CREDIT = "Sample data: \"Wholesale customers\" by Margarida Cardoso (2014), "
            + "UCI Machine Learning Repository, doi:10.24432/C5030X, licensed under CC BY 4.0.";

    private AboutDialog() { }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Archetype");
        about.setHeaderText("Archetype " + version());
        AppIcons.image(64).ifPresent(icon -> about.setGraphic(new javafx.scene.image.ImageView(icon)));
        Label intro = new Label("Turns a spreadsheet of customers into archetypes: k-means clusters described in plain words.");
        intro.setWrapText(true);
        Label libs = new Label("Libraries");
        libs.getStyleClass().add("section-title");
        TextArea licences = new TextArea(LICENCES);
        licences.setEditable(false);
        licences.setPrefRowCount(9);
        licences.setId("about-licences");
        Label credit = new Label(DATA_CREDIT);
        credit.setWrapText(true);
        credit.setId("about-credit");
        VBox content = new VBox(8, intro, libs, licences, credit);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(480);
        about.getDialogPane().setContent(content);
        about.showAndWait();
    }
}
