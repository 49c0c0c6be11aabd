package dev.archetype.ui.workbench;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.waitFor;

/**
 * Renders RFM in the window to PNG for the docs: the import dialog offering RFM on the online-retail invoice lines
 * with the cleaning report, and the profile grid of k = 4 RFM archetypes. Not a test: run under a display, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.ui.workbench.RfmScreenshots docs/screenshots
 * ../shared/data/online_retail_partial_dec2010.csv}.
 */
public final class RfmScreenshots {
    private RfmScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path retail = Path.of(args.length > 1 ? args[1] : "../shared/data/online_retail_partial_dec2010.csv").toAbsolutePath().normalize();
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        onFx(() -> { h.main.openWithOptions(retail); return null; });
        waitFor(() -> ImportThenProfiles.dialogScene() != null && ImportThenProfiles.dialogScene().lookup("#rfm-section") != null && ImportThenProfiles.dialogScene().lookup("#rfm-section").isVisible());
        onFx(() -> { ((CheckBox) ImportThenProfiles.dialogScene().lookup("#rfm-choice")).setSelected(true); return null; });
        waitFor(() -> {
            Scene s = ImportThenProfiles.dialogScene();
            return !((javafx.scene.layout.VBox) s.lookup("#rfm-report")).getChildren().isEmpty() && !s.lookup("#import-button").isDisabled();
        });
        ImportThenProfiles.run(h, out.resolve("rfm-import.png"), () -> h.main.getDataset() != null && h.main.rfmProperty().get() != null, 4, out.resolve("rfm-profiles.png"));
    }
}
