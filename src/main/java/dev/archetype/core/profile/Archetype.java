package dev.archetype.core.profile;

import java.util.List;
import java.util.Objects;

/**
 * A cluster as the user meets it: a name, how big it is and what sets it apart.
 *
 * @param cluster     0-based cluster index (shown to users as cluster + 1)
 * @param name        drafted by {@link ArchetypeNamer} or given by the user
 * @param size        members
 * @param share       members / clustered rows, 0..1
 * @param distinctive up to three distinctive features, strongest first
 * @param rule        how to recognise the members in plain terms, or null when no condition helps
 * @param stability   bootstrap Jaccard of the cluster (≥ 0.85 stable, below 0.6 dissolving), NaN when not measured
 * @param figures     the typical member in words, shown beside the name ("last bought 5 days ago, 12 orders, spent
 *                    3,400" for RFM), or null when the analysis has none
 */
public record Archetype(int cluster, String name, int size, double share, List<DistinctiveFeature> distinctive,
                        MembershipRule rule, double stability, String figures) {
    public Archetype {
        Objects.requireNonNull(name, "name");
        distinctive = List.copyOf(distinctive);
    }

    /** An archetype without a membership rule. */
    public Archetype(int cluster, String name, int size, double share, List<DistinctiveFeature> distinctive) {
        this(cluster, name, size, share, distinctive, null, Double.NaN, null);
    }

    /** An archetype whose stability is not measured yet. */
    public Archetype(int cluster, String name, int size, double share, List<DistinctiveFeature> distinctive, MembershipRule rule) {
        this(cluster, name, size, share, distinctive, rule, Double.NaN, null);
    }

    /** The same archetype with its measured stability. */
    public Archetype withStability(double jaccard) {
        return new Archetype(cluster, name, size, share, distinctive, rule, jaccard, figures);
    }

    /** The same archetype with its typical member in words (null for none). */
    public Archetype withFigures(String text) {
        return new Archetype(cluster, name, size, share, distinctive, rule, stability, text);
    }

    /** The distinctive features as phrases, strongest first. */
    public List<String> phrases() {
        return distinctive.stream().map(DistinctiveFeature::phrase).toList();
    }

    /** The same archetype under another name. */
    public Archetype withName(String newName) {
        return new Archetype(cluster, newName, size, share, distinctive, rule, stability, figures);
    }
}
