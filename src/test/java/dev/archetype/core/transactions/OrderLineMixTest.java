package dev.archetype.core.transactions;

import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.profile.Archetype;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** An order-line table clustered as analysts mean it: by each customer's mix of spend, rolled up by category. */
class OrderLineMixTest {
    @TempDir
    static Path dir;
    static Path orders;
    static Dataset lines;

    @BeforeAll
    static void write() throws Exception {
        orders = dir.resolve("orders.csv");
        assertThat(OrderLines.write(orders, 800, 7)).isBetween(7_500, 9_500);
        lines = Importer.read(orders, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
    }

    private static AnalysisResult run(TransactionRequest pivot) throws Exception {
        return Analysis.run(AnalysisSpec.of(orders).withK(4).withPivot(pivot), 2, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static TransactionRequest sales(String attributes) {
        return new TransactionRequest("Customer Name", "Product Sub-Category", PivotValue.parse("sum:Sales"), attributes, null);
    }

    @Test
    void sharesOfSpendGiveNoBlobAndNoCrumbsWhereRawSumsGiveABlob() throws Exception {
        AnalysisResult shares = run(sales(null));
        int n = shares.clustering().rows();
        for (int size : shares.clustering().sizes()) assertThat((double) size / n).isBetween(0.03, 0.60);

        AnalysisResult raw = run(sales(null).withMix(RowMix.RAW));
        int largest = Arrays.stream(raw.clustering().sizes()).max().orElseThrow();
        assertThat((double) largest / n).as("the problem the shares solve is real in this data").isGreaterThan(0.6);
    }

    @Test
    void eachRowIsTheCustomersShareOfTheirSpendAndTheTotalIsKept() throws Exception {
        PivotResult p = TransactionPivot.pivot(lines, "Customer Name", "Product Sub-Category", PivotValue.parse("sum:Sales"),
                RowMix.SHARE, ProgressListener.NONE, Cancellation.NEVER);
        assertThat(p.totalColumn()).isEqualTo("Total Sales");
        assertThat(p.featureNames()).hasSize(17).doesNotContain("Total Sales");
        // the total and one share, recomputed from the lines themselves
        Map<String, double[]> byCustomer = new HashMap<>();
        var customer = lines.require("Customer Name");
        var sub = lines.require("Product Sub-Category");
        var amount = (NumericColumn) lines.require("Sales");
        for (int r = 0; r < lines.rowCount(); r++) {
            double[] t = byCustomer.computeIfAbsent(customer.format(r), k -> new double[2]);
            t[0] += amount.get(r);
            if (sub.format(r).equals("Tables")) t[1] += amount.get(r);
        }
        NumericColumn total = (NumericColumn) p.wide().require("Total Sales");
        NumericColumn tables = (NumericColumn) p.wide().require("Tables");
        assertThat(tables.isProportion()).isTrue();
        for (int row = 0; row < p.customerCount(); row++) {
            double[] t = byCustomer.get(p.customer(row));
            assertThat(total.get(row)).isCloseTo(t[0], within(1e-6));
            assertThat(tables.get(row)).isCloseTo(t[1] / t[0], within(1e-9));
            double sum = 0;
            for (int i = 0; i < p.itemCount(); i++) sum += p.itemColumn(i).get(row);
            assertThat(sum).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void aCategoryColumnOfTheSameSheetRollsTheGroupsUpByTheirCategoryMix() throws Exception {
        AnalysisResult r = run(sales("Product Category"));
        AttributeRollup rollup = r.rollup();
        assertThat(rollup).isNotNull();
        List<String> names = r.profile().names();
        assertThat(names).anyMatch(name -> name.matches("(Furniture|Technology|Office Supplies) buyers"));
        for (int c = 0; c < 4; c++) {
            for (String line : rollup.describe(c)) assertThat(line).startsWith("Product Category = ").contains("of this group's spend vs");
            // the category shares of spend, recomputed from the lines of this cluster's customers
            AttributeLift.Level top = (AttributeLift.Level) rollup.lifts(c).stream().filter(l -> l instanceof AttributeLift.Level).findFirst().orElseThrow();
            assertThat(top.share()).isCloseTo(categoryShare(r, c, top.level()), within(1e-9));
        }
    }

    /** A category's share of the spend of cluster c's customers, straight from the order lines. */
    private static double categoryShare(AnalysisResult r, int cluster, String category) {
        Map<String, Integer> clusterOf = new HashMap<>();
        Dataset wide = r.opened().dataset();
        int[] source = r.matrix().sourceRows();
        for (int i = 0; i < source.length; i++) clusterOf.put(wide.column(0).format(source[i]), r.clustering().label(i));
        double in = 0, all = 0;
        var cat = lines.require("Product Category");
        var amount = (NumericColumn) lines.require("Sales");
        for (int row = 0; row < lines.rowCount(); row++) {
            Integer c = clusterOf.get(lines.require("Customer Name").format(row));
            if (c == null || c != cluster) continue;
            all += amount.get(row);
            if (cat.format(row).equals(category)) in += amount.get(row);
        }
        return in / all;
    }

    @Test
    void theCategoryIsFoundAsAnAttributeOfTheSubCategoryAndNothingElseIs() {
        List<SheetAttributes.Candidate> found = SheetAttributes.detect(lines, "Customer Name", "Product Sub-Category");
        assertThat(found).extracting(SheetAttributes.Candidate::column).containsExactly("Product Category");
        assertThat(found.get(0).levels()).isEqualTo(3);
        assertThatThrownBy(() -> SheetAttributes.table(lines, "Customer Name", "Product Category", List.of("Product Sub-Category")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Product Sub-Category' is not an attribute of 'Product Category'");
    }

    @Test
    void identifiersAreNeverSummed() {
        assertThatThrownBy(() -> TransactionPivot.pivot(lines, "Customer Name", "Product Sub-Category", PivotValue.parse("sum:Row ID")))
                .hasMessageContaining("'Row ID' is an identifier, not an amount");
        assertThatThrownBy(() -> TransactionPivot.pivot(lines, "Customer Name", "Product Sub-Category", PivotValue.parse("sum:Order ID")))
                .hasMessageContaining("'Order ID' is an identifier");
        assertThat(Identifiers.is(lines.require("Sales"))).isFalse();
    }

    @Test
    void theSubCategoryIsSuggestedAsTheItemsWithTheOthersListed() {
        TransactionGuess g = TransactionDetector.detect(lines).orElseThrow();
        assertThat(g.customerColumn()).isEqualTo("Customer Name");
        assertThat(g.itemColumn()).isEqualTo("Product Sub-Category");
        assertThat(g.alternatives()).anyMatch(a -> a.startsWith("Product Category (3)"))
                .anyMatch(a -> a.startsWith("Product Name ("));
        assertThat(g.suggestedValue()).isEqualTo(PivotValue.parse("sum:Sales"));
        assertThat(g.amountColumn()).isEqualTo("Sales");
    }
}
