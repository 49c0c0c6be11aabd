package dev.archetype.core.analysis;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.export.CompareK;
import dev.archetype.core.export.ExportRequest;
import dev.archetype.core.export.RunInfo;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.transactions.RollupGridRow;

import java.nio.file.Path;
import java.util.List;

/** The one place an {@link ExportRequest} is made, for an analysis or for scored rows, so every export agrees. */
final class Exports {
    private Exports() { }

    /** The sheet a table came from: the one asked for, else the one the importer named ("file.xlsx [Sheet]"); null for CSV. */
    static String sheet(String asked, Dataset data) {
        if (asked != null) return asked;
        String source = data.source();
        if (source == null || !source.endsWith("]")) return null;
        int open = source.lastIndexOf(" [");
        return open < 0 ? null : source.substring(open + 2, source.length() - 1);
    }

    static ExportRequest request(Dataset data, Path source, String sheet, FeatureMatrix matrix, Clustering clustering,
                                 ClusterProfile profile, CompareK compareK, RunInfo run, List<RollupGridRow> attributes,
                                 double unusualBeyond) {
        return new ExportRequest(data, source, sheet(sheet, data), matrix, clustering, profile, null, compareK, run, attributes, unusualBeyond);
    }
}
