package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.project.Project;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.TransactionData;

/**
 * Re-runs a saved project: imports its source with the saved options, prepares the saved features and
 * runs k-means for the chosen k with the saved seed. The same source bytes give the same labels.
 * Checking the source ({@link SourceCheck}) is the caller's decision, made before calling this.
 */
public final class ProjectRunner {
    private ProjectRunner() { }

    /**
     * The data, features and clustering of one re-run; {@code transactions} is the pivot (with its attribute
     * roll-up) when the project's source was pivoted, else null.
     */
    public record Rerun(Dataset data, FeatureMatrix matrix, Clustering clustering, TransactionData transactions) { }

    /**
     * @param threads  worker threads for k-means (does not change the labels)
     * @param progress import progress in 0..0.5, clustering in 0.5..1
     * @throws ImportException          when the source cannot be read with the saved options
     * @throws IllegalArgumentException when a saved setting no longer fits the data (e.g. a feature column is gone)
     */
    public static Rerun rerun(Project project, int threads, ProgressListener progress, Cancellation cancel)
            throws ImportException {
        // The same analysis the command line's 'run' does, so the window reopens a project to the same labels.
        AnalysisSpec spec = AnalysisResult.specOf(project, false);
        AnalysisResult r = project.fitted() != null
                ? Analysis.fitted(spec, Analysis.open(spec, progress, cancel), project.model(), project.fitted(), threads, cancel)
                : Analysis.run(spec, threads, progress, cancel);
        return new Rerun(r.data(), r.matrix(), r.clustering(), r.opened().pivot());
    }
}
