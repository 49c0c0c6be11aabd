package dev.archetype.ui.workbench;

import dev.archetype.core.cluster.Distance;
import dev.archetype.core.prep.MissingPolicy;
import dev.archetype.ui.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetupViewModelTest {

    private static FeatureChoice choice(SetupViewModel vm, String name) {
        return vm.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void measurementsStartPickedAndIdentifiersConstantsAndCategoriesDoNot() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.selectedColumns()).containsExactly("X", "Y", "Spend");
        assertThat(choice(vm, "Customer").whyNot()).contains("identifies rows");
        assertThat(choice(vm, "One").whyNot()).contains("same value");
        assertThat(choice(vm, "Region").pickable()).isTrue();
        assertThat(choice(vm, "Region").whyNot()).contains("one-hot");
        assertThat(choice(vm, "Customer").pickable()).isFalse();
        choice(vm, "Customer").setSelected(true);
        assertThat(choice(vm, "Customer").isSelected()).isFalse();
    }

    @Test
    void shortcutsAndFilter() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        vm.selectNone();
        assertThat(vm.selectedColumns()).isEmpty();
        assertThat(vm.selectedCountProperty().get()).isZero();
        choice(vm, "Region").setSelected(true);
        vm.selectAllNumeric();
        assertThat(vm.selectedColumns()).containsExactly("X", "Y", "Spend");
        vm.filterTextProperty().set("re");
        assertThat(vm.visibleFeatures()).extracting(FeatureChoice::name).containsExactly("Region");
        vm.filterTextProperty().set("");
        assertThat(vm.visibleFeatures()).hasSize(6);
    }

    @Test
    void theMissingNoteCountsTheRowsDroppingWouldLeaveOut() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.missingNoteProperty().get()).isEqualTo("2 of 90 rows have a missing value; the mean fills it in.");
        vm.missingProperty().set(MissingPolicy.DROP_ROWS);
        assertThat(vm.missingNoteProperty().get()).isEqualTo("Dropping rows leaves out 2 of 90 rows.");
        choice(vm, "Spend").setSelected(false);
        assertThat(vm.missingNoteProperty().get()).isEqualTo("No missing values in the chosen columns.");
    }

    @Test
    void cosineIsSuggestedButNeverSwitchedToWhenEveryChosenColumnIsAFlag() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.purchases());
        assertThat(vm.distanceProperty().get()).as("the one default, as on the command line").isEqualTo(Distance.EUCLIDEAN);
        assertThat(vm.distanceNoteProperty().get()).startsWith("Tip: every chosen column is a 0/1 flag");

        vm.datasetProperty().set(Fixtures.blobs());
        assertThat(vm.distanceProperty().get()).isEqualTo(Distance.EUCLIDEAN);
        assertThat(vm.distanceNoteProperty().get()).isEmpty();
    }

    @Test
    void theUsersDistanceChoiceIsNotOverridden() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.purchases());
        vm.distanceProperty().set(Distance.EUCLIDEAN);
        vm.selectNone();
        vm.features().get(0).setSelected(true);
        assertThat(vm.distanceProperty().get()).isEqualTo(Distance.EUCLIDEAN);
        assertThat(vm.distanceNoteProperty().get()).startsWith("Tip:");
    }

    @Test
    void optionsCarryTheChoices() {
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(Fixtures.blobs());
        vm.restartsProperty().set(3);
        vm.seedProperty().set(99);
        var o = vm.options(5);
        assertThat(o.k()).isEqualTo(5);
        assertThat(o.restarts()).isEqualTo(3);
        assertThat(o.seed()).isEqualTo(99);
        assertThat(vm.featureSpec().columns()).containsExactly("X", "Y", "Spend");
    }

    @Test
    void heavilySkewedAmountsAreSuggestedForTheLogAndTakenWhenTicked() throws Exception {
        java.nio.file.Path file = dev.archetype.core.TestData.SHARED.resolve("wholesale_customers.csv");
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isRegularFile(file), file + " is missing: ../shared/data must sit beside the checkout");
        var opened = dev.archetype.core.analysis.Analysis.open(dev.archetype.core.analysis.AnalysisSpec.of(file),
                dev.archetype.core.task.ProgressListener.NONE, dev.archetype.core.task.Cancellation.NEVER);
        SetupViewModel vm = new SetupViewModel();
        vm.datasetProperty().set(opened.dataset());
        assertThat(vm.skewNoteProperty().get()).startsWith("Tip: Fresh, Milk, Grocery, Frozen and 2 more are heavily skewed");
        assertThat(vm.analysisSpec(opened).logFeatures()).isEmpty();
        vm.logSkewedProperty().set(true);
        assertThat(vm.skewNoteProperty().get()).startsWith("Taking the log of Fresh");
        assertThat(vm.analysisSpec(opened).logFeatures()).containsExactly("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen");
    }
}
