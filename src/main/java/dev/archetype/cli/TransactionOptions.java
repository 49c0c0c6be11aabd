package dev.archetype.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.Scaling;
import dev.archetype.core.profile.ArchetypesJson;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.Rfm;
import dev.archetype.core.transactions.RfmReport;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.RfmSpec;
import dev.archetype.core.transactions.RollupJson;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.core.transactions.TransactionSetup;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = "--attributes", paramLabel = "SHEET_OR_FILE",
            description = "Item attributes to describe the clusters with: a sheet of FILE or another file.")
    String attributes;

    @Option(names = "--attribute-key", paramLabel = "COLUMN",
            description = "The attribute table's item key column (default: the ITEM column's name).")
    String attributeKey;

    @Option(names = "--rfm",
            description = "FILE holds dated purchases (customer id, invoice, date, quantity and price): cluster "
                    + "customers on Recency, Frequency, Monetary value and Tenure instead.")
    boolean rfm;

    /** The options as command-line arguments, so a Run sheet can say how to get the same result again. */
    List<String> reproduceArgs() {
        List<String> args = new java.util.ArrayList<>();
        if (pair != null) {
            args.addAll(List.of("--transactions", pair, "--value", value));
            if (attributes != null) args.addAll(List.of("--attributes", attributes));
            if (attributeKey != null) args.addAll(List.of("--attribute-key", attributeKey));
        }
        if (rfm) args.add("--rfm");
        return args;
    }

    /**
     * The pivot as a project keeps it. An attribute file next to {@code file} is kept by name (found there again
     * when the folder moves), another file by its absolute path, a sheet by its name.
     */
    dev.archetype.core.project.PivotSettings pivotSettings(Path file) {
        List<String> names = TransactionRequest.parsePair(pair);
        return dev.archetype.core.project.PivotSettings.of(
                new TransactionRequest(names.get(0), names.get(1), PivotValue.parse(value), attributes, attributeKey), file);
    }

    /**
     * Pivots {@code data} and joins the attributes, or derives RFM, as the options ask; notes go to {@code notes}.
     * Without these options the step leaves everything as it is.
     */
    TransactionStep prepare(Path file, Dataset data, PrintWriter notes) throws Exception {
        if (pair == null) {
            if (attributes != null || attributeKey != null) {
                throw new IllegalArgumentException("--attributes needs --transactions CUSTOMER,ITEM");
            }
            if (!rfm) return new TransactionStep(null, null);
            RfmSpec rfmSpec = RfmSpec.detect(data).orElseThrow(() -> new IllegalArgumentException("--rfm needs a "
                    + "customer id, a date and an amount (or quantity and price) column; " + data.source() + " has "
                    + data.columnNames()));
            RfmResult result = Rfm.derive(data, rfmSpec, ProgressListener.NONE, Interrupt.CANCELLATION);
            for (String line : result.report().lines()) notes.println("Note: " + line);
            return new TransactionStep(null, result);
        }
        if (rfm) throw new IllegalArgumentException("Use either --transactions or --rfm, not both");
        List<String> names = TransactionRequest.parsePair(pair);
        TransactionRequest request = new TransactionRequest(names.get(0), names.get(1), PivotValue.parse(value),
                attributes, attributeKey);
        TransactionData td = TransactionSetup.prepare(data, file, request, ProgressListener.NONE, Interrupt.CANCELLATION);
        for (String line : td.lines()) notes.println("Note: " + line);
        return new TransactionStep(td, null);
    }

    /** The outcome of the options: a pivot, RFM figures, or neither (then every method passes through). */
    record TransactionStep(TransactionData pivot, RfmResult rfm) {
        /** The dataset to cluster. */
        Dataset dataset(Dataset asRead) {
            return pivot != null ? pivot.dataset() : rfm != null ? rfm.dataset() : asRead;
        }

        FeatureSpec spec(FeatureSpec chosen, CommandSpec command) {
            return pivot == null ? chosen : TransactionOptions.spec(chosen, command);
        }

        void addJson(ObjectNode root, Dataset data, FeatureMatrix m, Clustering c) {
            if (pivot != null) TransactionOptions.addJson(root, pivot, data, m, c);
            if (rfm != null) root.set("rfm", rfmSummary(rfm));
        }

        void addSweepJson(ObjectNode root, FeatureMatrix m, List<Clustering> perK) {
            if (pivot != null) TransactionOptions.addSweepJson(root, pivot, m, perK);
            if (rfm != null) root.set("rfm", rfmSummary(rfm));
        }

        void printText(PrintWriter out, FeatureMatrix m, Clustering c) {
            if (pivot != null) TransactionOptions.printText(out, rollup(pivot, m, c));
        }
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
     * The feature spec for pivoted data: the item columns, unscaled unless --scale was given, since 0/1 columns
     * already share one scale and z-scores would make rare items weigh most.
     */
    static FeatureSpec spec(FeatureSpec chosen, CommandSpec command) {
        boolean scaleGiven = command.commandLine().getParseResult().hasMatchedOption("--scale");
        return scaleGiven ? chosen : chosen.withScaling(Scaling.NONE);
    }

    /** The roll-up of one clustering, or null without attributes. */
    static AttributeRollup rollup(TransactionData td, FeatureMatrix m, Clustering c) {
        return td.rollup(m, c);
    }

    /**
     * Adds to the {@code cluster} JSON: {@code archetypes} (created from the profile when absent) named from the
     * attribute roll-up, each with its {@code attributes}, and a {@code transactions} summary.
     */
    static void addJson(ObjectNode root, TransactionData td, Dataset data, FeatureMatrix m, Clustering c) {
        AttributeRollup rollup = rollup(td, m, c);
        JsonNode existing = root.get("archetypes");
        ArrayNode archetypes;
        if (existing instanceof ArrayNode a) {
            archetypes = a;
        } else {
            archetypes = ArchetypesJson.toJson(td.profile(m, c));
            root.set("archetypes", archetypes);
        }
        if (rollup != null) RollupJson.addTo(archetypes, rollup, true);
        root.set("transactions", summary(td));
    }

    /** Adds the drafted names of each k to the {@code sweep} JSON results, so the comparison over k reads in words. */
    static void addSweepJson(ObjectNode root, TransactionData td, FeatureMatrix m, List<Clustering> perK) {
        JsonNode results = root.get("results");
        if (results instanceof ArrayNode array && td.attributes() != null) {
            for (int i = 0; i < array.size() && i < perK.size(); i++) {
                AttributeRollup r = rollup(td, m, perK.get(i));
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
    static void printText(PrintWriter out, AttributeRollup rollup) {
        if (rollup == null) return;
        for (int c = 0; c < rollup.k(); c++) {
            out.println("Cluster " + (c + 1) + " (" + rollup.members(c) + " customers): " + rollup.name(c));
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
