package dev.archetype.core.prep;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PreparerTest {
    private static final double NaN = Double.NaN;

    private static Dataset data(Column... cols) {
        return new Dataset("test.csv", List.of(cols), List.of());
    }

    private static NumericColumn num(String name, double... v) {
        return new NumericColumn(name, ColumnType.NUMERIC, v);
    }

    @Test
    void zscoreUsesMeanAndPopulationStd() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, 2, 3, 4)), FeatureSpec.of(List.of("a")));
        double std = Math.sqrt(1.25);
        assertThat(m.features().get(0).center()).isEqualTo(2.5);
        assertThat(m.features().get(0).scale()).isCloseTo(std, within(1e-15));
        assertThat(m.get(0, 0)).isCloseTo(-1.5 / std, within(1e-12));
        assertThat(m.get(3, 0)).isCloseTo(1.5 / std, within(1e-12));
        assertThat(m.features().get(0).toOriginal(m.get(3, 0))).isCloseTo(4, within(1e-12));
    }

    @Test
    void minMaxMapsIntoZeroOne() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 10, 20, 15)), FeatureSpec.of(List.of("a")).withScaling(Scaling.MINMAX));
        assertThat(m.data()).containsExactly(0, 1, 0.5);
    }

    @Test
    void robustUsesMedianAndInterquartileRange() {
        // quartiles of 1,2,3,4,100 (linear): Q1 = 2, median 3, Q3 = 4
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, 2, 3, 4, 100)), FeatureSpec.of(List.of("a")).withScaling(Scaling.ROBUST));
        assertThat(m.features().get(0).center()).isEqualTo(3);
        assertThat(m.features().get(0).scale()).isEqualTo(2);
        assertThat(m.get(4, 0)).isEqualTo(48.5);
    }

    @Test
    void noneKeepsValues() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, 5), num("b", 7, 3)), FeatureSpec.of(List.of("a", "b")).withScaling(Scaling.NONE));
        assertThat(m.data()).containsExactly(1, 7, 5, 3);
        assertThat(m.names()).containsExactly("a", "b");
    }

    @Test
    void meanImputationFillsAndReportsTheCount() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, NaN, 3, NaN)),
                FeatureSpec.of(List.of("a")).withScaling(Scaling.NONE));
        assertThat(m.data()).containsExactly(1, 2, 3, 2);
        assertThat(m.warnings()).anyMatch(w -> w.contains("Filled 2 missing cells in 'a' with the mean (2)"));
    }

    @Test
    void medianImputationUsesTheMedian() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, NaN, 2, 100)),
                new FeatureSpec(List.of("a"), Scaling.NONE, MissingPolicy.MEDIAN));
        assertThat(m.get(1, 0)).isEqualTo(2);
        assertThat(m.warnings()).anyMatch(w -> w.contains("median (2)"));
    }

    @Test
    void dropRowsLeavesOutIncompleteRowsAndKeepsSourceRows() {
        Dataset d = data(num("a", 1, NaN, 3, 4), num("b", 5, 6, NaN, 8));
        FeatureMatrix m = Preparer.prepare(d, new FeatureSpec(List.of("a", "b"), Scaling.NONE, MissingPolicy.DROP_ROWS));
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.sourceRows()).containsExactly(0, 3);
        assertThat(m.data()).containsExactly(1, 5, 4, 8);
        assertThat(m.warnings()).anyMatch(w -> w.contains("Left out 2 of 4 rows"));
        assertThat(Preparer.rowsAffectedByMissing(d, List.of("a", "b"))).isEqualTo(2);
        assertThat(Preparer.rowsAffectedByMissing(d, List.of("a"))).isEqualTo(1);
    }

    @Test
    void constantColumnIsDroppedWithAWarning() {
        FeatureMatrix m = Preparer.prepare(data(num("a", 1, 2, 3), num("c", 7, 7, 7)), FeatureSpec.of(List.of("a", "c")));
        assertThat(m.cols()).isEqualTo(1);
        assertThat(m.names()).containsExactly("a");
        assertThat(m.warnings()).anyMatch(w -> w.startsWith("Dropped 'c'") && w.contains("(7)"));
        for (double v : m.data()) assertThat(v).isFinite();
    }

    @Test
    void onlyConstantColumnsIsAClearError() {
        assertThatThrownBy(() -> Preparer.prepare(data(num("c", 7, 7)), FeatureSpec.of(List.of("c"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("constant");
    }

    @Test
    void oneHotBlockHasTotalVarianceOneUnderZscore() {
        List<String> levels = List.of("x", "y", "z");
        CategoricalColumn cat = new CategoricalColumn("region", new int[] {0, 0, 1, 2, 0, 1}, levels);
        FeatureMatrix m = Preparer.prepare(data(cat), FeatureSpec.of(List.of("region")));
        assertThat(m.names()).containsExactly("region = x", "region = y", "region = z");
        double totalVar = 0;
        for (int j = 0; j < 3; j++) {
            double mean = 0, sq = 0;
            for (int i = 0; i < 6; i++) mean += m.get(i, j) / 6;
            for (int i = 0; i < 6; i++) sq += Math.pow(m.get(i, j) - mean, 2) / 6;
            totalVar += sq;
        }
        assertThat(totalVar).isCloseTo(1.0, within(1e-12));
        // back in original units a one-hot value is the share of rows with the level
        assertThat(m.features().get(0).toOriginal(m.get(0, 0))).isEqualTo(1.0);
        assertThat(m.features().get(0).isOneHot()).isTrue();
    }

    @Test
    void manyLevelColumnDoesNotOutweighANumericColumn() {
        int n = 200;
        int[] codes = new int[n];
        double[] v = new double[n];
        List<String> levels = new java.util.ArrayList<>();
        for (int l = 0; l < 50; l++) levels.add("L" + l);
        for (int i = 0; i < n; i++) {
            codes[i] = i % 50;
            v[i] = i;
        }
        FeatureMatrix m = Preparer.prepare(data(new CategoricalColumn("c", codes, levels), num("a", v)),
                FeatureSpec.of(List.of("c", "a")));
        double catVar = 0;
        for (int j = 0; j < 50; j++) catVar += variance(m, j);
        assertThat(catVar).isCloseTo(variance(m, 50), within(1e-9));
    }

    @Test
    void missingCategoryGetsTheMostCommonLevel() {
        CategoricalColumn cat = new CategoricalColumn("r", new int[] {0, 1, 1, -1}, List.of("a", "b"));
        FeatureMatrix m = Preparer.prepare(data(cat), FeatureSpec.of(List.of("r")));
        assertThat(m.get(3, 1)).isPositive();
        assertThat(m.get(3, 0)).isZero();
        assertThat(m.warnings()).anyMatch(w -> w.contains("most common level 'b'"));
    }

    @Test
    void unknownDuplicateTextAndEmptySpecsAreClearErrors() {
        Dataset d = data(num("a", 1, 2), new TextColumn("name", ColumnType.IDENTIFIER, new String[] {"x", "y"}));
        assertThatThrownBy(() -> Preparer.prepare(d, FeatureSpec.of(List.of("zz")))).hasMessageContaining("No column 'zz'");
        assertThatThrownBy(() -> Preparer.prepare(d, FeatureSpec.of(List.of("a", "a")))).hasMessageContaining("chosen twice");
        assertThatThrownBy(() -> Preparer.prepare(d, FeatureSpec.of(List.of("name")))).hasMessageContaining("'name' holds identifier");
        assertThatThrownBy(() -> Preparer.prepare(d, FeatureSpec.of(List.of()))).hasMessageContaining("at least one");
    }

    @Test
    void allMissingColumnIsAClearError() {
        assertThatThrownBy(() -> Preparer.prepare(data(num("a", NaN, NaN)), FeatureSpec.of(List.of("a"))))
                .hasMessageContaining("'a' has no values");
        assertThatThrownBy(() -> Preparer.prepare(data(num("a", NaN, NaN)),
                new FeatureSpec(List.of("a"), Scaling.ZSCORE, MissingPolicy.DROP_ROWS))).hasMessageContaining("Every row");
    }

    private static double variance(FeatureMatrix m, int j) {
        double mean = 0, sq = 0;
        for (int i = 0; i < m.rows(); i++) mean += m.get(i, j) / m.rows();
        for (int i = 0; i < m.rows(); i++) sq += Math.pow(m.get(i, j) - mean, 2) / m.rows();
        return sq;
    }
}
