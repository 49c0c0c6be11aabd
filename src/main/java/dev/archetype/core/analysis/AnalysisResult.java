package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.export.CompareK;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.project.PivotSettings;
import dev.archetype.core.project.Project;
import dev.archetype.core.transactions.AttributeRollup;

import java.io.IOException;
import java.time.Instant;

/**
 * Everything one analysis produced, and the only place exports and projects are made from, so the window and the
 * command line write the same files for the same analysis.
 *
 * @param spec       what was asked
 * @param opened     the opened file (as read, and pivoted or RFM-derived)
 * @param resolved   the features, scaling and distance it ran with (the spec's defaults filled in)
 * @param options    the k-means options of the chosen k
 * @param matrix     the prepared features
 * @param sweep      the comparison over k, or null when none was asked
 * @param clustering the clustering with the spec's k
 * @param drafted    its profile with the drafted names
 * @param profile    its profile with the names shown (the user's where given)
 * @param rollup     the item-attribute roll-up of pivoted purchases, or null
 * @param fitted     archetypes fitted elsewhere (Spark) shown on a sample of their data, with the model they were
 *                   fitted with; null for an analysis run here. The clustering and matrix then cover the sample
 *                   only, while the profile describes every row the engine clustered.
 */
public record AnalysisResult(AnalysisSpec spec, OpenedData opened, Defaults.Resolved resolved, KMeansOptions options,
                             FeatureMatrix matrix, SweepResult sweep, Clustering clustering, ClusterProfile drafted,
                             ClusterProfile profile, AttributeRollup rollup, Fitted fitted) {

    /** An analysis run here. */
    public AnalysisResult(AnalysisSpec spec, OpenedData opened, Defaults.Resolved resolved, KMeansOptions options,
                          FeatureMatrix matrix, SweepResult sweep, Clustering clustering, ClusterProfile drafted,
                          ClusterProfile profile, AttributeRollup rollup) {
        this(spec, opened, resolved, options, matrix, sweep, clustering, drafted, profile, rollup, null);
    }

    /** Archetypes fitted elsewhere: the engine's model and figures. */
    public record Fitted(FittedModel model, dev.archetype.core.model.FittedProfile profile) { }

    public Dataset data() { return opened.dataset(); }

    /** The same result shown with other names (null or blank entries restore the drafted name). */
    public AnalysisResult withNames(java.util.List<String> names) {
        ClusterProfile renamed = drafted.withNames(Analysis.padded(names, clustering.k()));
        return new AnalysisResult(spec.withNames(renamed.names()), opened, resolved, options, matrix, sweep, clustering,
                drafted, renamed, rollup, fitted);
    }

    /** What the clustering learned, to score new customers with. */
    public FittedModel model() {
        if (fitted != null) return fitted.model().withNames(profile.names());
        return FittedModel.of(matrix, clustering, resolved.features().missing(), resolved.distance(), profile.names());
    }

    /** The {@code archetype cluster …} command that repeats this analysis. */
    public String reproduceCommand() {
        return ReproduceCommand.of(spec, resolved.features(), resolved.distance());
    }

    /** The export of this result (the Run sheet says how it was made and how to make it again). */
    public ExportRequest exportRequest(String appVersion, Instant time) {
        RunInfo run = RunInfo.of(resolved.features(), options, appVersion, time, reproduceCommand());
        return Exports.request(data(), spec.source(), spec.importOptions().sheet(), matrix, clustering, profile,
                sweep == null ? null : CompareK.from(sweep), run, rollup == null ? null : rollup.gridMostTellingFirst(),
                Double.NaN).withExactSilhouettes(options.threads());
    }

    /**
     * This analysis as a project: the spec (import options, pivot, features, preparation, distance, k range, seed,
     * restarts), the names and the fitted model.
     *
     * @throws IOException when the source cannot be hashed
     */
    public Project project() throws IOException {
        int kMin = spec.compares() ? Math.min(spec.kMin(), clustering.k()) : clustering.k();
        int kMax = spec.compares() ? Math.max(spec.kMax(), clustering.k()) : clustering.k();
        Project p = Project.create(spec.source(), spec.importOptions(), resolved.features(), options, kMin, kMax, profile.names());
        if (spec.pivot() != null) p = p.withPivot(PivotSettings.of(spec.pivot(), spec.source()));
        // The source's invoice lines are kept, not the derived figures: re-deriving them gives the same table.
        if (spec.rfm()) p = p.withRfm();
        p = p.withModel(model());
        // Re-saved from the window, Spark's archetypes stay Spark's: the sample is shown, never re-clustered.
        return fitted == null ? p : p.withFitted(fitted.profile());
    }

    /** The spec a saved project describes; its k range is compared again only when asked with {@code compare}. */
    public static AnalysisSpec specOf(Project project, boolean compare) {
        var prep = project.preparation().toFeatureSpec();
        var c = project.clustering();
        AnalysisSpec spec = new AnalysisSpec(project.source(), project.importSettings().toImportOptions(),
                project.pivot() == null ? null : project.pivot().toRequest(), project.rfm(), prep.columns(), prep.scaling(), prep.missing(),
                dev.archetype.core.cluster.Distance.valueOf(c.distance()), c.k(), 0, 0, c.restarts(), c.seed(),
                project.archetypeNames(), dev.archetype.core.cluster.Init.valueOf(c.init()), c.maxIterations(), c.tolerance(),
                prep.logged());
        return compare && c.kMin() < c.kMax() ? spec.withKRange(c.kMin(), c.kMax()) : spec;
    }
}
