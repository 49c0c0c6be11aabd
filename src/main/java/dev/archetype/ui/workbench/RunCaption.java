package dev.archetype.ui.workbench;

import dev.archetype.core.analysis.AnalysisResult;

import java.util.Locale;

/** Which run a view shows, in one line: "k = 4 · 6 features · z-score · Euclidean · seed 0 · 10 restarts". */
final class RunCaption {
    private RunCaption() { }

    /** "10 restarts", or for the default "auto restarts (best found by 3 of 4)". */
    static String restarts(AnalysisResult r) {
        if (r.fitted() != null) {
            var f = r.fitted().profile();
            return String.format(Locale.ROOT, "fitted by %s on %s (%,d rows); the Data tab holds a sample of %,d", f.engine(), f.data(),
                    f.rows(), r.clustering().rows());
        }
        if (r.spec().restarts() != dev.archetype.core.analysis.AnalysisSpec.AUTO_RESTARTS) return r.spec().restarts() + " restarts";
        return "auto restarts (" + r.clustering().agreement() + ")";
    }

    static String of(AnalysisResult r) {
        int features = r.resolved().features().columns().size();
        String scaling = switch (r.resolved().features().scaling()) {
            case ZSCORE -> "z-score";
            case MINMAX -> "min–max";
            case ROBUST -> "robust scaling";
            case NONE -> "unscaled";
        };
        String distance = r.resolved().distance().name().charAt(0) + r.resolved().distance().name().substring(1).toLowerCase(Locale.ROOT);
        String range = r.sweep() == null ? "" : " · compared k = " + r.sweep().results().get(0).k() + "–"
                + r.sweep().results().get(r.sweep().results().size() - 1).k();
        return "k = " + r.clustering().k() + " · " + features + (features == 1 ? " feature" : " features") + " · " + scaling
                + " · " + distance + " · seed " + r.spec().seed() + " · " + restarts(r) + range;
    }
}
