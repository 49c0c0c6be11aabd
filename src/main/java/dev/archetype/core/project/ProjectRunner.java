package dev.archetype.core.project;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.cluster.KMeans;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.io.ImportException;
import dev.archetype.core.io.Importer;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.prep.Preparer;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import dev.archetype.core.transactions.TransactionData;
import dev.archetype.core.transactions.TransactionSetup;

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
        Dataset data = Importer.read(project.source(), project.importSettings().toImportOptions(),
                (f, msg) -> progress.progress(f < 0 ? f : f / 2, msg), cancel);
        TransactionData transactions = null;
        if (project.pivot() != null) {
            transactions = TransactionSetup.prepare(data, project.source(), project.pivot().toRequest(), ProgressListener.NONE, cancel);
            data = transactions.dataset();
        }
        FeatureMatrix matrix = Preparer.prepare(data, project.preparation().toFeatureSpec());
        Clustering clustering = KMeans.run(matrix, project.clustering().toOptions(threads),
                (f, msg) -> progress.progress(f < 0 ? f : 0.5 + f / 2, msg), cancel);
        return new Rerun(data, matrix, clustering, transactions);
    }
}
