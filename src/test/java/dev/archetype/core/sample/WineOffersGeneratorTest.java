package dev.archetype.core.sample;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.sample.WineOffersGenerator.Archetype;
import dev.archetype.core.sample.WineOffersGenerator.Offer;
import dev.archetype.core.sample.WineOffersGenerator.Purchase;
import dev.archetype.core.sample.WineOffersGenerator.WineOffers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WineOffersGeneratorTest {

    private static Dataset sheet(Path file, String sheet) throws Exception {
        return Importer.read(file, ImportOptions.defaults().withSheet(sheet), null, null);
    }

    private static List<List<String>> cells(Dataset ds) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < ds.rowCount(); r++) {
            List<String> row = new java.util.ArrayList<>();
            for (Column c : ds.columns()) row.add(c.format(r));
            rows.add(row);
        }
        return rows;
    }

    @Test
    void regeneratingWithTheDefaultSeedGivesTheBundledWorkbookCellForCell(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("wine_offers.xlsx");
        WineOffersGenerator.write(WineOffersGenerator.generate(WineOffersGenerator.DEFAULT_SEED), fresh);
        Path bundled = Samples.wineOffers();
        for (String sheet : List.of("OfferInformation", "Transactions")) {
            Dataset a = sheet(bundled, sheet);
            Dataset b = sheet(fresh, sheet);
            assertThat(b.columnNames()).isEqualTo(a.columnNames());
            assertThat(cells(b)).as(sheet).isEqualTo(cells(a));
        }
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        WineOffers a = WineOffersGenerator.generate(7);
        assertThat(WineOffersGenerator.generate(7)).isEqualTo(a);
        assertThat(WineOffersGenerator.generate(8).purchases()).isNotEqualTo(a.purchases());
    }

    @Test
    void hasTheShapeOfTheCaseStudy() throws Exception {
        WineOffers w = WineOffersGenerator.generate(WineOffersGenerator.DEFAULT_SEED);
        assertThat(w.offers()).hasSize(32);
        assertThat(w.archetypes()).hasSize(100);
        assertThat(w.purchases()).allSatisfy(p -> assertThat(p.offer()).isBetween(1, 32));
        assertThat(w.purchases().stream().distinct().count()).as("no customer buys an offer twice").isEqualTo(w.purchases().size());
        Path bundled = Samples.wineOffers();
        assertThat(Importer.sheetNames(bundled)).containsExactly("OfferInformation", "Transactions");
        Dataset offers = sheet(bundled, "OfferInformation");
        assertThat(offers.columnNames()).containsExactly("Offer #", "Campaign", "Varietal", "Minimum Qty (kg)",
                "Discount (%)", "Origin", "Past Peak");
        Path original = Path.of("..", "shared", "data", "WineKMC.xlsx");
        Assertions.assertTrue(Files.exists(original), "../shared/data is missing: it must sit beside the checkout");
        for (String sheet : List.of("OfferInformation", "Transactions")) {
            Dataset ours = sheet(bundled, sheet);
            Dataset theirs = sheet(original, sheet);
            assertThat(ours.columnNames()).isEqualTo(theirs.columnNames());
            for (String col : theirs.columnNames()) {
                assertThat(ours.require(col).type()).as(sheet + "." + col).isEqualTo(theirs.require(col).type());
            }
        }
    }

    @Test
    void eachArchetypeBuysMostlyWhatItLikes() {
        WineOffers w = WineOffersGenerator.generate(WineOffersGenerator.DEFAULT_SEED);
        Map<Integer, Offer> byNumber = new HashMap<>();
        for (Offer o : w.offers()) byNumber.put(o.number(), o);
        Map<Archetype, int[]> fit = new HashMap<>();
        for (Purchase p : w.purchases()) {
            Archetype a = w.archetypes().get(p.customer());
            int[] f = fit.computeIfAbsent(a, k -> new int[2]);
            if (a.likes(byNumber.get(p.offer()))) f[0]++;
            f[1]++;
        }
        assertThat(fit).hasSize(4);
        fit.forEach((a, f) -> assertThat((double) f[0] / f[1]).as(a.name()).isGreaterThan(0.8));
        // Pinot Noir lovers stand out: they buy Pinot far more often than everyone else does.
        long pinotByLovers = w.purchases().stream().filter(p -> w.archetypes().get(p.customer()) == Archetype.PINOT_NOIR_LOVERS)
                .filter(p -> byNumber.get(p.offer()).varietal().equals("Pinot Noir")).count();
        long pinotByOthers = w.purchases().stream().filter(p -> w.archetypes().get(p.customer()) != Archetype.PINOT_NOIR_LOVERS)
                .filter(p -> byNumber.get(p.offer()).varietal().equals("Pinot Noir")).count();
        assertThat(pinotByLovers).isGreaterThan(2 * pinotByOthers);
    }

    @Test
    void samplesAreExtractedUnderTheirOwnNames() throws Exception {
        Path wholesale = Samples.wholesaleCustomers();
        assertThat(wholesale.getFileName().toString()).isEqualTo("wholesale_customers.csv");
        Dataset ds = Importer.read(wholesale, null, null, null);
        assertThat(ds.rowCount()).isEqualTo(440);
        assertThat(ds.columnNames()).containsExactly("Channel", "Region", "Fresh", "Milk", "Grocery", "Frozen",
                "Detergents_Paper", "Delicassen");
        assertThat(Samples.Sample.WHOLESALE_CUSTOMERS.credit()).contains("CC BY 4.0", "10.24432/C5030X");
    }
}
