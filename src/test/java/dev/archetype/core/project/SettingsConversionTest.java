package dev.archetype.core.project;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsConversionTest {

    @Test
    void everyScalingAndMissingPolicyComesBackAsChosen() {
        for (Scaling scaling : Scaling.values()) {
            for (MissingPolicy missing : MissingPolicy.values()) {
                FeatureSpec spec = new FeatureSpec(List.of("Milk", "Fresh"), scaling, missing);
                assertThat(Preparation.of(spec).toFeatureSpec()).isEqualTo(spec);
            }
        }
    }

    @Test
    void kMeansOptionsComeBackAsChosenOnAnyThreadCount() {
        KMeansOptions chosen = new KMeansOptions(5, 12, 150, 1e-5, -42L, Init.RANDOM, Distance.COSINE, 3);

        ClusterSettings saved = ClusterSettings.of(chosen, 2, 9);

        assertThat(saved.kMin()).isEqualTo(2);
        assertThat(saved.kMax()).isEqualTo(9);
        assertThat(saved.toOptions(3)).isEqualTo(chosen);
        assertThat(saved.toOptions(1)).isEqualTo(chosen.withThreads(1));
    }

    @Test
    void anUnknownPolicyNameIsExplainedWithTheKnownOnes() {
        Preparation fromNewerVersion = new Preparation(List.of("Milk"), "QUANTILE", "MEAN");

        assertThatThrownBy(fromNewerVersion::toFeatureSpec)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the project uses scaling \"QUANTILE\", which this version of Archetype does not know"
                        + " (known: ZSCORE, MINMAX, ROBUST, NONE)");
    }

    @Test
    void anUnknownDistanceIsExplained() {
        ClusterSettings settings = new ClusterSettings("MANHATTAN", "KMEANS_PLUS_PLUS", 2, 4, 3, 1, 1, 10, 0);

        assertThatThrownBy(() -> settings.toOptions(2)).hasMessageContaining("distance \"MANHATTAN\"");
    }
}
