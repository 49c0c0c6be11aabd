package dev.archetype.core.transactions;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Test;

import static dev.archetype.core.transactions.Tables.categorical;
import static dev.archetype.core.transactions.Tables.ints;
import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static dev.archetype.core.transactions.Tables.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionPivotTest {

    /** Smith takes offers 2 and 24 (2 twice), Johnson 17 and 24, Brown 10; row 6 lacks a customer, row 7 an offer. */
    private static Dataset wine() {
        return table("wine.csv",
                text("Customer Last Name", "Smith", "Smith", "Johnson", "Johnson", "Smith", null, "Brown", "Brown"),
                ints("Offer #", 2d, 24d, 17d, 24d, 2d, 5d, null, 10d),
                numbers("Qty", 6, 12, 72, 1, 4, 9, 9, 3));
    }

    @Test
    void presenceMarksEachTakenItemOnceAndReportsTheRepeat() {
        PivotResult p = TransactionPivot.pivot(wine(), "Customer Last Name", "Offer #", PivotValue.PRESENCE);

        assertThat(p.wide().columnNames()).containsExactly("Customer Last Name", "Offer 2", "Offer 10", "Offer 17", "Offer 24");
        assertThat(p.items()).containsExactly("2", "10", "17", "24");
        assertThat(p.customerCount()).isEqualTo(3);
        assertThat(p.customer(0)).isEqualTo("Smith");
        assertThat(p.customer(1)).isEqualTo("Johnson");
        assertThat(p.customer(2)).isEqualTo("Brown");
        assertThat(row(p, 0)).containsExactly(1, 0, 0, 1);
        assertThat(row(p, 1)).containsExactly(0, 0, 1, 1);
        assertThat(row(p, 2)).containsExactly(0, 1, 0, 0);
        assertThat(p.itemColumn(0).type()).isEqualTo(ColumnType.BOOLEAN);

        PivotReport r = p.report();
        assertThat(r.repeatedRows()).isEqualTo(1);
        assertThat(r.repeatedExamples()).containsExactly("Smith × 2 (row 5)");
        assertThat(r.lines()).anyMatch(l -> l.contains("counted once"));
    }

    @Test
    void rowsWithoutCustomerOrItemAreSkippedCountedAndLocated() {
        PivotReport r = TransactionPivot.pivot(wine(), "Customer Last Name", "Offer #", PivotValue.PRESENCE).report();

        assertThat(r.transactionRows()).isEqualTo(8);
        assertThat(r.missingCustomerRows()).isEqualTo(1);
        assertThat(r.missingItemRows()).isEqualTo(1);
        assertThat(r.usedRows()).isEqualTo(6);
        assertThat(r.firstSkippedRows()).containsExactly(6, 7);
        assertThat(String.join("\n", r.lines())).contains("Skipped 2 rows").contains("first at rows 6, 7");
    }

    @Test
    void countAddsRepeatsAndSumAddsTheAmount() {
        PivotResult count = TransactionPivot.pivot(wine(), "Customer Last Name", "Offer #", PivotValue.COUNT);
        assertThat(row(count, 0)).containsExactly(2, 0, 0, 1);

        PivotResult sum = TransactionPivot.pivot(wine(), "Customer Last Name", "Offer #", PivotValue.parse("sum:Qty"));
        assertThat(rowValues(sum, 0)).containsExactly(6 + 4, 0, 0, 12);
        assertThat(rowValues(sum, 1)).containsExactly(0, 0, 72, 1);
        assertThat(sum.itemColumn(0).type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void numericTextAndDecimalFormsOfAnItemAreOneItemInNumericOrder() {
        Dataset d = table("t.csv",
                text("Customer", "a", "a", "b", "b", "c"),
                text("Offer", "10", " 2 ", "2.0", "1", "10.00"));

        PivotResult p = TransactionPivot.pivot(d, "Customer", "Offer", PivotValue.COUNT);

        assertThat(p.items()).containsExactly("1", "2", "10");
        assertThat(p.wide().columnNames()).containsExactly("Customer", "Offer 1", "Offer 2", "Offer 10");
        assertThat(row(p, 1)).containsExactly(1, 1, 0);
        assertThat(p.report().repeatedRows()).isZero();
    }

    @Test
    void namedItemsSortNaturallyAndKeepTheirNames() {
        Dataset d = table("t.csv",
                categorical("Customer", "a", "b", "a", "c"),
                categorical("Product", "Offer 10", "Offer 2", "Wine", "Offer 1"));

        PivotResult p = TransactionPivot.pivot(d, "Customer", "Product", PivotValue.PRESENCE);

        assertThat(p.wide().columnNames()).containsExactly("Customer", "Offer 1", "Offer 2", "Offer 10", "Wine");
        assertThat(row(p, 0)).containsExactly(0, 0, 1, 1);
    }

    @Test
    void summingATextColumnIsRefusedNamingTheColumn() {
        assertThatThrownBy(() -> TransactionPivot.pivot(wine(), "Offer #", "Customer Last Name", PivotValue.parse("sum:Customer Last Name")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Customer Last Name'").hasMessageContaining("cannot be summed");
        assertThatThrownBy(() -> TransactionPivot.pivot(wine(), "Customer", "Offer #", PivotValue.PRESENCE))
                .hasMessageContaining("No column 'Customer'");
        assertThatThrownBy(() -> PivotValue.parse("mean"))
                .hasMessageContaining("presence, count or sum:COLUMN");
    }

    @Test
    void detectorProposesCustomerAndItemAndIgnoresACustomerTable() {
        TransactionGuess g = TransactionDetector.detect(table("wine.csv",
                text("Customer Last Name", "Smith", "Smith", "Johnson", "Johnson", "Brown", "Brown", "Lee", "Lee"),
                ints("Offer #", 2d, 24d, 17d, 24d, 2d, 17d, 24d, 2d))).orElseThrow();
        assertThat(g.customerColumn()).isEqualTo("Customer Last Name");
        assertThat(g.itemColumn()).isEqualTo("Offer #");
        assertThat(g.message()).startsWith("This looks like transactions: Customer Last Name × Offer #");

        Dataset customers = table("mall.csv",
                text("customer_id", "1", "2", "3", "4", "5", "6"),
                categorical("gender", "F", "M", "F", "F", "M", "M"),
                numbers("spending_score", 39, 81, 6, 77, 40, 76));
        assertThat(TransactionDetector.detect(customers)).isEmpty();
    }

    private static int[] row(PivotResult p, int r) {
        int[] out = new int[p.itemCount()];
        for (int i = 0; i < out.length; i++) out[i] = (int) p.itemColumn(i).get(r);
        return out;
    }

    private static double[] rowValues(PivotResult p, int r) {
        double[] out = new double[p.itemCount()];
        for (int i = 0; i < out.length; i++) out[i] = p.itemColumn(i).get(r);
        return out;
    }
}
