package dev.archetype.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RfmSpec;
import dev.archetype.core.transactions.SheetAttributes;
import dev.archetype.core.transactions.TransactionDetector;
import dev.archetype.core.transactions.TransactionGuess;

import java.io.PrintWriter;
import java.util.Optional;

/** What {@code inspect} says when a table looks like transactions: the options that would pivot it. */
final class TransactionHint {
    private TransactionHint() {
    }

    static void print(Dataset ds, PrintWriter out) {
        Optional<TransactionGuess> guess = TransactionDetector.detect(ds);
        if (guess.isEmpty()) return;
        TransactionGuess g = guess.get();
        out.println(g.message() + ".");
        boolean sum = g.suggestedValue() instanceof PivotValue.Sum;
        out.println("  Cluster customers by what they took: --transactions \"" + g.customerColumn() + "\",\""
                + g.itemColumn() + "\"" + (sum ? " --value \"" + g.suggestedValue().spec() + "\" (each customer's share of their total; --mix raw for amounts)"
                : g.amountColumn() == null ? "" : " [--value \"sum:" + g.amountColumn() + "\"]"));
        for (var c : SheetAttributes.detect(ds, g.customerColumn(), g.itemColumn())) {
            out.println("  Describe the items by a column of this table: --attributes \"" + c.column() + "\" (" + c.levels() + " values)");
        }
        if (RfmSpec.detect(ds).isPresent()) out.println("  Or by recency, frequency and spend: --rfm");
    }

    static void addJson(ObjectNode root, Dataset ds) {
        TransactionDetector.detect(ds).ifPresent(g -> {
            ObjectNode t = root.putObject("transactions");
            t.put("customerColumn", g.customerColumn());
            t.put("itemColumn", g.itemColumn());
            if (g.amountColumn() != null) t.put("amountColumn", g.amountColumn());
            if (g.dateColumn() != null) t.put("dateColumn", g.dateColumn());
            if (g.invoiceColumn() != null) t.put("invoiceColumn", g.invoiceColumn());
            t.put("customers", g.customers());
            t.put("items", g.items());
            t.put("message", g.message());
            t.put("suggestedValue", g.suggestedValue().spec());
            var alternatives = t.putArray("otherItemColumns");
            g.alternativeNames().forEach(alternatives::add);
            var attributes = t.putArray("sameSheetAttributes");
            SheetAttributes.detect(ds, g.customerColumn(), g.itemColumn()).forEach(c -> attributes.add(c.column()));
            t.put("rfm", RfmSpec.detect(ds).isPresent());
        });
    }
}
