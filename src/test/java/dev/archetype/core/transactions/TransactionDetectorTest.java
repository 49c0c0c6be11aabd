package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import org.junit.jupiter.api.Test;

import static dev.archetype.core.transactions.Tables.categorical;
import static dev.archetype.core.transactions.Tables.ints;
import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static dev.archetype.core.transactions.Tables.text;
import static org.assertj.core.api.Assertions.assertThat;

class TransactionDetectorTest {

    @Test
    void anItemAttributeTableIsNotTakenForPurchases() {
        // Shaped like OfferInformation: a unique offer key and repeated descriptive columns.
        Dataset offers = table("offers",
                ints("Offer #", 1d, 2d, 3d, 4d, 5d, 6d, 7d, 8d),
                categorical("Campaign", "January", "January", "February", "February", "March", "March", "April", "April"),
                categorical("Varietal", "Malbec", "Pinot Noir", "Espumante", "Champagne", "Malbec", "Pinot Noir", "Prosecco", "Malbec"),
                numbers("Minimum Qty (kg)", 72, 72, 144, 72, 144, 72, 6, 6),
                categorical("Origin", "France", "France", "Oregon", "France", "Chile", "Oregon", "Italy", "Chile"));

        assertThat(TransactionDetector.detect(offers)).isEmpty();
    }

    @Test
    void retailLinesGiveCustomerItemAmountDateAndInvoice() {
        long d = DateColumn.toEpochSeconds(java.time.LocalDateTime.of(2010, 12, 1, 8, 26));
        Dataset retail = table("retail",
                text("InvoiceNo", "536365", "536365", "536366", "536367", "536367", "536368"),
                text("StockCode", "85123A", "71053", "85123A", "71053", "22752", "85123A"),
                numbers("Quantity", 6, 6, 8, 2, 6, 6),
                new DateColumn("InvoiceDate", new long[] {d, d, d, d, d, d}),
                numbers("UnitPrice", 2.55, 3.39, 2.75, 1.85, 7.65, 2.55),
                ints("CustomerID", 17850d, 17850d, 13047d, 12583d, 12583d, 13047d));

        TransactionGuess g = TransactionDetector.detect(retail).orElseThrow();

        assertThat(g.customerColumn()).isEqualTo("CustomerID");
        assertThat(g.itemColumn()).isEqualTo("StockCode");
        assertThat(g.amountColumn()).isEqualTo("Quantity");
        assertThat(g.dateColumn()).isEqualTo("InvoiceDate");
        assertThat(g.invoiceColumn()).isEqualTo("InvoiceNo");
        assertThat(g.customers()).isEqualTo(3);
        assertThat(g.items()).isEqualTo(3);
    }
}
