package dev.archetype.core.transactions;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which whole-number columns name rows rather than measure them. */
class IdentifiersTest {
    private static NumericColumn whole(String name) {
        return new NumericColumn(name, ColumnType.INTEGER, new double[] {3, 1, 4, 1, 5, 9, 2, 6});
    }

    @Test
    void identifierWordsAtTheEndOfTheName() {
        for (String id : new String[] {"Row ID", "Order ID", "CustomerID", "InvoiceNo", "Invoice No.", "Order Number", "Row #", "Zip"}) {
            assertThat(Identifiers.is(whole(id))).as(id).isTrue();
        }
    }

    @Test
    void amountsAndCountsAreNotIdentifiers() {
        for (String amount : new String[] {"Number of items", "Amount Paid", "Quantity", "Sales", "Valid", "Price index"}) {
            assertThat(Identifiers.is(whole(amount))).as(amount).isFalse();
        }
        assertThat(Identifiers.is(new NumericColumn("Order ID", ColumnType.NUMERIC, new double[] {1.5, 2}))).as("not whole").isFalse();
    }

    @Test
    void aColumnNumberingTheRowsIsAnIdentifierWhateverItsName() {
        double[] seq = new double[30];
        for (int i = 0; i < seq.length; i++) seq[i] = 100 + (i * 7) % 30;
        assertThat(Identifiers.reason(new NumericColumn("Line", ColumnType.INTEGER, seq))).hasValue("it numbers the rows 100..129");
    }
}
