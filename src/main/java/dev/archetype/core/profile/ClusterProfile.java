package dev.archetype.core.profile;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What each cluster has in common, in the data's own units: the profile grid (one {@link FeatureContrast}
 * per numeric feature, 0/1 feature or categorical level), and one {@link Archetype} per cluster with its
 * drafted (or user-given) name and distinctive features. Immutable; thread safe.
 *
 * @param k          clusters
 * @param rows       clustered rows (the feature matrix's rows)
 * @param sizes      members per cluster
 * @param features   profile rows in feature order (see {@link #bySeparation()})
 * @param archetypes one per cluster, in cluster order
 */
public record ClusterProfile(int k, int rows, int[] sizes, List<FeatureContrast> features, List<Archetype> archetypes) {

    public ClusterProfile {
        sizes = sizes.clone();
        features = List.copyOf(features);
        archetypes = List.copyOf(archetypes);
        if (sizes.length != k || archetypes.size() != k) throw new IllegalArgumentException("one size and archetype per cluster");
    }

    /**
     * Profiles {@code clustering} of {@code matrix}, reading values from {@code data} (the dataset the matrix
     * was prepared from; {@link FeatureMatrix#sourceRows()} maps matrix rows to its rows).
     *
     * @throws IllegalArgumentException when the three do not fit together (row counts, a missing column)
     */
    public static ClusterProfile of(Dataset data, FeatureMatrix matrix, Clustering clustering) {
        return of(data, matrix, clustering, false);
    }

    /**
     * As {@link #of(Dataset, FeatureMatrix, Clustering)}; {@code purchases} says the 0/1 columns are items of a
     * purchase pivot, which names them "… lovers" rather than as flags with their shares.
     */
    public static ClusterProfile of(Dataset data, FeatureMatrix matrix, Clustering clustering, boolean purchases) {
        Objects.requireNonNull(data, "data");
        if (clustering.rows() != matrix.rows()) {
            throw new IllegalArgumentException("The clustering has " + clustering.rows() + " labels but the feature matrix has "
                    + matrix.rows() + " rows");
        }
        int[] source = matrix.sourceRows();
        for (int r : source) {
            if (r < 0 || r >= data.rowCount()) {
                throw new IllegalArgumentException("Feature matrix refers to row " + r + " but " + data.source()
                        + " has " + data.rowCount() + " rows");
            }
        }
        int k = clustering.k();
        int[] labels = clustering.labels();
        int[] sizes = new int[k];
        for (int l : labels) sizes[l]++;
        ContrastCalculator calc = new ContrastCalculator(k, source, labels);
        List<FeatureContrast> rows = new ArrayList<>();
        for (String column : sourceColumns(matrix)) rows.addAll(calc.rowsFor(data, column));

        List<List<DistinctiveFeature>> distinctive = new ArrayList<>(k);
        for (int c = 0; c < k; c++) distinctive.add(DistinctivePicker.pick(rows, c, DistinctivePicker.TOP));
        List<String> names = ArchetypeNamer.draft(distinctive, purchases);
        List<MembershipRule> rules = RuleFinder.find(data, new ArrayList<>(sourceColumns(matrix)), source, labels, k);
        List<Archetype> archetypes = new ArrayList<>(k);
        int n = labels.length;
        for (int c = 0; c < k; c++) {
            archetypes.add(new Archetype(c, names.get(c), sizes[c], n == 0 ? 0 : (double) sizes[c] / n, distinctive.get(c),
                    rules.get(c)));
        }
        return new ClusterProfile(k, n, sizes, rows, archetypes);
    }

    /**
     * Profiles clusters known only by their aggregates (a cluster engine's group-bys): the same rows, distinctive
     * features and drafted names {@link #of} gives for the rows those aggregates summarise.
     *
     * @param sizes     members per cluster, cluster 0 (the largest) first
     * @param stats     per source column, in feature order
     * @param purchases the 0/1 columns are items of a purchase pivot ("… lovers")
     * @param rules     one membership rule (or null) per cluster, found on a sample of the rows
     */
    public static ClusterProfile ofStats(int[] sizes, List<ColumnStats> stats, boolean purchases, List<MembershipRule> rules) {
        int k = sizes.length;
        if (rules.size() != k) throw new IllegalArgumentException(rules.size() + " rules for " + k + " clusters");
        List<FeatureContrast> rows = new ArrayList<>();
        for (ColumnStats s : stats) {
            if (s.k() != k) throw new IllegalArgumentException("'" + s.column() + "' has figures for " + s.k() + " clusters, not " + k);
            rows.addAll(s.contrasts());
        }
        List<List<DistinctiveFeature>> distinctive = new ArrayList<>(k);
        for (int c = 0; c < k; c++) distinctive.add(DistinctivePicker.pick(rows, c, DistinctivePicker.TOP));
        List<String> names = ArchetypeNamer.draft(distinctive, purchases);
        long n = 0;
        for (int s : sizes) n += s;
        List<Archetype> archetypes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            archetypes.add(new Archetype(c, names.get(c), sizes[c], n == 0 ? 0 : (double) sizes[c] / n, distinctive.get(c), rules.get(c)));
        }
        return new ClusterProfile(k, (int) Math.min(Integer.MAX_VALUE, n), sizes, rows, archetypes);
    }

    private static Set<String> sourceColumns(FeatureMatrix matrix) {
        Set<String> columns = new LinkedHashSet<>();
        for (EncodedFeature f : matrix.features()) columns.add(f.sourceColumn());
        return columns;
    }

    /** The profile rows, the ones that separate the clusters most (largest η²) first. */
    public List<FeatureContrast> bySeparation() {
        return features.stream()
                .sorted(Comparator.comparingDouble(FeatureContrast::separation).reversed()
                        .thenComparing(FeatureContrast::name))
                .toList();
    }

    /** The archetype names in cluster order. */
    public List<String> names() {
        return archetypes.stream().map(Archetype::name).toList();
    }

    public Archetype archetype(int cluster) {
        return archetypes.get(cluster);
    }

    public int size(int cluster) {
        return sizes[cluster];
    }

    /**
     * The same profile with user-given names. A null or blank entry keeps the drafted name; repeated names are
     * made unique (" (2)"), so names always identify a cluster.
     *
     * @throws IllegalArgumentException when {@code names} does not have one entry per cluster
     */
    public ClusterProfile withNames(List<String> names) {
        if (names.size() != k) throw new IllegalArgumentException(names.size() + " names for " + k + " clusters");
        List<String> merged = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            String given = names.get(c);
            merged.add(given == null || given.isBlank() ? archetypes.get(c).name() : given.strip());
        }
        List<String> unique = ArchetypeNamer.makeUnique(merged);
        List<Archetype> renamed = new ArrayList<>(k);
        for (int c = 0; c < k; c++) renamed.add(archetypes.get(c).withName(unique.get(c)));
        return new ClusterProfile(k, rows, sizes, features, renamed);
    }

    /** The same profile with each archetype's typical member in words (RFM: "last bought 5 days ago, …"). */
    public ClusterProfile withFigures(List<String> perCluster) {
        if (perCluster.size() != k) throw new IllegalArgumentException(perCluster.size() + " figures for " + k + " clusters");
        List<Archetype> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) out.add(archetypes.get(c).withFigures(perCluster.get(c)));
        return new ClusterProfile(k, rows, sizes, features, out);
    }

    /** The same profile with each archetype's measured stability. */
    public ClusterProfile withStability(double[] perCluster) {
        if (perCluster.length != k) throw new IllegalArgumentException(perCluster.length + " stabilities for " + k + " clusters");
        List<Archetype> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) out.add(archetypes.get(c).withStability(perCluster[c]));
        return new ClusterProfile(k, rows, sizes, features, out);
    }

    @Override public int[] sizes() { return sizes.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterProfile p && k == p.k && rows == p.rows && Arrays.equals(sizes, p.sizes)
                && features.equals(p.features) && archetypes.equals(p.archetypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, rows, features, archetypes) * 31 + Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "ClusterProfile[k=" + k + ", rows=" + rows + ", names=" + names() + "]";
    }
}
