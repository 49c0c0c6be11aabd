package dev.archetype.ui.assign;

import dev.archetype.ui.workbench.Harness;
import dev.archetype.ui.workbench.WorkbenchViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.archetype.ui.ScreenshotSteps.onFx;
import static dev.archetype.ui.ScreenshotSteps.waitFor;

/**
 * The Assign New Customers dialog over the window (wholesale sample: fitted on its first 330 customers, the other
 * 110 assigned), for the docs. Not a test: run under Xvfb, e.g. {@code xvfb-run -a -s "-screen 0 1440x900x24"
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.archetype.ui.assign.AssignScreenshot
 * docs/screenshots/assign.png}; a second argument "stale" changes the seed first and captures the stale mark instead.
 */
public final class AssignScreenshot {
    private AssignScreenshot() { }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots/assign.png");
        boolean stale = args.length > 1 && args[1].equals("stale");
        Path temp = Files.createTempDirectory("archetype-shot");
        List<String> lines = Files.readAllLines(Harness.wholesale());
        Path fit = Files.write(temp.resolve("customers_q1.csv"), lines.subList(0, 331));
        List<String> later = new ArrayList<>(List.of(lines.get(0)));
        later.addAll(lines.subList(331, lines.size()));
        Path fresh = Files.write(temp.resolve("customers_q2.csv"), later);

        Harness h = Harness.launchForScreenshots();
        WorkbenchViewModel vm = h.workbench.viewModel();
        onFx(() -> { h.main.open(fit); return null; });
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
        onFx(() -> { h.window.tabPane().getSelectionModel().select(h.workbench.profileTab()); return null; });
        if (stale) {
            onFx(() -> { vm.setup().seedProperty().set(7); return null; });
        } else {
            AssignViewModel assign = h.services.export().assignViewModel();
            onFx(() -> { assign.assign(fresh); return null; });
            waitFor(() -> assign.scoredProperty().get() != null);
        }
        Thread.sleep(1500); // let the dialog open and the window paint
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", "1440x900+0+0", out.toString()).inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
        System.out.println("wrote " + out);
        System.exit(0);
    }

}
