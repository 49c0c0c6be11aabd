package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionsCliTest {
    private static final Path WINE = Path.of("..", "shared", "data", "WineKMC.xlsx");

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchetypeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TransactionsCliTest.class.getResource("/fixtures/transactions/" + name).toURI());
    }

    @Test
    void clusterOnWineKmcPrintsNamedArchetypesWithDistinctiveFeaturesAndAttributes() throws Exception {
        assertTrue(Files.isRegularFile(WINE), "../shared/data is missing: it must sit beside the checkout");
        Run r = run("cluster", WINE.toString(), "--sheet", "Transactions", "--transactions", "\"Customer Last Name\",\"Offer #\"",
                "--attributes", "OfferInformation", "--attribute-key", "Offer #", "--k", "4", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode archetypes = r.json().get("archetypes");
        assertThat(archetypes).hasSize(4);
        List<String> names = new ArrayList<>();
        for (JsonNode a : archetypes) {
            names.add(a.get("name").asText());
            assertThat(a.get("distinctive")).isNotEmpty();
            assertThat(a.get("attributes")).isNotEmpty();
        }
        assertThat(names).contains("Pinot Noir lovers", "Champagne lovers")
                .anyMatch(n -> n.startsWith("small quantities")).anyMatch(n -> n.startsWith("bulk buyers"));
        JsonNode pinot = archetypes.get(names.indexOf("Pinot Noir lovers")).get("attributes").get(0);
        assertThat(pinot.get("attribute").asText()).isEqualTo("Varietal");
        assertThat(pinot.get("level").asText()).isEqualTo("Pinot Noir");
        assertThat(pinot.get("share").asDouble()).isGreaterThan(pinot.get("overall").asDouble() * 3);
        assertThat(r.json().get("transactions").get("customers").asInt()).isEqualTo(100);
        assertThat(r.json().get("transactions").get("suggestedDistance").asText()).isEqualTo("cosine");
    }

    @Test
    void sweepOnWineKmcNamesTheClustersOfEachK() throws Exception {
        assertTrue(Files.isRegularFile(WINE), "../shared/data is missing: it must sit beside the checkout");
        Run r = run("sweep", WINE.toString(), "--sheet", "Transactions", "--transactions", "Customer Last Name,Offer #",
                "--attributes", "OfferInformation", "--k", "2..4", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode results = r.json().get("results");
        assertThat(results).hasSize(3);
        for (JsonNode k : results) assertThat(k.get("names")).hasSize(k.get("k").asInt());
        assertThat(results.get(2).get("names").toString()).contains("Pinot Noir lovers");
    }

    @Test
    void attributesFromAnotherFileAreJoinedAndUnmatchedItemsReported() throws Exception {
        Run r = run("cluster", fixture("small_transactions.csv").toString(), "--transactions", "Customer,Offer #",
                "--value", "count", "--attributes", fixture("small_offers.csv").toString(), "--k", "2", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        JsonNode t = json.get("transactions");
        assertThat(t.get("customers").asInt()).isEqualTo(8);
        assertThat(t.get("items").asInt()).isEqualTo(6);
        assertThat(t.get("repeatedRows").asInt()).isEqualTo(1);
        assertThat(t.get("skippedRows").asInt()).isEqualTo(1);
        assertThat(t.get("itemsWithoutAttributes").toString()).isEqualTo("[\"6\"]");
        assertThat(t.get("attributeRowsWithoutTransactions").toString()).isEqualTo("[\"9\"]");
        List<String> names = new ArrayList<>();
        json.get("archetypes").forEach(a -> names.add(a.get("name").asText()));
        assertThat(names).contains("Champagne lovers").doesNotHaveDuplicates();
        // Counts: Adams, Baker (offer 2 twice), Clark and Davis took offers 1 ×3, 2 ×4, 3 ×1, so Pinot Noir (1 and 2)
        // is 7 of their 8 purchases; the others took 4 ×3, 5 ×4 and 6 (no attributes), so 7 of 15 known overall.
        JsonNode pinotGroup = json.get("archetypes").get(1 - names.indexOf("Champagne lovers"));
        JsonNode pinot = null;
        for (JsonNode a : pinotGroup.get("attributes")) if ("Pinot Noir".equals(a.path("level").asText())) pinot = a;
        assertThat(pinot).isNotNull();
        assertThat(pinot.get("share").asDouble()).isEqualTo(0.875);
        assertThat(pinot.get("overall").asDouble()).isEqualTo(Math.round(7.0 / 15 * 10_000) / 10_000.0);
        assertThat(r.err()).contains("17 transaction rows → 8 customers × 6 items");
    }

    @Test
    void rfmClustersEveryCustomerWithAPurchaseOnRecencyFrequencyMonetaryAndTenure() throws Exception {
        Path retail = Path.of("..", "shared", "data", "online_retail_partial_dec2010.csv");
        assertTrue(Files.isRegularFile(retail), "../shared/data is missing: it must sit beside the checkout");
        Run r = run("cluster", retail.toString(), "--rfm", "--k", "4", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("rfm").get("cancelledRows").asInt()).isEqualTo(680);
        int sizes = 0;
        for (JsonNode size : json.get("sizes")) sizes += size.asInt();
        assertThat(sizes).isEqualTo(json.get("rfm").get("customers").asInt());
        assertThat(json.get("centroids").get(0).get("values").has("Recency (days)")).isTrue();
        assertThat(r.err()).contains("cancellation invoices");
    }

    @Test
    void inspectSuggestsThePivotForATransactionTable() throws Exception {
        Run r = run("inspect", fixture("small_transactions.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("This looks like transactions: Customer × Offer # (8 customers, 6 items).")
                .contains("--transactions \"Customer\",\"Offer #\" [--value \"sum:Qty\"]");

        Run offers = run("inspect", fixture("small_offers.csv").toString(), "--json");
        assertThat(offers.json().has("transactions")).isFalse();
    }

    @Test
    void labelsForPivotedDataNameEachCustomerAndArchetype(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path labels = dir.resolve("labels.csv");
        Run r = run("cluster", fixture("small_transactions.csv").toString(), "--transactions", "Customer,Offer #",
                "--attributes", fixture("small_offers.csv").toString(), "--k", "2", "--out", labels.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(labels);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header.get(0)).isEqualTo("Customer");
        int cluster = header.indexOf("Cluster");
        int archetype = header.indexOf("Archetype");
        assertThat(cluster).isPositive();
        assertThat(archetype).isPositive();
        assertThat(lines).hasSize(9);
        // Evans, Frank, Green and Hill took only Champagne-heavy offers 4-6; Adams the Pinot Noir offers 1 and 2.
        String[] evans = lines.stream().filter(l -> l.startsWith("Evans,")).findFirst().orElseThrow().split(",");
        String[] adams = lines.stream().filter(l -> l.startsWith("Adams,")).findFirst().orElseThrow().split(",");
        assertThat(evans[archetype]).isEqualTo("Champagne lovers");
        assertThat(adams[cluster]).isNotEqualTo(evans[cluster]);
    }

    @Test
    void aSingleColumnForTransactionsIsOneClearError() throws Exception {
        Run r = run("cluster", fixture("small_transactions.csv").toString(), "--transactions", "Customer", "--k", "2");

        assertThat(r.code()).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("archetype: --transactions needs two column names").doesNotContain("\n");
    }

    @Test
    void anUnknownAttributeSheetNamesTheSheets() throws Exception {
        assertTrue(Files.isRegularFile(WINE), "../shared/data is missing: it must sit beside the checkout");
        Run r = run("cluster", WINE.toString(), "--sheet", "Transactions", "--transactions", "Customer Last Name,Offer #",
                "--attributes", "Offers", "--k", "4");

        assertThat(r.code()).isEqualTo(ArchetypeCli.BAD_INPUT);
        assertThat(r.err()).contains("'Offers' is neither a column of the transactions, a sheet of WineKMC.xlsx (sheets: OfferInformation, Transactions) nor a file");
    }
}
