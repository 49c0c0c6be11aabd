package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.RaggedRows;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.transactions.TransactionRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The one {@code archetype cluster …} command line that repeats an analysis, with every choice spelled out
 * (the Run sheet of every export carries it, from the window or the command line).
 */
public final class ReproduceCommand {
    private ReproduceCommand() { }

    public static String of(AnalysisSpec spec, FeatureSpec features, Distance distance) {
        List<String> args = new ArrayList<>(List.of("archetype", "cluster", spec.source().toString(), "--k", Integer.toString(spec.k())));
        importArgs(spec.importOptions(), args);
        TransactionRequest p = spec.pivot();
        if (p != null) {
            args.addAll(List.of("--transactions", listed(List.of(p.customerColumn(), p.itemColumn())), "--value", p.value().spec()));
            if (p.mix().appliesTo(p.value()) != dev.archetype.core.transactions.RowMix.defaultFor(p.value()).appliesTo(p.value())) {
                args.addAll(List.of("--mix", p.mix().spec()));
            }
            if (p.attributes() != null) args.addAll(List.of("--attributes", p.attributes()));
            if (p.attributeKey() != null) args.addAll(List.of("--attribute-key", p.attributeKey()));
        }
        if (spec.rfm()) args.add("--rfm");
        args.addAll(List.of("--features", listed(features.columns()),
                "--scale", features.scaling().name().toLowerCase(Locale.ROOT),
                "--missing", features.missing() == MissingPolicy.DROP_ROWS ? "drop" : features.missing().name().toLowerCase(Locale.ROOT),
                "--distance", distance.name().toLowerCase(Locale.ROOT),
                "--restarts", spec.restarts() == AnalysisSpec.AUTO_RESTARTS ? "auto" : Integer.toString(spec.restarts()), "--seed", Long.toString(spec.seed())));
        if (!features.logged().isEmpty()) args.addAll(List.of("--log", listed(features.logged())));
        var defaults = dev.archetype.core.cluster.KMeansOptions.defaults(1);
        if (spec.init() != defaults.init()) args.addAll(List.of("--init", "random"));
        if (spec.maxIterations() != defaults.maxIterations()) args.addAll(List.of("--max-iterations", Integer.toString(spec.maxIterations())));
        if (Double.compare(spec.tolerance(), defaults.tolerance()) != 0) args.addAll(List.of("--tolerance", Double.toString(spec.tolerance())));
        if (spec.compares()) args.addAll(List.of("--compare", spec.kMin() + ".." + spec.kMax()));
        List<String> quoted = new ArrayList<>();
        for (String a : args) quoted.add(quote(a));
        return String.join(" ", quoted);
    }

    private static void importArgs(ImportOptions o, List<String> args) {
        if (o.sheet() != null) args.addAll(List.of("--sheet", o.sheet()));
        if (o.encoding() != null) args.addAll(List.of("--encoding", o.encoding().name()));
        if (o.delimiter() != null) args.addAll(List.of("--delimiter", o.delimiter() == '\t' ? "tab" : o.delimiter().toString()));
        if (Boolean.FALSE.equals(o.hasHeader())) args.addAll(List.of("--header-row", "none"));
        else if (o.headerRow() != null) args.addAll(List.of("--header-row", Integer.toString(o.headerRow() + 1)));
        if (!o.missingTokens().equals(ImportOptions.DEFAULT_MISSING_TOKENS)) {
            args.addAll(List.of("--missing-tokens", String.join(",", new java.util.TreeSet<>(o.missingTokens()))));
        }
        new TreeMap<>(o.typeOverrides()).forEach((col, type) -> args.addAll(List.of("--type", col + "=" + type.label())));
        if (o.raggedRows() == RaggedRows.SKIP) args.addAll(List.of("--ragged-rows", "skip"));
    }

    /** Names joined by commas; a name holding a comma is put in double quotes, which picocli does not split. */
    static String listed(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add(n.contains(",") ? "\"" + n + "\"" : n);
        return String.join(",", out);
    }

    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./,:=+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
