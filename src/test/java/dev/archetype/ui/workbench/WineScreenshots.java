package dev.archetype.ui.workbench;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the wine walkthrough to PNG for the docs: the import dialog's Transactions section on WineKMC.xlsx
 * and the profile grid with its Attributes section at k = 4 (the defaults: Euclidean, seed 0). Not a test: run under
 * a display, e.g. {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.ui.workbench.WineScreenshots
 * docs/screenshots ../shared/data/WineKMC.xlsx}.
 */
public final class WineScreenshots {
    private WineScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Path wine = Path.of(args.length > 1 ? args[1] : "../shared/data/WineKMC.xlsx").toAbsolutePath().normalize();
        Files.createDirectories(out);
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.main.openWithOptions(wine); return null; });
        waitFor(() -> ImportThenProfiles.dialogScene() != null && ImportThenProfiles.dialogScene().lookup("#import-sheet") != null);
        onFx(() -> { ((ComboBox<String>) (ComboBox<?>) ImportThenProfiles.dialogScene().lookup("#import-sheet")).setValue("Transactions"); return null; });
        waitFor(() -> {
            Scene s = ImportThenProfiles.dialogScene();
            ComboBox<?> key = (ComboBox<?>) s.lookup("#transactions-attribute-key");
            return s.lookup("#transactions-section").isVisible() && "Offer #".equals(key.getValue())
                    && !s.lookup("#import-button").isDisabled();
        });
        ImportThenProfiles.run(h, out.resolve("wine-import.png"), () -> h.main.getDataset() != null && vm.setup().adviceProperty().get() != null, 4, out.resolve("wine-profiles.png"));
    }
}
