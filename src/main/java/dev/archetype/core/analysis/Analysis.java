package dev.archetype.core.analysis;

import dev.archetype.core.cluster.BootstrapStability;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.KSweep;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.Importer;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.AttributeRollup;
import dev.archetype.core.transactions.Rfm;
import dev.archetype.core.transactions.RfmNamer;
import dev.archetype.core.transactions.RfmResult;
import dev.archetype.core.transactions.RfmSpec;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionSetup;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs an {@link AnalysisSpec}: the one chain of import → pivot or RFM → preparation → comparison of k →
 * k-means → profile → names that the window, every command and project re-runs share. Stateless and
 * thread-safe; progress and cancellation reach every long step.
 */
public final class Analysis {
    private Analysis() { }

    /** Reads the spec's source with its import options and applies its pivot or RFM step. */
    public static OpenedData open(AnalysisSpec spec, ProgressListener progress, Cancellation cancel) throws ImportException {
        Dataset asRead = Importer.read(spec.source(), spec.importOptions(), progress, cancel);
        return derive(spec, asRead, cancel);
    }

    /** Applies the spec's pivot or RFM step to a table already read. */
    public static OpenedData derive(AnalysisSpec spec, Dataset asRead, Cancellation cancel) throws ImportException {
        TransactionData pivot = null;
        RfmResult rfm = null;
        if (spec.pivot() != null) {
            try (var timing = dev.archetype.core.task.Timings.span("pivot")) {
                pivot = TransactionSetup.prepare(asRead, spec.source(), spec.pivot(), ProgressListener.NONE, cancel);
            }
        } else if (spec.rfm()) {
            RfmSpec rfmSpec = RfmSpec.detect(asRead).orElseThrow(() -> new IllegalArgumentException("RFM needs a "
                    + "customer id, a date and an amount (or quantity and price) column; " + asRead.source() + " has "
                    + asRead.columnNames()));
            rfm = Rfm.derive(asRead, rfmSpec, ProgressListener.NONE, cancel);
        }
        return new OpenedData(spec.source(), spec.importOptions(), asRead, pivot == null ? null : spec.pivot(), pivot, rfm);
    }

    /** Opens the source and runs the analysis on it. */
    public static AnalysisResult run(AnalysisSpec spec, int threads, ProgressListener progress, Cancellation cancel)
            throws ImportException {
        OpenedData opened = open(spec, (f, m) -> progress.progress(f < 0 ? f : f * 0.3, m), cancel);
        return run(spec, opened, threads, (f, m) -> progress.progress(f < 0 ? f : 0.3 + f * 0.7, m), cancel);
    }

    /**
     * Runs the analysis on an opened file: prepares the features, compares k over the spec's range when it has
     * one, clusters with the spec's k, and profiles and names the archetypes (from the item attributes for
     * pivoted purchases; the user's names win).
     *
     * @throws IllegalArgumentException when a setting does not fit the data (unknown column, k above the rows…)
     */
    public static AnalysisResult run(AnalysisSpec spec, OpenedData opened, int threads, ProgressListener progress,
                                     Cancellation cancel) {
        return run(spec, opened, null, threads, progress, cancel);
    }

    /**
     * As {@link #run(AnalysisSpec, OpenedData, int, ProgressListener, Cancellation)}, reusing {@code earlier} (a
     * comparison over k of the same data and settings) instead of comparing again; null compares when the spec asks.
     */
    public static AnalysisResult run(AnalysisSpec spec, OpenedData opened, Comparison earlier, int threads,
                                     ProgressListener progress, Cancellation cancel) {
        if (spec.rfm() != (opened.rfm() != null) || (spec.pivot() == null) != (opened.pivot() == null)) {
            throw new IllegalArgumentException("the opened file was not pivoted as the analysis asks; open it again");
        }
        Dataset data = opened.dataset();
        boolean reuse = earlier != null && spec.compares() && earlier.ranSpec().sameComparison(spec);
        Defaults.Resolved resolved = reuse ? earlier.resolved() : Defaults.resolve(spec, data, opened.pivot());
        progress.progress(-1, "preparing features");
        FeatureMatrix matrix = reuse ? earlier.matrix() : Preparer.prepare(data, resolved.features());
        cancel.check();
        KMeansOptions options = spec.kmeansOptions(spec.k(), resolved.distance(), threads);
        SweepResult sweep = reuse ? earlier.sweep() : null;
        double sweepShare = spec.compares() && !reuse ? 0.7 : 0;
        if (spec.compares() && !reuse) {
            int kMax = Math.min(spec.kMax(), matrix.rows());
            int kMin = Math.min(spec.kMin(), kMax);
            sweep = KSweep.run(matrix, kMin, kMax, options.withK(kMin), (f, m) -> progress.progress(f < 0 ? f : f * sweepShare, m), cancel);
        }
        Clustering clustering = KMeans.run(matrix, options,
                (f, m) -> progress.progress(f < 0 ? f : sweepShare + f * (1 - sweepShare), m), cancel);
        AttributeRollup rollup = opened.pivot() == null ? null : opened.pivot().rollup(matrix, clustering);
        ClusterProfile drafted;
        try (var timing = dev.archetype.core.task.Timings.span("profile")) {
            drafted = ClusterProfile.of(data, matrix, clustering, opened.pivot() != null);
        }
        drafted = drafted.withStability(BootstrapStability.perCluster(matrix, clustering, options, cancel));
        if (rollup != null) drafted = drafted.withNames(rollupFirst(rollup, drafted));
        if (opened.rfm() != null) drafted = rfmNamed(drafted, data, matrix, clustering);
        ClusterProfile named = spec.names().isEmpty() ? drafted : drafted.withNames(padded(spec.names(), clustering.k()));
        progress.progress(1, "k = " + spec.k() + ": done");
        return new AnalysisResult(spec, opened, resolved, options, matrix, sweep, clustering, drafted, named, rollup);
    }

    /**
     * Shows archetypes fitted elsewhere on an opened sample of their data, without clustering it: each sample row is
     * labelled by the engine's model (as {@code score} would), and the profile is rebuilt from the engine's figures
     * over every row, named as the project says.
     *
     * @throws IllegalArgumentException when the sample lacks a column the model was fitted on
     */
    public static AnalysisResult fitted(AnalysisSpec spec, OpenedData opened, dev.archetype.core.model.FittedModel model,
                                        dev.archetype.core.model.FittedProfile stats, int threads, Cancellation cancel) {
        Dataset data = opened.dataset();
        Defaults.Resolved resolved = Defaults.resolve(spec, data, null);
        FittedSample sample = FittedSample.of(model, data, cancel);
        FeatureMatrix matrix = sample.matrix();
        Clustering clustering = sample.clustering();
        int k = model.k();
        KMeansOptions options = spec.kmeansOptions(k, model.distance(), threads);
        ClusterProfile drafted = stats.profile();
        ClusterProfile named = spec.names().isEmpty() ? drafted : drafted.withNames(padded(spec.names(), k));
        return new AnalysisResult(spec, opened, resolved, options, matrix, null, clustering, drafted, named, null,
                new AnalysisResult.Fitted(model, stats));
    }

    /** The comparison over k alone: what {@code sweep} prints and the window's Compare k starts from. */
    public record Comparison(AnalysisSpec spec, Defaults.Resolved resolved, FeatureMatrix matrix, SweepResult sweep, String note) {
        /** The spec with the range this comparison actually ran (narrowed to the rows there were). */
        public AnalysisSpec ranSpec() {
            return spec.withKRange(sweep.results().get(0).k(), sweep.results().get(sweep.results().size() - 1).k());
        }
    }

    /**
     * Compares k over the spec's range (default 2..10, narrowed to the rows there are) without clustering a chosen k.
     *
     * @throws IllegalArgumentException when a setting does not fit the data
     */
    public static Comparison sweep(AnalysisSpec spec, OpenedData opened, int threads, ProgressListener progress, Cancellation cancel) {
        Dataset data = opened.dataset();
        Defaults.Resolved resolved = Defaults.resolve(spec, data, opened.pivot());
        progress.progress(-1, "preparing features");
        FeatureMatrix matrix = Preparer.prepare(data, resolved.features());
        cancel.check();
        int kMin = spec.compares() ? spec.kMin() : AnalysisSpec.DEFAULT_K_MIN;
        int kMax = spec.compares() ? spec.kMax() : AnalysisSpec.DEFAULT_K_MAX;
        String note = null;
        if (!spec.compares() && kMax >= matrix.rows()) {
            // The default range shrinks to what a small file allows; a range the user chose is kept (and refused if too wide).
            kMax = Math.max(1, matrix.rows() - 1);
            kMin = Math.min(kMin, kMax);
            note = matrix.rows() + " rows allow k up to " + kMax + "; sweeping k = " + kMin + ".." + kMax;
        }
        KMeansOptions options = spec.kmeansOptions(kMin, resolved.distance(), threads);
        return new Comparison(spec, resolved, matrix, KSweep.run(matrix, kMin, kMax, options, progress, cancel), note);
    }

    /**
     * The roll-up's names ("Technology buyers"); where the attributes say nothing telling about a cluster, the name
     * drafted from its own items ("Telephones and Communication buyers") rather than "broad tastes".
     */
    static List<String> rollupFirst(AttributeRollup rollup, ClusterProfile items) {
        List<String> out = new ArrayList<>(rollup.k());
        for (int c = 0; c < rollup.k(); c++) {
            String own = items.archetype(c).name();
            boolean vague = rollup.isFallback(c) && !dev.archetype.core.profile.ArchetypeNamer.TYPICAL.equals(own);
            out.add(vague ? own : rollup.name(c));
        }
        return out;
    }

    /**
     * RFM archetypes named as a marketer would ("Champions", "At risk"…) with their typical member's figures beside
     * the name; the window, the command line, projects and the export all get them from here.
     */
    static ClusterProfile rfmNamed(ClusterProfile drafted, Dataset data, FeatureMatrix matrix, Clustering clustering) {
        List<RfmNamer.Segment> segments = RfmNamer.name(data, matrix.sourceRows(), clustering.labels(), clustering.k());
        return drafted.withNames(segments.stream().map(RfmNamer.Segment::name).toList())
                .withFigures(segments.stream().map(RfmNamer.Segment::figures).toList());
    }

    /** The user's names for k clusters: extra names refused, missing ones left to the draft. */
    public static List<String> padded(List<String> names, int k) {
        if (names.size() > k) throw new IllegalArgumentException(names.size() + " archetype names given for " + k + " archetypes");
        List<String> out = new ArrayList<>(names);
        while (out.size() < k) out.add(null);
        return out;
    }
}
