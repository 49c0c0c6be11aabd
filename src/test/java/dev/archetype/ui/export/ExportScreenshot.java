package dev.archetype.ui.export;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.save;
import static dev.archetype.ui.ScreenshotSteps.waitFor;
import dev.archetype.ui.common.RecordingDialogService;
import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The window after an export with the File menu open, for the docs. Not a test: run under Xvfb, e.g.
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.archetype.ui.export.ExportScreenshot docs/screenshots/export.png}; it captures the screen with ImageMagick's
 * {@code import} so the open menu is in the picture.
 */
public final class ExportScreenshot {
    private ExportScreenshot() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/export.png");
        Path temp = Files.createTempDirectory("archetype-shot");
        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        ExportViewModel export = h.services.export().viewModel();
        Path written = temp.resolve("wholesale_customers-archetypes-k4.xlsx");
        export.useDialogs(new RecordingDialogService(), (title, folder, name, filters) -> Optional.of(new SaveChooser.Choice(written, true)));
        Path copy = Files.copy(Harness.wholesale(), temp.resolve("wholesale_customers.csv"));
        onFx(() -> { h.main.open(copy); return null; });
        waitFor(() -> h.main.getDataset() != null);
        onFx(() -> {
            vm.setup().selectNone();
            for (var f : vm.setup().features()) {
                if (List.of("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen").contains(f.name())) f.setSelected(true);
            }
            vm.setup().kProperty().set(4);
            vm.cluster();
            return null;
        });
        waitFor(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        onFx(() -> { h.window.tabPane().getSelectionModel().select(h.workbench.profileTab()); export.exportWorkbook(); return null; });
        waitFor(() -> !export.exportingProperty().get() && Files.exists(written));
        System.out.println("exported " + written + " (" + Files.size(written) + " bytes)");
        onFx(() -> {
            MenuBar bar = (MenuBar) h.window.root().lookup("#menu-bar");
            Menu file = bar.getMenus().get(0);
            file.show();
            return null;
        });
        Thread.sleep(1500); // let the menu pop up and the window paint
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", "1440x900+0+0", out.toString()).inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
        System.out.println("wrote " + out);
        onFx(() -> { h.dispose(); Platform.exit(); return null; });
        System.exit(0);
    }


}
