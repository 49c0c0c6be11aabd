package dev.archetype.ui.workbench.comparek;

import dev.archetype.core.cluster.KResult;
import dev.archetype.core.cluster.SweepResult;
import dev.archetype.ui.workbench.SweepRun;
import dev.archetype.ui.workbench.WorkbenchViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the Compare k tab shows of the workbench's comparison: the recommendation and its reason, where the
 * criteria disagree, whether silhouettes were sampled, and the offer to use the recommended k. Commands go to the
 * workbench. Use on the FX thread.
 */
public final class CompareKViewModel {
    private final WorkbenchViewModel workbench;
    private final StringBinding recommendation;
    private final StringBinding disagreement;
    private final StringBinding sampledNote;
    private final StringBinding useText;
    private final BooleanBinding offerUse;

    public CompareKViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        var sweep = workbench.sweepProperty();
        recommendation = Bindings.createStringBinding(() -> sweep.get() == null ? "" : recommendationText(sweep.get().result()), sweep);
        disagreement = Bindings.createStringBinding(() -> sweep.get() == null || !sweep.get().result().criteriaDisagree() ? ""
                : sweep.get().result().disagreement(), sweep);
        sampledNote = Bindings.createStringBinding(() -> sweep.get() != null
                && sweep.get().result().results().stream().anyMatch(KResult::silhouetteSampled)
                ? "Silhouette is estimated on a seeded sample of rows (95% interval in brackets)." : "", sweep);
        useText = Bindings.createStringBinding(() -> sweep.get() == null ? "" : "Use k = " + sweep.get().result().recommendedK(), sweep);
        offerUse = Bindings.createBooleanBinding(() -> sweep.get() != null
                && sweep.get().result().recommendedK() != workbench.selectedKProperty().get(), sweep, workbench.selectedKProperty());
    }

    public ReadOnlyObjectProperty<SweepRun> sweepProperty() { return workbench.sweepProperty(); }

    public ReadOnlyIntegerProperty selectedKProperty() { return workbench.selectedKProperty(); }

    /** "Recommended: k = 4 — <reason>", "" before a comparison. */
    public StringBinding recommendationProperty() { return recommendation; }

    /** Where the criteria disagree, "" when they agree. */
    public StringBinding disagreementProperty() { return disagreement; }

    /** Says that silhouettes were estimated on a sample, "" when exact. */
    public StringBinding sampledNoteProperty() { return sampledNote; }

    /** "Use k = 5". */
    public StringBinding useTextProperty() { return useText; }

    /** True when the recommended k is not the one on screen: Compare k offers it rather than changing the user's k. */
    public BooleanBinding offerUseProperty() { return offerUse; }

    public boolean isRecommended(int k) {
        SweepRun s = workbench.sweepProperty().get();
        return s != null && s.result().recommendedK() == k;
    }

    public void selectK(int k) { workbench.selectK(k); }

    public void useRecommendedK() { workbench.useRecommendedK(); }

    /** "Recommended: k = 4. <reason>", without repeating the k when the reason already starts with it. */
    public static String recommendationText(SweepResult s) {
        String prefix = "k = " + s.recommendedK();
        String reason = s.reason().strip();
        String structure = s.confidenceReason().isEmpty() ? "" : " " + s.confidenceReason();
        if (reason.startsWith(prefix)) {
            String rest = reason.substring(prefix.length()).replaceFirst("^[:.,]\\s*", "");
            return "Recommended: " + prefix + " — " + rest + structure;
        }
        return "Recommended: " + prefix + ". " + reason + structure;
    }
}
