package dev.archetype.core.project;

import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.prep.FeatureSpec;

import java.io.IOException;
import dev.archetype.core.model.FittedModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A saved analysis: which file, read how, clustered how, and what the user called the archetypes.
 * Reopening a project re-imports the source and re-runs k-means to the same labels.
 *
 * <p>In memory the source is an absolute path; {@link ProjectStore} writes it relative to the project
 * file when it can, so a folder holding both can be moved or shared.
 *
 * @param source         absolute path of the data file
 * @param sourceSha256   lower-case hex SHA-256 of the data file when the project was saved
 * @param importSettings how the file was read
 * @param preparation    features, scaling and missing-value policy
 * @param clustering     distance, k range, chosen k, seed, restarts
 * @param archetypeNames one name per cluster in canonical order (largest first); empty when not named yet
 * @param pivot          how the source's transactions were pivoted to one row per customer; null for a table of customers
 * @param model          what the clustering learned (features with fill values and scales, centres, names, distances),
 *                       so new customers can be scored without the source; null in projects saved before format 2
 * @param rfm            the source holds dated invoice lines, clustered by each customer's recency, frequency, monetary
 *                       value and tenure derived from them (format 3); re-deriving them re-reads the same lines
 * @param fitted         the archetypes of a clustering fitted elsewhere (format 4: a Spark run over data the desktop
 *                       cannot read); the source is then a sample of that data, and opening the project shows these
 *                       archetypes on it instead of clustering the sample; null for a desktop analysis
 */
public record Project(Path source, String sourceSha256, ImportSettings importSettings, Preparation preparation,
                      ClusterSettings clustering, List<String> archetypeNames, PivotSettings pivot, FittedModel model,
                      boolean rfm, dev.archetype.core.model.FittedProfile fitted) {

    /** A desktop analysis (nothing fitted elsewhere). */
    public Project(Path source, String sourceSha256, ImportSettings importSettings, Preparation preparation,
                   ClusterSettings clustering, List<String> archetypeNames, PivotSettings pivot, FittedModel model,
                   boolean rfm) {
        this(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, model, rfm, null);
    }

    /** A project that does not derive RFM figures. */
    public Project(Path source, String sourceSha256, ImportSettings importSettings, Preparation preparation,
                   ClusterSettings clustering, List<String> archetypeNames, PivotSettings pivot, FittedModel model) {
        this(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, model, false);
    }

    /** A project without a fitted model. */
    public Project(Path source, String sourceSha256, ImportSettings importSettings, Preparation preparation,
                   ClusterSettings clustering, List<String> archetypeNames, PivotSettings pivot) {
        this(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, null);
    }

    /** A project over a table of customers (nothing pivoted). */
    public Project(Path source, String sourceSha256, ImportSettings importSettings, Preparation preparation,
                   ClusterSettings clustering, List<String> archetypeNames) {
        this(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, null);
    }

    /**
     * The file format this version writes; it reads this and every older one. 3 added RFM, so an Archetype that
     * reads only format 2 refuses an RFM project with "please update" instead of looking for its derived columns.
     * 4 added archetypes fitted elsewhere (Spark), which an older Archetype would re-cluster on their sample.
     */
    public static final int FORMAT_VERSION = 4;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Project {
        Objects.requireNonNull(source, "source");
        if (!source.isAbsolute()) throw new IllegalArgumentException("source must be absolute: " + source);
        source = source.normalize();
        if (sourceSha256 == null || !SHA256.matcher(sourceSha256).matches()) {
            throw new IllegalArgumentException("source SHA-256 must be 64 lower-case hex digits, got " + sourceSha256);
        }
        Objects.requireNonNull(importSettings, "importSettings");
        Objects.requireNonNull(preparation, "preparation");
        Objects.requireNonNull(clustering, "clustering");
        archetypeNames = List.copyOf(archetypeNames);
        if (!archetypeNames.isEmpty() && archetypeNames.size() != clustering.k()) {
            throw new IllegalArgumentException(archetypeNames.size() + " archetype names for k = " + clustering.k());
        }
        if (rfm && pivot != null) throw new IllegalArgumentException("a project pivots its transactions or derives RFM, not both");
        if (fitted != null) {
            if (model == null) throw new IllegalArgumentException("archetypes fitted elsewhere need their model");
            if (fitted.k() != clustering.k() || model.k() != clustering.k()) {
                throw new IllegalArgumentException("the fitted archetypes have k = " + fitted.k() + " but the project says k = " + clustering.k());
            }
            if (pivot != null || rfm) throw new IllegalArgumentException("archetypes fitted elsewhere cover a table of customers, not a pivot or RFM");
        }
    }

    /**
     * Captures the current analysis, hashing the source file now.
     *
     * @param kMin  smallest k of the sweep the user looked at (the chosen k when there was no sweep)
     * @param kMax  largest k of that sweep
     * @param names one name per cluster, largest first; empty when not named
     */
    public static Project create(Path source, ImportOptions importOptions, FeatureSpec features, KMeansOptions options,
                                 int kMin, int kMax, List<String> names) throws IOException {
        Path abs = source.toAbsolutePath().normalize();
        return new Project(abs, Sha256.of(abs), ImportSettings.of(importOptions), Preparation.of(features),
                ClusterSettings.of(options, kMin, kMax), names);
    }

    /** The same project pointing at a relocated (or edited) source file, as after "Locate file…". */
    public Project withSource(Path newSource, String newSha256) {
        return new Project(newSource, newSha256, importSettings, preparation, clustering, archetypeNames, pivot, model, rfm, fitted);
    }

    /** The same project with the user's names for the k archetypes. */
    public Project withArchetypeNames(List<String> names) {
        return new Project(source, sourceSha256, importSettings, preparation, clustering, names, pivot,
                model == null ? null : model.withNames(names), rfm, fitted);
    }

    /** The same project, its source pivoted from transactions as {@code settings} say. */
    public Project withPivot(PivotSettings settings) {
        return new Project(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, settings, model, rfm, fitted);
    }

    /** The same project carrying the fitted model of its clustering. */
    public Project withModel(FittedModel fitted) {
        return new Project(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, fitted, rfm, this.fitted);
    }

    /** The same project showing archetypes fitted elsewhere (see {@link #fitted()}). */
    public Project withFitted(dev.archetype.core.model.FittedProfile profile) {
        return new Project(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, model, rfm, profile);
    }

    /** The same project deriving RFM figures from its source's invoice lines. */
    public Project withRfm() {
        return new Project(source, sourceSha256, importSettings, preparation, clustering, archetypeNames, pivot, model, true, fitted);
    }
}
