package dev.archetype.ui.importer;

import dev.archetype.app.ArchetypeApp;
import dev.archetype.core.data.Dataset;
import dev.archetype.ui.shell.AppPreferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end through the real importer: open a fixture via the import dialog; a bad file keeps the table. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowFxTest {
    private final Preferences node = Preferences.userRoot().node("dev/archetype/test/" + UUID.randomUUID());
    private ArchetypeApp.Services app;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        app = ArchetypeApp.build(stage, new AppPreferences(node), ImportService.CORE);
        app.window().show(stage, app.preferences());
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        node.removeNode();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportFlowFxTest.class.getResource("/fixtures/ui/" + name).toURI());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean tableHasRows(int n) {
        Dataset d = app.main().getDataset();
        return d != null && d.rowCount() == n;
    }

    @Test
    void opensAFixtureThroughTheImportDialog(FxRobot robot) throws Exception {
        Path csv = fixture("customers_semicolon.csv");
        robot.interact(() -> app.main().openWithOptions(csv));
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent()
                && robot.lookup("#import-button").queryButton().isDisabled() == false);

        Label detected = robot.lookup("#import-detected").queryAs(Label.class);
        assertThat(detected.getText()).contains("semicolon").contains("header in row 1");
        TableView<Integer> preview = robot.lookup("#import-preview").queryTableView();
        assertThat(preview.getItems()).hasSize(12);

        // Import Visits as categorical instead of the detected integer.
        ComboBox<String> visitsType = robot.lookup("#type-override-3").queryComboBox();
        robot.interact(() -> visitsType.setValue("categorical"));
        waitUntil(() -> !robot.lookup("#import-button").queryButton().isDisabled()
                && "CAT".equals(badgeTexts(robot.lookup("#import-preview").queryTableView())[4]));

        robot.clickOn("#import-button");
        waitUntil(() -> tableHasRows(12));

        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getItems()).hasSize(12);
        assertThat(table.getColumns().stream().map(TableColumn::getText).toList())
                .containsExactly("#", "CustomerID", "Region", "Spend", "Visits", "Member", "Since");
        assertThat(badgeTexts(table)).containsExactly("", "ID", "CAT", "NUM", "CAT", "BOOL", "DATE");
        assertThat(table.getColumns().get(3).getCellObservableValue(0).getValue()).isEqualTo("1,234.5");
        assertThat(robot.lookup("#status-summary").queryLabeled().getText()).isEqualTo("12 rows × 6 columns · 1 missing");
        assertThat(app.main().recentFiles()).containsExactly(csv.toAbsolutePath().normalize());
    }

    @Test
    void aLongImportWarningWrapsInsideTheDialog(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("id,a,b,c\n");
        for (int i = 1; i <= 60; i++) csv.append(i).append(i % 3 == 0 ? ",1\n" : ",1,2,3\n"); // every third row short
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), csv);
        robot.interact(() -> app.main().openWithOptions(ragged));
        waitUntil(() -> robot.lookup("#import-warnings .list-cell").tryQuery().isPresent()
                && !robot.lookup("#import-button").queryButton().isDisabled());
        javafx.scene.control.ListView<?> list = robot.lookup("#import-warnings").queryAs(javafx.scene.control.ListView.class);
        javafx.scene.control.ListCell<?> cell = robot.lookup("#import-warnings .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).queryAs(javafx.scene.control.ListCell.class);
        assertThat(cell.getText()).contains("fewer fields than the header");
        assertThat(cell.isWrapText()).isTrue();
        assertThat(cell.getWidth()).isLessThanOrEqualTo(list.getWidth());
        robot.interact(() -> ((javafx.stage.Stage) list.getScene().getWindow()).close());
    }

    @Test
    void aBadFileShowsAClearMessageAndKeepsThePreviousTable(FxRobot robot) throws Exception {
        Path good = fixture("customers_semicolon.csv");
        robot.interact(() -> app.main().open(good));
        waitUntil(() -> tableHasRows(12));
        Dataset before = app.main().getDataset();

        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path garbage = dir.resolve("garbage.csv");
        Files.write(garbage, noise);
        robot.interact(() -> app.main().open(garbage));
        waitUntil(() -> robot.lookup(".dialog-message").tryQuery().isPresent());

        String message = robot.lookup(".dialog-message").queryLabeled().getText();
        assertThat(message).contains("garbage.csv").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(message.lines().count()).isEqualTo(1);
        DialogPane pane = (DialogPane) robot.lookup(".dialog-message").queryAs(Node.class).getScene().getRoot();
        Button ok = (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.main().getDataset()).isSameAs(before);
        assertThat(robot.lookup("#data-table").queryTableView().getItems()).hasSize(12);
        assertThat(Files.readAllBytes(garbage)).isEqualTo(noise);
    }

    @Test
    void anEmptyFileSaysItIsEmpty(FxRobot robot) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        robot.interact(() -> app.main().open(empty));
        waitUntil(() -> robot.lookup(".dialog-message").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-message").queryLabeled().getText()).contains("empty.csv").contains("empty");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup(".dialog-message").queryAs(Node.class).getScene().getWindow()).close());
        assertThat(app.main().getDataset()).isNull();
    }

    private static String[] badgeTexts(TableView<Integer> table) {
        return table.getColumns().stream()
                .map(c -> c.getGraphic() instanceof Label l ? l.getText() : "")
                .toArray(String[]::new);
    }

    @Test
    void aWorkbookWithTwoSheetsOpensTheDialogToPickOne(FxRobot robot) throws Exception {
        Path wine = Path.of("..", "shared", "data", "WineKMC.xlsx").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(wine), "../shared/data is missing: it must sit beside the checkout");
        robot.interact(() -> app.main().open(wine));
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent()
                && !robot.lookup("#import-button").queryButton().isDisabled());

        ComboBox<String> sheet = robot.lookup("#import-sheet").queryComboBox();
        assertThat(sheet.getItems()).containsExactly("OfferInformation", "Transactions");
        robot.interact(() -> sheet.setValue("Transactions"));
        waitUntil(() -> !robot.lookup("#import-button").queryButton().isDisabled()
                && "Transactions".equals(((Label) robot.lookup("#import-detected").queryAs(Label.class)).getText()
                        .replaceAll(".*sheet '([^']*)'.*", "$1"))
                && robot.lookup("#transactions-section").query().isVisible());
        // The sheet looks like transactions, so the pivot is offered and on; turn it off to import the rows as they are.
        javafx.scene.control.CheckBox pivot = robot.lookup("#transactions-pivot").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(pivot.isSelected()).isTrue();
        robot.clickOn(pivot);
        assertThat(pivot.isSelected()).isFalse();
        robot.clickOn("#import-button");
        waitUntil(() -> tableHasRows(324));

        TableView<Integer> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getItems()).hasSize(324);
        assertThat(table.getColumns().stream().skip(1).map(TableColumn::getText).toList())
                .containsExactly("Customer Last Name", "Offer #");
    }
}
