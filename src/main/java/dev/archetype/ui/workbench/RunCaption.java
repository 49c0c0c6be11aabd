package dev.archetype.ui.workbench;

import dev.archetype.core.analysis.AnalysisResult;

import java.util.Locale;

/** Which run a view shows, in one line: "k = 4 · 6 features · z-score · Euclidean · seed 0 · 10 restarts". */
final class RunCaption {
    private RunCaption() { }

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
                + " · " + distance + " · seed " + r.spec().seed() + " · " + r.spec().restarts() + " restarts" + range;
    }
}
