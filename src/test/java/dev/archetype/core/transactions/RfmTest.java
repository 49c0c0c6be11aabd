package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static dev.archetype.core.transactions.Tables.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RfmTest {

    private static long at(String iso) {
        return DateColumn.toEpochSeconds(LocalDateTime.parse(iso));
    }

    /** Online-retail shaped: a cancellation, a row without customer, a negative quantity on an ordinary invoice. */
    private static Dataset retail() {
        return table("retail.csv",
                text("InvoiceNo", "536365", "536365", "536370", "536366", "C536379", "536400", "536401", "536402"),
                numbers("Quantity", 6, 2, 1, 12, -1, 5, -3, 4),
                new DateColumn("InvoiceDate", new long[] {at("2010-12-01T08:26"), at("2010-12-01T08:26"),
                        at("2010-12-05T10:00"), at("2010-12-02T09:00"), at("2010-12-03T11:00"), at("2010-12-06T12:00"),
                        at("2010-12-06T12:00"), at("2010-12-07T09:00")}),
                numbers("UnitPrice", 2.55, 3.00, 10.00, 1.00, 1.00, 1.00, 2.00, 0.50),
                text("CustomerID", "17850", "17850", "17850.0", "13047", "13047", null, "12583", "12583"));
    }

    @Test
    void detectsTheRetailColumns() {
        RfmSpec spec = RfmSpec.detect(retail()).orElseThrow();
        assertThat(spec).isEqualTo(new RfmSpec("CustomerID", "InvoiceNo", "InvoiceDate", "Quantity", "UnitPrice"));
    }

    @Test
    void recencyFrequencyMonetaryAndTenureCountToTheDayAfterTheLastPurchase() {
        RfmResult r = Rfm.derive(retail(), RfmSpec.detect(retail()).orElseThrow());
        Dataset d = r.dataset();

        assertThat(d.columnNames()).containsExactly("CustomerID", Rfm.RECENCY, Rfm.FREQUENCY, Rfm.MONETARY, Rfm.TENURE);
        assertThat(d.rowCount()).isEqualTo(3);
        // Last purchase used: 2010-12-07, so the reference day is 2010-12-08.
        assertThat(r.report().referenceDate()).isEqualTo(LocalDate.of(2010, 12, 8));
        // 17850: invoices 536365 (6 × 2.55 + 2 × 3.00) and 536370 (1 × 10.00) on 12-01 and 12-05.
        assertRow(d, 0, "17850", 8 - 5, 2, 6 * 2.55 + 2 * 3.00 + 10.00, 8 - 1);
        // 13047: one invoice 12 × 1.00 on 12-02; its cancellation C536379 is left out, not netted.
        assertRow(d, 1, "13047", 8 - 2, 1, 12.00, 8 - 2);
        // 12583: the -3 line on 12-06 is skipped, leaving 4 × 0.50 on 12-07.
        assertRow(d, 2, "12583", 1, 1, 2.00, 1);
    }

    @Test
    void reportCountsWhatWasLeftOut() {
        RfmReport report = Rfm.derive(retail(), RfmSpec.detect(retail()).orElseThrow()).report();

        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.usedRows()).isEqualTo(5);
        assertThat(report.cancelledRows()).isEqualTo(1);
        assertThat(report.cancelledInvoices()).isEqualTo(1);
        assertThat(report.missingCustomerRows()).isEqualTo(1);
        assertThat(report.nonPositiveRows()).isEqualTo(1);
        assertThat(report.customers()).isEqualTo(3);
        assertThat(String.join("\n", report.lines()))
                .contains("Skipped 1 rows without a customer id").contains("1 lines of 1 cancellation invoices");
    }

    @Test
    void withoutAnInvoiceColumnFrequencyCountsDistinctPurchaseTimes() {
        RfmSpec spec = new RfmSpec("CustomerID", null, "InvoiceDate", "Quantity", "UnitPrice");
        Dataset d = Rfm.derive(retail(), spec).dataset();
        // 17850 bought at 12-01 08:26 (two lines) and 12-05 10:00; the cancellation row is negative, so skipped.
        assertThat(((NumericColumn) d.require(Rfm.FREQUENCY)).get(0)).isEqualTo(2);
        assertThat(((NumericColumn) d.require(Rfm.MONETARY)).get(1)).isCloseTo(12.0, within(1e-9));
    }

    private static void assertRow(Dataset d, int row, String id, double recency, double frequency, double monetary,
                                  double tenure) {
        assertThat(d.column(0).format(row)).isEqualTo(id);
        assertThat(((NumericColumn) d.require(Rfm.RECENCY)).get(row)).isEqualTo(recency);
        assertThat(((NumericColumn) d.require(Rfm.FREQUENCY)).get(row)).isEqualTo(frequency);
        assertThat(((NumericColumn) d.require(Rfm.MONETARY)).get(row)).isCloseTo(monetary, within(1e-9));
        assertThat(((NumericColumn) d.require(Rfm.TENURE)).get(row)).isEqualTo(tenure);
    }
}
