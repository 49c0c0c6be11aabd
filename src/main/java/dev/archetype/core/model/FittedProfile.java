package dev.archetype.core.model;

import dev.archetype.core.profile.ClusterProfile;
import dev.archetype.core.profile.ColumnStats;
import dev.archetype.core.profile.MembershipRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The archetypes of a clustering fitted elsewhere (a Spark cluster over data the desktop cannot read), kept as the
 * figures the profile is made from: members per cluster, per-column aggregates, rules and stability found on a sample.
 * A project carrying one opens on its sample file without re-clustering: the profile is rebuilt from these figures by
 * the same code that profiles rows ({@link ClusterProfile#ofStats}), so the names and figures are the ones the engine
 * printed.
 *
 * @param engine     what fitted it ("Apache Spark 4.0.1")
 * @param data       where the full data lives, as the engine read it (a path, glob or s3a:// URL)
 * @param rows       rows clustered
 * @param sizes      members per cluster, cluster 1 (the largest) first
 * @param stats      per source column, the per-cluster aggregates
 * @param rules      per cluster, its membership rule (null where none helps), measured on the sample
 * @param stability  per cluster, bootstrap Jaccard on the sample (NaN when not measured)
 * @param sse        within-cluster sum of squares over all rows, in the prepared space
 * @param sampleRows rows of the sample file the project opens on
 */
public record FittedProfile(String engine, String data, long rows, int[] sizes, List<ColumnStats> stats,
                            List<MembershipRule> rules, double[] stability, double sse, int sampleRows) {
    public FittedProfile {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(data, "data");
        sizes = sizes.clone();
        stats = List.copyOf(stats);
        rules = java.util.Collections.unmodifiableList(new ArrayList<>(rules));
        stability = stability.clone();
        if (sizes.length == 0 || rules.size() != sizes.length || stability.length != sizes.length) {
            throw new IllegalArgumentException("a fitted profile needs one size, rule and stability per cluster");
        }
        for (ColumnStats s : stats) {
            if (s.k() != sizes.length) throw new IllegalArgumentException("'" + s.column() + "' has figures for " + s.k() + " clusters, not " + sizes.length);
        }
    }

    public int k() { return sizes.length; }

    /** The profile these figures make, with the drafted names (the project's names are applied by the caller). */
    public ClusterProfile profile() {
        return ClusterProfile.ofStats(sizes, stats, false, rules).withStability(stability);
    }

    @Override public int[] sizes() { return sizes.clone(); }
    @Override public double[] stability() { return stability.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedProfile f && engine.equals(f.engine) && data.equals(f.data) && rows == f.rows
                && Arrays.equals(sizes, f.sizes) && stats.equals(f.stats) && rules.equals(f.rules)
                && Arrays.equals(stability, f.stability) && Double.compare(sse, f.sse) == 0 && sampleRows == f.sampleRows;
    }

    @Override public int hashCode() { return Objects.hash(engine, data, rows, stats) * 31 + Arrays.hashCode(sizes); }
}
