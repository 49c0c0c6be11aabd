package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.Importer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFM on the real, messy Online Retail extract: counts checked against a plain line-by-line reading of the file. */
class RetailRfmTest {
    private static final Path RETAIL = Path.of("..", "shared", "data", "online_retail_partial_dec2010.csv");

    @Test
    void cancellationsAndMissingIdsAreLeftOutAndCounted() throws Exception {
        assertTrue(Files.isRegularFile(RETAIL), "../shared/data is missing: it must sit beside the checkout");
        Dataset tx = Importer.read(RETAIL, ImportOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
        RfmSpec spec = RfmSpec.detect(tx).orElseThrow();
        assertThat(spec).isEqualTo(new RfmSpec("CustomerID", "InvoiceNo", "InvoiceDate", "Quantity", "UnitPrice"));

        RfmResult rfm = Rfm.derive(tx, spec);

        // The same rules applied to the raw lines (no quoted commas occur before the CustomerID column's end
        // except in Description, so count from the right).
        List<String> lines = Files.readAllLines(RETAIL, Charset.forName("windows-1252"));
        int cancelled = 0, negative = 0, noCustomer = 0, used = 0;
        Set<String> customers = new HashSet<>();
        Set<String> cancelledInvoices = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] right = line.split(",", -1);
            String invoice = right[0];
            String customer = right[right.length - 2].strip();
            double quantity = Double.parseDouble(right[right.length - 5]);
            double price = Double.parseDouble(right[right.length - 3]);
            if (invoice.startsWith("C")) {
                cancelled++;
                cancelledInvoices.add(invoice);
            } else if (quantity <= 0 || price < 0) {
                negative++;
            } else if (customer.isEmpty()) {
                noCustomer++;
            } else {
                used++;
                customers.add(customer);
            }
        }
        assertThat(rfm.report().rows()).isEqualTo(lines.size() - 1);
        assertThat(rfm.report().cancelledRows()).isEqualTo(cancelled).isEqualTo(680);
        assertThat(rfm.report().cancelledInvoices()).isEqualTo(cancelledInvoices.size());
        assertThat(rfm.report().nonPositiveRows()).isEqualTo(negative);
        assertThat(rfm.report().missingCustomerRows()).isEqualTo(noCustomer);
        assertThat(rfm.report().usedRows()).isEqualTo(used);
        assertThat(rfm.report().customers()).isEqualTo(customers.size());
        assertThat(rfm.report().lastDate()).isEqualTo(LocalDate.of(2010, 12, 20));

        Dataset d = rfm.dataset();
        NumericColumn recency = (NumericColumn) d.require(Rfm.RECENCY);
        NumericColumn tenure = (NumericColumn) d.require(Rfm.TENURE);
        NumericColumn monetary = (NumericColumn) d.require(Rfm.MONETARY);
        for (int r = 0; r < d.rowCount(); r++) {
            assertThat(recency.get(r)).isBetween(1.0, tenure.get(r));
            assertThat(tenure.get(r)).isLessThanOrEqualTo(20);
            assertThat(monetary.get(r)).isGreaterThanOrEqualTo(0);
        }
    }
}
