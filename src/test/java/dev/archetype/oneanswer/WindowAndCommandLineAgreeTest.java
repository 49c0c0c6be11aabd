package dev.archetype.oneanswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archetype.cli.ArchetypeCli;
import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.ui.common.SameThreadRunner;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One analysis, one answer: the same file and settings through the window's view model (defaults as the set-up
 * panel starts them) and through {@code archetype cluster} give the same labels, names and SSE.
 */
class WindowAndCommandLineAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private record Cli(JsonNode json, List<String> labels) { }

    private Cli cli(Path out, String... args) throws Exception {
        StringWriter o = new StringWriter(), e = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", "--out", out.toString()));
        int code = ArchetypeCli.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
        assertThat(code).as(e.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        int col = List.of(lines.get(0).split(",", -1)).indexOf("Cluster");
        List<String> labels = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) labels.add(line.split(",", -1)[col]);
        return new Cli(JSON.readTree(o.toString()), labels);
    }

    /** The window: open the file as the import does, take the panel's defaults, set k, press Cluster. */
    private static WorkbenchViewModel window(OpenedData opened, int k) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new SameThreadRunner());
        vm.openedProperty().set(opened);
        vm.setup().kProperty().set(k);
        vm.cluster();
        assertThat(vm.errorProperty().get()).isEmpty();
        return vm;
    }

    private static void assertSame(WorkbenchViewModel vm, Cli cli) {
        var r = vm.resultProperty().get();
        List<String> labels = new ArrayList<>();
        int[] perRow = new int[r.data().rowCount()];
        java.util.Arrays.fill(perRow, -1);
        int[] src = r.matrix().sourceRows();
        for (int i = 0; i < src.length; i++) perRow[src[i]] = r.clustering().label(i);
        for (int c : perRow) labels.add(c < 0 ? "" : Integer.toString(c + 1));
        assertThat(labels).isEqualTo(cli.labels());
        assertThat(r.clustering().sse()).isEqualTo(cli.json().get("sse").asDouble());
        List<String> names = new ArrayList<>();
        for (JsonNode a : cli.json().get("archetypes")) names.add(a.get("name").asText());
        assertThat(vm.names()).containsExactlyElementsOf(names);
    }

    @Test
    void aTableOfCustomersGivesTheSameArchetypesInTheWindowAndOnTheCommandLine() throws Exception {
        Path file = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
        OpenedData opened = Analysis.open(AnalysisSpec.of(file), ProgressListener.NONE, Cancellation.NEVER);
        WorkbenchViewModel vm = window(opened, 5);
        Cli cli = cli(dir.resolve("w.csv"), "cluster", file.toString(), "--k", "5");
        assertSame(vm, cli);
    }

    @Test
    void pivotedWineOffersGiveTheSameArchetypesInTheWindowAndOnTheCommandLine() throws Exception {
        Path file = TestData.SHARED.resolve("WineKMC.xlsx");
        assertTrue(Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
        TransactionRequest pivot = new TransactionRequest("Customer Last Name", "Offer #", PivotValue.PRESENCE, "OfferInformation", "Offer #");
        AnalysisSpec spec = AnalysisSpec.of(file).withImportOptions(ImportOptions.defaults().withSheet("Transactions")).withPivot(pivot);
        OpenedData opened = Analysis.open(spec, ProgressListener.NONE, Cancellation.NEVER);
        WorkbenchViewModel vm = window(opened, 4);
        Cli cli = cli(dir.resolve("wine.csv"), "cluster", file.toString(), "--sheet", "Transactions", "--transactions",
                "Customer Last Name,Offer #", "--attributes", "OfferInformation", "--attribute-key", "Offer #", "--k", "4");
        assertSame(vm, cli);
        assertThat(vm.names()).contains("Pinot Noir lovers", "Champagne lovers");
    }
}
