package dev.archetype.core.transactions;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 6 acceptance on the book's wine-offers workbook: a Pinot Noir, a small-quantity, a bulk and a sparkling group. */
class WineKmcAcceptanceTest {
    private static final Path WINE = Path.of("..", "shared", "data", "WineKMC.xlsx");
    private static TransactionData data;

    enum Group { PINOT_NOIR, SMALL_QUANTITY, BULK, SPARKLING }

    @BeforeAll
    static void pivot() throws Exception {
        assertTrue(Files.isRegularFile(WINE), "../shared/data is missing: it must sit beside the checkout");
        Dataset tx = Importer.read(WINE, ImportOptions.defaults().withSheet("Transactions"), ProgressListener.NONE, Cancellation.NEVER);
        data = TransactionSetup.prepare(tx, WINE, new TransactionRequest("Customer Last Name", "Offer #",
                PivotValue.PRESENCE, "OfferInformation", "Offer #"), ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void detectorAndPivotSeeOneHundredCustomersAndThirtyTwoOffers() throws Exception {
        Dataset tx = Importer.read(WINE, ImportOptions.defaults().withSheet("Transactions"), ProgressListener.NONE, Cancellation.NEVER);
        TransactionGuess guess = TransactionDetector.detect(tx).orElseThrow();
        assertThat(guess.customerColumn()).isEqualTo("Customer Last Name");
        assertThat(guess.itemColumn()).isEqualTo("Offer #");

        assertThat(data.pivot().customerCount()).isEqualTo(100);
        assertThat(data.features()).hasSize(32).startsWith("Offer 1", "Offer 2").endsWith("Offer 32");
        // Every transaction row is one cell, none repeated: the matrix holds 324 ones.
        double ones = 0;
        for (int i = 0; i < 32; i++) for (int r = 0; r < 100; r++) ones += data.pivot().itemColumn(i).get(r);
        assertThat(ones).isEqualTo(tx.rowCount());
        assertThat(data.attributes().itemsWithoutAttributes()).isEmpty();
        assertThat(data.attributes().unusedAttributeRows()).isEmpty();
        assertThat(data.advice().distance()).isEqualTo(Distance.COSINE);
    }

    @Test
    void euclideanOnTheZeroOneMatrixNamesTheFourGroups() {
        AttributeRollup rollup = rollup(Distance.EUCLIDEAN);

        assertThat(rollup.names()).anyMatch(n -> n.equals("Pinot Noir lovers"))
                .anyMatch(n -> n.startsWith("small quantities"))
                .anyMatch(n -> n.startsWith("bulk buyers"))
                .anyMatch(n -> n.equals("Champagne lovers"));
        int pinot = rollup.names().indexOf("Pinot Noir lovers");
        AttributeLift.Level top = (AttributeLift.Level) rollup.strongest(pinot, 1).get(0);
        assertThat(top.level()).isEqualTo("Pinot Noir");
        assertThat(top.share()).isGreaterThan(0.6);
        assertThat(top.overallShare()).isLessThan(0.2);
    }

    @Test
    void theProfileOfPivotedDataCarriesTheRollupNames() {
        FeatureMatrix m = Preparer.prepare(data.dataset(), data.featureSpec());
        Clustering c = KMeans.run(m, KMeansOptions.defaults(4), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(data.profile(m, c).names()).isEqualTo(data.rollup(m, c).names()).contains("Pinot Noir lovers");
        assertThat(data.profile(m, c).archetype(0).distinctive()).isNotEmpty();
    }

    @Test
    void theWorkbookGivesEveryCustomerTheirArchetype(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        FeatureMatrix m = Preparer.prepare(data.dataset(), data.featureSpec());
        KMeansOptions options = KMeansOptions.defaults(4);
        Clustering c = KMeans.run(m, options, ProgressListener.NONE, Cancellation.NEVER);
        var profile = data.profile(m, c);
        Path out = dir.resolve("wine_archetypes.xlsx");
        List<RollupGridRow> attributes = data.rollup(m, c).gridMostTellingFirst();
        var request = new dev.archetype.core.export.ExportRequest(data.dataset(), WINE, "Transactions", m, c, profile, null,
                null, dev.archetype.core.export.RunInfo.of(data.featureSpec(), options, "test", java.time.Instant.now(), null),
                attributes);
        dev.archetype.core.export.WorkbookExporter.export(request, out, dev.archetype.core.export.ExportOptions.defaults(),
                ProgressListener.NONE, Cancellation.NEVER);

        Dataset customers = Importer.read(out, ImportOptions.defaults().withSheet("Customers"), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(customers.rowCount()).isEqualTo(100);
        int[] clusterOf = new int[100];
        for (int r = 0; r < m.rows(); r++) clusterOf[m.sourceRows()[r]] = c.label(r);
        for (int r = 0; r < 100; r++) {
            assertThat(customers.require("Customer Last Name").format(r)).isEqualTo(data.pivot().customer(r));
            assertThat(customers.require("Archetype").format(r)).isEqualTo(profile.names().get(clusterOf[r]));
        }

        // the Archetypes sheet carries the roll-up as its own section, values as in the app
        try (var in = java.nio.file.Files.newInputStream(out); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheet("Archetypes");
            int title = -1, pinot = -1;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first == null) continue;
                if (first.getStringCellValue().startsWith("Item attributes")) title = row.getRowNum();
                if (first.getStringCellValue().equals("Varietal = Pinot Noir")) pinot = row.getRowNum();
            }
            assertThat(title).isPositive();
            assertThat(pinot).isGreaterThan(title);
            RollupGridRow expected = attributes.stream().filter(a -> a.label().equals("Varietal = Pinot Noir")).findFirst().orElseThrow();
            int lovers = profile.names().indexOf("Pinot Noir lovers");
            assertThat(sheet.getRow(pinot).getCell(2 + lovers).getNumericCellValue()).isEqualTo(expected.cluster(lovers));
            assertThat(sheet.getRow(pinot).getCell(1).getNumericCellValue()).isEqualTo(expected.overall());
            assertThat(sheet.getRow(title + 1 + attributes.size() - 1).getCell(0).getStringCellValue())
                    .isEqualTo(attributes.get(attributes.size() - 1).label());
            boolean coloured = false;
            var cf = sheet.getSheetConditionalFormatting();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                for (var range : cf.getConditionalFormattingAt(i).getFormattingRanges()) coloured |= range.getFirstRow() == pinot;
            }
            assertThat(coloured).isTrue();
        }
    }

    @Test
    void cosineShowsTheFourGroupsInNamesOrTopAttributes() {
        assertThat(groupsShown(rollup(Distance.COSINE))).isTrue();
    }

    private static AttributeRollup rollup(Distance distance) {
        FeatureMatrix m = Preparer.prepare(data.dataset(), FeatureSpec.of(data.features()).withScaling(Scaling.NONE));
        Clustering c = KMeans.run(m, KMeansOptions.defaults(4).withDistance(distance), ProgressListener.NONE, Cancellation.NEVER);
        return AttributeRollup.of(data.pivot(), data.attributes(), c, m.sourceRows());
    }

    /** Whether each of the four groups can be given its own cluster whose name or top three lifts show it. */
    static boolean groupsShown(AttributeRollup rollup) {
        List<Set<Group>> shown = new ArrayList<>();
        for (int c = 0; c < rollup.k(); c++) shown.add(groups(rollup.name(c), rollup.strongest(c, 3)));
        return assign(List.of(Group.values()), 0, shown, new boolean[rollup.k()]);
    }

    static Set<Group> groups(String name, List<AttributeLift> top) {
        Set<Group> g = EnumSet.noneOf(Group.class);
        if (name.contains("Pinot Noir")) g.add(Group.PINOT_NOIR);
        if (name.startsWith("small quantities")) g.add(Group.SMALL_QUANTITY);
        if (name.startsWith("bulk buyers")) g.add(Group.BULK);
        if (name.matches("(Champagne|Espumante|Prosecco|Cava) lovers")) g.add(Group.SPARKLING);
        for (AttributeLift l : top) {
            if (l instanceof AttributeLift.Level lv && lv.attribute().equals("Varietal")) {
                if (lv.level().equals("Pinot Noir")) g.add(Group.PINOT_NOIR);
                if (Set.of("Champagne", "Espumante", "Prosecco").contains(lv.level())) g.add(Group.SPARKLING);
            }
            if (l instanceof AttributeLift.Mean m && m.attribute().startsWith("Minimum Qty")) {
                g.add(m.score() < 0 ? Group.SMALL_QUANTITY : Group.BULK);
            }
        }
        return g;
    }

    private static boolean assign(List<Group> groups, int i, List<Set<Group>> shown, boolean[] used) {
        if (i == groups.size()) return true;
        for (int c = 0; c < shown.size(); c++) {
            if (used[c] || !shown.get(c).contains(groups.get(i))) continue;
            used[c] = true;
            if (assign(groups, i + 1, shown, used)) return true;
            used[c] = false;
        }
        return false;
    }
}
