package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.sample.Samples;
import dev.archetype.ui.workbench.profile.ProfileRow;
import dev.archetype.ui.workbench.profile.ProfileView;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wine case end to end in the window: open the workbook with options, pivot the Transactions sheet with
 * OfferInformation as item attributes, cluster k = 4, and read the four groups off the profile grid.
 */
@ExtendWith(ApplicationExtension.class)
class WineTransactionsFxTest {
    static final Path WINE_KMC = Path.of("..", "shared", "data", "WineKMC.xlsx").toAbsolutePath().normalize();
    private Harness harness;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        harness = new Harness(stage);
        vm = harness.workbench.viewModel();
        harness.show(stage, 1240, 780);
    }

    @AfterEach
    void tearDown() {
        harness.dispose();
    }

    /** Waits for {@code condition}, checked on the FX thread: a lookup must not walk the scene while the FX thread changes it. */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBundledWineSampleGivesFourNamedGroups(FxRobot robot) throws Exception {
        importPivoted(robot, Samples.wineOffers(), 100);
        List<String> names = clusterFour(robot, Distance.EUCLIDEAN);
        assertFourGroups(robot, names);
    }

    @Test
    void wineKmcGivesTheBooksFourGroupsWithTheDefaults(FxRobot robot) throws Exception {
        Assertions.assertTrue(Files.isRegularFile(WINE_KMC), "WineKMC.xlsx is missing: ../shared/data must sit beside the checkout");
        importPivoted(robot, WINE_KMC, 100);
        List<String> names = clusterFour(robot, Distance.EUCLIDEAN);
        assertFourGroups(robot, names);
        assertThat(names).anyMatch(n -> n.equals("small quantities (≤ 6 kg)"));
    }

    /** File ▸ Open with options, pick the Transactions sheet, check the prefilled pivot, Import. */
    private void importPivoted(FxRobot robot, Path file, int customers) throws Exception {
        robot.interact(() -> harness.main.openWithOptions(file));
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent()
                && !robot.lookup("#import-button").queryButton().isDisabled());
        assertThat(robot.lookup("#transactions-section").query().isVisible()).as("OfferInformation is not transactions").isFalse();

        ComboBox<String> sheet = robot.lookup("#import-sheet").queryComboBox();
        robot.interact(() -> sheet.setValue("Transactions"));
        waitUntil(() -> robot.lookup("#transactions-section").query().isVisible()
                && "Offer #".equals(robot.lookup("#transactions-attribute-key").queryComboBox().getValue())
                && !robot.lookup("#import-button").queryButton().isDisabled());

        assertThat(robot.lookup("#transactions-message").queryAs(Label.class).getText())
                .isEqualTo("This looks like transactions: Customer Last Name × Offer #");
        assertThat(robot.lookup("#transactions-pivot").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#transactions-customer").queryComboBox().getValue()).isEqualTo("Customer Last Name");
        assertThat(robot.lookup("#transactions-item").queryComboBox().getValue()).isEqualTo("Offer #");
        assertThat(robot.lookup("#transactions-attributes").queryComboBox().getValue()).isEqualTo("OfferInformation");

        robot.clickOn("#import-button");
        waitUntil(() -> harness.main.getDataset() != null && vm.setup().adviceProperty().get() != null);

        TableView<?> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getItems()).as("one row per customer").hasSize(customers);
        assertThat(harness.main.getDataset().columnNames()).hasSize(33).startsWith("Customer Last Name", "Offer 1", "Offer 2");
        assertThat(harness.main.transactionsProperty().get().attributes()).isNotNull();
        Label pivot = robot.lookup("#status-pivot").queryAs(Label.class);
        assertThat(pivot.isVisible()).isTrue();
        assertThat(pivot.getText()).startsWith("Pivoted: ").contains("→ " + customers + " customers × 32 items");
        assertThat(vm.setup().selectedColumns()).hasSize(32).allMatch(c -> c.startsWith("Offer "));
        assertThat(vm.setup().scalingProperty().get()).isEqualTo(Scaling.NONE);
        assertThat(vm.setup().distanceProperty().get()).as("the one default, as on the command line").isEqualTo(Distance.EUCLIDEAN);
        assertThat(robot.lookup("#distance-note").queryAs(Label.class).getText()).startsWith("Tip: cosine suggested.")
                .contains("which ones they took");
    }

    /** k = 4 with the default seed (0, as on the command line) and {@code distance}; returns the archetype names in the grid. */
    private List<String> clusterFour(FxRobot robot, Distance distance) throws Exception {
        robot.interact(() -> {
            vm.setup().kProperty().set(4);
            vm.setup().distanceProperty().set(distance);
        });
        assertThat(vm.setup().seedProperty().get()).isEqualTo(0);
        javafx.scene.control.Button cluster = robot.lookup("#cluster-button").queryButton();
        assertThat(cluster.isDisabled()).isFalse();
        robot.interact(cluster::fire); // the button may sit below the fold of the set-up panel at this window size
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        robot.interact(() -> harness.window.tabPane().getSelectionModel().select(harness.workbench.profileTab()));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ProfileRow> grid = robot.lookup("#profile-grid").queryTableView();
        long clusterColumns = grid.getColumns().stream().filter(c -> c.getStyleClass().contains(ProfileView.CLUSTER_COLUMN_CLASS)).count();
        assertThat(clusterColumns).isEqualTo(4);
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= 4; c++) names.add(robot.lookup("#archetype-name-" + c).queryAs(TextField.class).getText());
        assertThat(names).isEqualTo(vm.rollup().names());
        return names;
    }

    @SuppressWarnings("unchecked")
    private void assertFourGroups(FxRobot robot, List<String> names) {
        assertThat(names).contains("Pinot Noir lovers", "Champagne lovers")
                .anyMatch(n -> n.startsWith("small quantities (≤"))
                .anyMatch(n -> n.startsWith("bulk buyers ("));

        TableView<ProfileRow> grid = robot.lookup("#profile-grid").queryTableView();
        List<ProfileRow> rows = grid.getItems();
        assertThat(rows.get(0).isApart()).isTrue();
        assertThat(rows.get(1).section()).isEqualTo(ProfileView.ATTRIBUTES_SECTION);
        int pinotRow = -1;
        for (int i = 0; i < rows.size(); i++) {
            ProfileRow r = rows.get(i);
            if (r.isAttribute() && "Varietal".equals(r.attribute().attribute()) && "Pinot Noir".equals(r.attribute().level())) pinotRow = i;
        }
        assertThat(pinotRow).as("a 'Varietal: Pinot Noir' row in the attributes section").isPositive();
        assertThat(rows.stream().filter(ProfileRow::isFeature).count()).as("the 32 offer rows stay").isEqualTo(32);

        int pinot = names.indexOf("Pinot Noir lovers");
        TableColumn<ProfileRow, Double> pinotColumn = (TableColumn<ProfileRow, Double>) grid.getColumns().stream()
                .filter(c -> ("profile-cluster-" + (pinot + 1)).equals(c.getId())).findFirst().orElseThrow();
        TableColumn<ProfileRow, Double> overall = (TableColumn<ProfileRow, Double>) grid.getColumns().stream()
                .filter(c -> "profile-overall-column".equals(c.getId())).findFirst().orElseThrow();
        assertThat(pinotColumn.getCellData(pinotRow)).as("Pinot Noir share of the Pinot Noir lovers' purchases").isGreaterThan(0.6);
        assertThat(overall.getCellData(pinotRow)).as("overall").isLessThan(pinotColumn.getCellData(pinotRow) / 2);
        assertThat(grid.getColumns().get(0).getCellData(pinotRow)).isEqualTo("Varietal: Pinot Noir");
    }
}
