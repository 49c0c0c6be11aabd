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
 * a display, e.g. {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... dev.archetype.ui.workbench.OrderLineScreenshots
 * docs/screenshots ../shared/data/WineKMC.xlsx}.
 */
public final class OrderLineScreenshots {
    private OrderLineScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path wine = Files.createTempDirectory("orders").resolve("office-orders.csv");
        dev.archetype.core.transactions.OrderLines.write(wine, 800, 7);
        Harness h = Harness.launchForScreenshots();
        onFx(() -> { h.main.openWithOptions(wine); return null; });
        waitFor(() -> {
            Scene s = ImportThenProfiles.dialogScene();
            if (s == null || s.lookup("#transactions-section") == null) return false;
            ComboBox<?> attributes = (ComboBox<?>) s.lookup("#transactions-attributes");
            return s.lookup("#transactions-section").isVisible() && "Product Category".equals(attributes.getValue())
                    && !s.lookup("#import-button").isDisabled();
        });
        ImportThenProfiles.run(h, out.resolve("orders-import.png"), () -> h.main.getDataset() != null, 4, out.resolve("orders-profiles.png"));
    }
}
