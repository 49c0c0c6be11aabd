package dev.archetype.ui.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.TestData;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.transactions.RfmNamer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFM end to end in the window on the online-retail sample: the import dialog offers RFM beside the pivot with
 * the command line's cleaning report, the RFM table opens in the workbench, and clustering it shows RFM names with
 * the typical member's figures in the profile grid — the same labels, names and figures as {@code cluster --rfm}.
 */
@ExtendWith(ApplicationExtension.class)
class RfmWindowFxTest {
    static final Path RETAIL = TestData.SHARED.resolve("online_retail_partial_dec2010.csv").toAbsolutePath().normalize();
    private Harness harness;
    private WorkbenchViewModel vm;
    @TempDir Path dir;

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
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What 'archetype cluster FILE --rfm --k 4' prints and writes, run in-process. */
    private record Cli(JsonNode json, List<String> notes, List<String> csv) { }

    private Cli cli() throws Exception {
        Path csv = dir.resolve("cli.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err),
                "cluster", RETAIL.toString(), "--rfm", "--k", "4", "--json", "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> notes = err.toString().lines().filter(l -> l.startsWith("Note: ")).map(l -> l.substring(6)).toList();
        return new Cli(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()), notes, Files.readAllLines(csv));
    }

    @Test
    void theDialogOffersRfmAndTheGridShowsRfmNamesAsTheCommandLineDoes(FxRobot robot) throws Exception {
        assertTrue(Files.isRegularFile(RETAIL), "../shared/data is missing: it must sit beside the checkout");
        Cli cli = cli();

        robot.interact(() -> harness.main.openWithOptions(RETAIL));
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent()
                && robot.lookup("#rfm-section").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#rfm-message").queryAs(Label.class).getText())
                .isEqualTo("Dated invoice lines: customer CustomerID, invoice InvoiceNo, date InvoiceDate, amount Quantity × UnitPrice");
        CheckBox rfm = robot.lookup("#rfm-choice").queryAs(CheckBox.class);
        assertThat(rfm.getText()).isEqualTo("RFM: recency, frequency, monetary value, tenure");
        assertThat(rfm.isSelected()).as("offered, not chosen for the user").isFalse();

        robot.clickOn("#rfm-choice");
        waitUntil(() -> !robot.lookup("#rfm-report").queryAs(VBox.class).getChildren().isEmpty()
                && !robot.lookup("#import-button").queryButton().isDisabled());
        assertThat(robot.lookup("#transactions-pivot").queryAs(CheckBox.class).isSelected()).as("RFM instead of the pivot").isFalse();
        List<String> report = new ArrayList<>();
        for (Node n : robot.lookup("#rfm-report").queryAs(VBox.class).getChildren()) report.add(((Label) n).getText().substring(2));
        // The cleaning report of the whole file, word for word what the command line prints.
        assertThat(report).isEqualTo(cli.notes().subList(0, report.size()))
                .anyMatch(l -> l.contains("cancellation invoices")).anyMatch(l -> l.contains("without a customer id"))
                .anyMatch(l -> l.contains("stock adjustments"));

        robot.clickOn("#import-button");
        waitUntil(() -> harness.main.getDataset() != null && harness.main.rfmProperty().get() != null);
        TableView<?> table = robot.lookup("#data-table").queryTableView();
        assertThat(table.getItems()).as("one row per customer").hasSize(cli.csv().size() - 1);
        assertThat(harness.main.getDataset().columnNames())
                .containsExactly("CustomerID", "Recency (days)", "Frequency (invoices)", "Monetary", "Tenure (days)");
        assertThat(robot.lookup("#status-pivot").queryAs(Label.class).getText()).isEqualTo("RFM: " + report.get(0));

        robot.interact(() -> vm.setup().kProperty().set(4));
        robot.interact(robot.lookup("#cluster-button").queryButton()::fire);
        waitUntil(() -> vm.currentProperty().get() != null && !vm.busyProperty().get());
        robot.interact(() -> harness.window.tabPane().getSelectionModel().select(harness.workbench.profileTab()));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> names = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            names.add(robot.lookup("#archetype-name-" + c).queryAs(TextField.class).getText());
            figures.add(robot.lookup("#archetype-figures-" + c).queryAs(Label.class).getText());
        }
        List<String> rfmNames = Arrays.stream(RfmNamer.Label.values()).map(RfmNamer.Label::text).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> rfmNames.stream().anyMatch(n::startsWith));
        assertThat(figures).allMatch(f -> f.matches("last bought \\d+ days? ago, [\\d,]+ orders?, spent [\\d,.]+"));

        // The window and the command line: the same names, figures and sizes, and every customer's label the same.
        List<String> cliNames = new ArrayList<>();
        List<String> cliFigures = new ArrayList<>();
        List<Integer> cliSizes = new ArrayList<>();
        for (JsonNode a : cli.json().get("archetypes")) {
            cliNames.add(a.get("name").asText());
            cliFigures.add(a.get("figures").asText());
            cliSizes.add(a.get("size").asInt());
        }
        AnalysisResult result = vm.resultProperty().get();
        assertThat(names).isEqualTo(cliNames);
        assertThat(figures).isEqualTo(cliFigures);
        assertThat(Arrays.stream(result.clustering().sizes()).boxed().toList()).isEqualTo(cliSizes);
        int[] labels = result.clustering().labels();
        List<String> header = Arrays.asList(cli.csv().get(0).split(","));
        int clusterColumn = header.indexOf("Cluster");
        int archetypeColumn = header.indexOf("Archetype");
        for (int r = 0; r < labels.length; r++) {
            String[] row = cli.csv().get(r + 1).split(",");
            assertThat(harness.main.getDataset().column(0).format(r)).as("row " + r).isEqualTo(row[0]);
            assertThat(labels[r] + 1).as("customer " + row[0]).isEqualTo(Integer.parseInt(row[clusterColumn]));
            assertThat(names.get(labels[r])).isEqualTo(row[archetypeColumn]);
        }
    }
}
