package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.cluster.Init;
import dev.archetype.core.cluster.KMeansOptions;
import dev.archetype.core.prep.FeatureSpec;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.core.prep.Scaling;
import dev.archetype.ui.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying a saved run's choices to the set-up panel, as reopening a project does. */
class ApplyRunTest {

    @Test
    void everyChoiceOfARunIsAppliedAndGivesTheSameSpecAndOptions() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        FeatureSpec spec = new FeatureSpec(List.of("Spend", "Region", "X"), Scaling.MINMAX, MissingPolicy.DROP_ROWS);
        KMeansOptions options = KMeansOptions.defaults(3).withSeed(123).withRestarts(4).withDistance(Distance.COSINE)
                .withInit(Init.values()[Init.values().length - 1]).withMaxIterations(55).withTolerance(1e-6);

        vm.applyRun(spec, options, 2, 6);

        assertThat(vm.featureSpec()).isEqualTo(spec); // the saved order, not file order
        assertThat(vm.options(3).withThreads(options.threads())).isEqualTo(options);
        assertThat(vm.kProperty().get()).isEqualTo(3);
        assertThat(vm.kMinProperty().get()).isEqualTo(2);
        assertThat(vm.kMaxProperty().get()).isEqualTo(6);
        assertThat(vm.runnableProperty().get()).isTrue();
    }

    @Test
    void changingThePickedSetFallsBackToFileOrder() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        vm.applyFeatures(List.of("Y", "X"));
        assertThat(vm.selectedColumns()).containsExactly("Y", "X");
        vm.features().stream().filter(f -> f.name().equals("Spend")).findFirst().orElseThrow().setSelected(true);
        assertThat(vm.selectedColumns()).containsExactly("X", "Y", "Spend");
    }

    @Test
    void aFeatureTheDataLacksIsNamedInTheError() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        List<String> before = vm.selectedColumns();
        assertThatThrownBy(() -> vm.applyFeatures(List.of("X", "Revenue", "Customer")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Revenue\"").hasMessageContaining("\"Customer\"").hasMessageNotContaining("\"X\"");
        assertThat(vm.selectedColumns()).isEqualTo(before);
    }
}
