package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.model.FittedModel;
import dev.archetype.core.model.Scoring;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.project.Project;
import dev.archetype.core.task.Cancellation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * New customers labeled with a saved project's archetypes: the opened file (pivoted as the project's source was,
 * for purchases), each row's archetype, distance and unusual flag, and what the user should know. Exports like any
 * result, from here only.
 *
 * @param model       the fitted model that scored the rows
 * @param fitFeatures how the fit prepared its features (for the Run sheet)
 * @param fitOptions  the fit's k-means settings (for the Run sheet)
 * @param opened      the new file
 * @param scored      per row of {@code opened.dataset()}: cluster, distance, unusual flag
 * @param notes       unseen items or levels, unassigned rows
 * @param customerIds for pivoted purchases and RFM figures, the customer of each row; else null
 */
public record ScoredResult(FittedModel model, FeatureSpec fitFeatures, KMeansOptions fitOptions, OpenedData opened,
                           Scoring.Scored scored, List<String> notes, List<String> customerIds) {

    /** New rows scored with a saved project's model. */
    public static ScoredResult of(Project project, FittedModel model, OpenedData opened, Cancellation cancel) {
        return of(model, project.preparation().toFeatureSpec(), project.clustering().toOptions(1), opened, cancel);
    }

    /** New rows scored with the archetypes of an analysis on screen (the window's "Assign new customers…"). */
    public static ScoredResult of(AnalysisResult fit, OpenedData opened, Cancellation cancel) {
        return of(fit.model(), fit.resolved().features(), fit.options(), opened, cancel);
    }

    private static ScoredResult of(FittedModel model, FeatureSpec fitFeatures, KMeansOptions fitOptions, OpenedData opened,
                                   Cancellation cancel) {
        Dataset data = opened.dataset();
        List<String> notes = new ArrayList<>(opened.notes());
        List<String> customers = null;
        if (opened.pivot() != null) {
            Set<String> fitted = new HashSet<>();
            model.features().forEach(f -> fitted.add(f.sourceColumn()));
            List<String> unseen = opened.pivot().features().stream().filter(item -> !fitted.contains(item)).toList();
            if (!unseen.isEmpty()) {
                notes.add(unseen.size() + (unseen.size() == 1 ? " item was" : " items were") + " never seen in the fit and "
                        + "are ignored: " + String.join(", ", unseen.subList(0, Math.min(8, unseen.size())))
                        + (unseen.size() > 8 ? " and " + (unseen.size() - 8) + " more" : ""));
            }
            customers = new ArrayList<>();
            for (int r = 0; r < data.rowCount(); r++) customers.add(opened.pivot().pivot().customer(r));
        } else if (opened.rfm() != null && data.column(0) instanceof dev.archetype.core.data.TextColumn ids) {
            // RFM figures are per customer too: each scored row is one customer of the new invoice lines.
            customers = new ArrayList<>();
            for (int r = 0; r < data.rowCount(); r++) customers.add(ids.get(r));
        }
        Scoring.Scored scored = Scoring.score(model, data, opened.pivot() != null, cancel);
        notes.addAll(scored.notes());
        return new ScoredResult(model, fitFeatures, fitOptions, opened, scored, notes, customers);
    }

    public Path source() { return opened.path(); }

    /** The labeled rows as an export: every column of the new file plus Cluster, Archetype, Distance and Unusual. */
    public ExportRequest exportRequest(String appVersion, Instant time, String command) {
        Dataset data = opened.dataset();
        int d = model.dims();
        int[] clusters = scored.clusters();
        int assigned = 0;
        for (int c : clusters) if (c >= 0) assigned++;
        if (assigned == 0) throw new IllegalArgumentException("No row of " + source().getFileName() + " could be assigned to an archetype");
        double[] x = new double[assigned * d];
        int[] rows = new int[assigned];
        int[] labels = new int[assigned];
        double[] distances = new double[assigned];
        double sse = 0;
        double[] prepared = scored.prepared();
        for (int r = 0, i = 0; r < clusters.length; r++) {
            if (clusters[r] < 0) continue;
            System.arraycopy(prepared, r * d, x, i * d, d);
            rows[i] = r;
            labels[i] = clusters[r];
            distances[i] = scored.distances()[r];
            sse += distances[i] * distances[i];
            i++;
        }
        FeatureMatrix matrix = new FeatureMatrix(assigned, d, x, model.features(), rows, notes);
        Clustering clustering = new Clustering(model.k(), d, labels, model.centres(), scored.counts(), sse, distances, 0, true);
        ClusterProfile profile;
        try (var timing = dev.archetype.core.task.Timings.span("profile")) {
            profile = ClusterProfile.of(data, matrix, clustering).withNames(model.names());
        }
        RunInfo run = RunInfo.of(fitFeatures, fitOptions, appVersion, time, command);
        return Exports.request(data, source(), opened.importOptions().sheet(), matrix, clustering, profile, null, run,
                null, model.unusualBeyond());
    }
}
