package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.analysis.OpenedData;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RowMix;
import dev.archetype.core.transactions.RfmReport;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.RollupJson;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The transaction options shared by {@code sweep} and {@code cluster}: pivot a long customer × item table
 * before clustering and describe the clusters by the attributes of the items their members took, or derive
 * RFM figures per customer from dated purchases.
 */
final class TransactionOptions {
    @Option(names = "--transactions", paramLabel = "CUSTOMER,ITEM",
            description = "FILE holds one row per purchase: pivot it to one row per CUSTOMER with one 0/1 column "
                    + "per ITEM, e.g. \"Customer Last Name\",\"Offer #\".")
    String pair;

    @Option(names = "--value", paramLabel = "presence|count|sum:COLUMN", defaultValue = "presence",
            description = "What a pivoted cell holds (default: ${DEFAULT-VALUE}).")
    String value;

    @Option(names = "--mix", paramLabel = "share|raw",
            description = "For count and sum pivots: share (the default) makes each cell the customer's share of their "
                    + "total, so customers group by what they buy rather than how much; raw keeps the amounts.")
    String mix;

    @Option(names = "--attributes", paramLabel = "COLUMNS|SHEET|FILE",
            description = "Item attributes to describe the clusters with: columns of FILE's transactions that hold one "
                    + "value per item (\"Product Category\"), a sheet of FILE, or another file.")
    String attributes;

    @Option(names = "--attribute-key", paramLabel = "COLUMN",
            description = "The attribute table's item key column (default: the ITEM column's name).")
    String attributeKey;

    @Option(names = "--rfm",
            description = "FILE holds dated purchases (customer id, invoice, date, quantity and price): cluster "
                    + "customers on Recency, Frequency, Monetary value and Tenure instead.")
    boolean rfm;

    /** The spec with this pivot or RFM step; a combination that cannot work is refused. */
    AnalysisSpec applyTo(AnalysisSpec s) {
        if (pair == null) {
            if (attributes != null || attributeKey != null || mix != null) {
                throw new IllegalArgumentException((mix != null ? "--mix" : "--attributes") + " needs --transactions CUSTOMER,ITEM");
            }
            return s.withRfm(rfm);
        }
        if (rfm) throw new IllegalArgumentException("Use either --transactions or --rfm, not both");
        List<String> names = TransactionRequest.parsePair(pair);
        return s.withPivot(new TransactionRequest(names.get(0), names.get(1), PivotValue.parse(value), attributes, attributeKey,
                mix == null ? null : RowMix.parse(mix)));
    }

    /** The notes of an opened file (what the pivot or RFM step did), printed as the command line always has. */
    static void printNotes(OpenedData opened, PrintWriter notes) {
        for (String line : opened.notes()) notes.println("Note: " + line);
    }

    static ObjectNode rfmSummary(RfmResult r) {
        ObjectNode o = ResultJson.MAPPER.createObjectNode();
        RfmReport p = r.report();
        o.put("rows", p.rows());
        o.put("usedRows", p.usedRows());
        o.put("customers", p.customers());
        o.put("cancelledRows", p.cancelledRows());
        o.put("cancelledInvoices", p.cancelledInvoices());
        o.put("nonPositiveRows", p.nonPositiveRows());
        o.put("missingCustomerRows", p.missingCustomerRows());
        o.put("missingDateRows", p.missingDateRows());
        o.put("missingAmountRows", p.missingAmountRows());
        o.put("referenceDate", p.referenceDate().toString());
        return o;
    }

    /**
     * Adds to the {@code cluster} JSON each archetype's {@code attributes} from the roll-up and a {@code transactions}
     * summary for pivoted purchases, or the {@code rfm} summary.
     */
    static void addJson(ObjectNode root, OpenedData opened, dev.archetype.core.analysis.AnalysisResult result) {
        if (opened.rfm() != null) root.set("rfm", rfmSummary(opened.rfm()));
        if (opened.pivot() == null) return;
        if (result.rollup() != null && root.get("archetypes") instanceof ArrayNode archetypes) {
            RollupJson.addTo(archetypes, result.rollup(), false);
        }
        root.set("transactions", summary(opened.pivot()));
    }

    /** Adds the drafted names of each k to the {@code sweep} JSON results, so the comparison over k reads in words. */
    static void addSweepJson(ObjectNode root, OpenedData opened, FeatureMatrix m, List<Clustering> perK) {
        if (opened.rfm() != null) root.set("rfm", rfmSummary(opened.rfm()));
        TransactionData td = opened.pivot();
        if (td == null) return;
        JsonNode results = root.get("results");
        if (results instanceof ArrayNode array && td.attributes() != null) {
            for (int i = 0; i < array.size() && i < perK.size(); i++) {
                AttributeRollup r = td.rollup(m, perK.get(i));
                ArrayNode names = ((ObjectNode) array.get(i)).putArray("names");
                r.names().forEach(names::add);
            }
        }
        root.set("transactions", summary(td));
    }

    static ObjectNode summary(TransactionData td) {
        ObjectNode t = ResultJson.MAPPER.createObjectNode();
        t.put("customerColumn", td.pivot().customerColumn());
        t.put("itemColumn", td.pivot().itemColumn());
        t.put("mix", td.pivot().report().mix().spec());
        if (td.pivot().totalColumn() != null) t.put("totalColumn", td.pivot().totalColumn());
        if (td.attributes() != null) {
            t.put("attributes", td.attributes().source());
            var names = t.putArray("attributeColumns");
            td.attributes().attributes().forEach(a -> names.add(a.name()));
        }
        t.put("customers", td.pivot().customerCount());
        t.put("items", td.pivot().itemCount());
        t.put("value", td.pivot().report().value().describe());
        t.put("repeatedRows", td.pivot().report().repeatedRows());
        t.put("skippedRows", td.pivot().report().skippedRows());
        if (td.attributes() != null) {
            ArrayNode missing = t.putArray("itemsWithoutAttributes");
            td.attributes().itemsWithoutAttributes().forEach(missing::add);
            ArrayNode unused = t.putArray("attributeRowsWithoutTransactions");
            td.attributes().unusedAttributeRows().forEach(unused::add);
        }
        t.put("suggestedDistance", td.advice().distance().name().toLowerCase(java.util.Locale.ROOT));
        t.put("distanceReason", td.advice().reason());
        return t;
    }

    /** Text output: each cluster's drafted name and its strongest attribute lines. */
    static void printText(PrintWriter out, AttributeRollup rollup, dev.archetype.core.profile.ClusterProfile profile) {
        if (rollup == null) return;
        for (int c = 0; c < rollup.k(); c++) {
            out.println("Cluster " + (c + 1) + " (" + rollup.members(c) + " customers): " + profile.archetype(c).name());
            for (String line : rollup.describe(c)) out.println("    " + line);
        }
    }

    /** The attribute table when it is a file (beside FILE or by its own path), so no output may replace it; else null. */
    Path attributeFile(Path file) {
        if (attributes == null) return null;
        Path given = Path.of(attributes);
        if (java.nio.file.Files.isRegularFile(given)) return given;
        Path beside = file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent().resolve(attributes);
        return beside != null && java.nio.file.Files.isRegularFile(beside) ? beside : null;
    }
}
