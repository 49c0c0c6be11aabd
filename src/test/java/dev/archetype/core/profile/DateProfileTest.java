package dev.archetype.core.profile;

import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DateProfileTest {
    private static final LocalDate[] JOINED = {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 3),
            LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 3)};

    @Test
    void dateFeaturesAreProfiledAsMeanDates() {
        long[] seconds = new long[4];
        double[] data = new double[4];
        for (int r = 0; r < 4; r++) {
            seconds[r] = DateColumn.toEpochSeconds(JOINED[r].atStartOfDay());
            data[r] = JOINED[r].toEpochDay();
        }
        Dataset d = new Dataset("d.csv", List.of(new DateColumn("Joined", seconds)), List.of());
        FeatureMatrix m = new FeatureMatrix(4, 1, data, List.of(new EncodedFeature("Joined", "Joined", null, 0, 1)),
                new int[] {0, 1, 2, 3}, List.of());
        Clustering c = new Clustering(2, 1, new int[] {0, 0, 1, 1}, new double[] {JOINED[0].toEpochDay() + 1, JOINED[2].toEpochDay() + 1},
                new int[] {2, 2}, 4, new double[] {1, 1, 1, 1}, 1, true);
        ClusterProfile p = ClusterProfile.of(d, m, c);
        FeatureContrast joined = p.features().get(0);
        assertThat(joined.kind()).isEqualTo(FeatureContrast.Kind.DATE);
        assertThat(joined.mean(1)).isCloseTo(LocalDate.of(2021, 1, 2).toEpochDay(), within(1e-9));
        double overallDay = (JOINED[0].toEpochDay() + JOINED[1].toEpochDay() + JOINED[2].toEpochDay() + JOINED[3].toEpochDay()) / 4.0;
        assertThat(p.archetype(1).phrases()).containsExactly(
                "Joined 2021-01-02 vs " + LocalDate.ofEpochDay(Math.round(overallDay)));
        assertThat(p.names()).containsExactly("Early Joined", "Late Joined");
    }
}
