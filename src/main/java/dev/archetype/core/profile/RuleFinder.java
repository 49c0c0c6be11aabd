package dev.archetype.core.profile;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finds each archetype's membership rule by a greedy search, cluster against the rest: start from everyone, add
 * the condition (a threshold at a rounded quantile of a numeric column, or a level of a categorical one) that
 * raises the F1 score most, stop at three conditions or when no condition helps by a point. The search looks at a
 * seeded sample of at most {@value #SEARCH_ROWS} rows; precision and recall are then measured on every row, with
 * the rounded thresholds the user reads. Stateless.
 */
final class RuleFinder {
    static final int SEARCH_ROWS = 20_000;
    static final int MAX_CONDITIONS = 3;
    private static final int QUANTILES = 19;
    private static final double MIN_GAIN = 0.01;

    private RuleFinder() { }

    /** One rule per cluster; {@code rows[i]} is the dataset row of clustered row i, {@code labels[i]} its cluster. */
    static List<MembershipRule> find(Dataset data, List<String> columns, int[] rows, int[] labels, int k) {
        List<Candidate> candidates = candidates(data, columns, rows);
        int[] search = sample(rows.length);
        List<MembershipRule> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) out.add(ruleFor(c, candidates, rows, labels, search));
        return out;
    }

    private static MembershipRule ruleFor(int cluster, List<Candidate> candidates, int[] rows, int[] labels, int[] search) {
        List<Candidate> chosen = new ArrayList<>();
        boolean[] alive = new boolean[search.length];
        Arrays.fill(alive, true);
        double best = f1(alive, search, labels, cluster, null, rows);
        for (int step = 0; step < MAX_CONDITIONS; step++) {
            Candidate pick = null;
            double pickF1 = best + MIN_GAIN;
            for (Candidate cand : candidates) {
                if (chosen.stream().anyMatch(ch -> ch.column == cand.column && ch.op.equals(cand.op))) continue;
                double f = f1(alive, search, labels, cluster, cand, rows);
                if (f > pickF1) {
                    pickF1 = f;
                    pick = cand;
                }
            }
            if (pick == null) break;
            chosen.add(pick);
            for (int i = 0; i < search.length; i++) if (alive[i] && !pick.holds(rows[search[i]])) alive[i] = false;
            best = pickF1;
        }
        if (chosen.isEmpty()) return null;
        // precision and recall on every clustered row, as a user recomputing them from the export would
        long hit = 0, picked = 0, members = 0;
        for (int i = 0; i < rows.length; i++) {
            boolean in = labels[i] == cluster;
            if (in) members++;
            boolean all = true;
            for (Candidate ch : chosen) if (!ch.holds(rows[i])) { all = false; break; }
            if (all) {
                picked++;
                if (in) hit++;
            }
        }
        List<MembershipRule.Condition> conditions = chosen.stream().map(Candidate::condition).toList();
        return new MembershipRule(conditions, picked == 0 ? 0 : (double) hit / picked, members == 0 ? 0 : (double) hit / members);
    }

    private static double f1(boolean[] alive, int[] search, int[] labels, int cluster, Candidate extra, int[] rows) {
        long tp = 0, fp = 0, members = 0;
        for (int i = 0; i < search.length; i++) {
            int r = search[i];
            boolean in = labels[r] == cluster;
            if (in) members++;
            if (!alive[i] || (extra != null && !extra.holds(rows[r]))) continue;
            if (in) tp++; else fp++;
        }
        if (tp == 0) return 0;
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / members;
        return 2 * precision * recall / (precision + recall);
    }

    /** Indices into the clustered rows to search on: all of them, or a seeded sample. */
    private static int[] sample(int n) {
        if (n <= SEARCH_ROWS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        SplittableRandom rnd = new SplittableRandom(0x5EED);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int i = 0; i < SEARCH_ROWS; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, SEARCH_ROWS);
        Arrays.sort(out);
        return out;
    }

    /** A condition the search may add, evaluated on dataset rows. */
    private abstract static class Candidate {
        final Column column;
        final String op;

        Candidate(Column column, String op) {
            this.column = column;
            this.op = op;
        }

        abstract boolean holds(int datasetRow);

        abstract MembershipRule.Condition condition();
    }

    private static List<Candidate> candidates(Dataset data, List<String> columns, int[] rows) {
        List<Candidate> out = new ArrayList<>();
        for (String name : columns) {
            Column col = data.require(name);
            if (col instanceof CategoricalColumn cat) {
                for (String level : cat.levels()) {
                    out.add(new LevelCandidate(cat, "==", level));
                    if (cat.levels().size() > 2) out.add(new LevelCandidate(cat, "!=", level));
                }
            } else if (col instanceof NumericColumn || col instanceof DateColumn) {
                double[] values = new double[rows.length];
                int n = 0;
                for (int r : rows) {
                    double v = value(col, r);
                    if (!Double.isNaN(v)) values[n++] = v;
                }
                if (n == 0) continue;
                double[] sorted = Arrays.copyOf(values, n);
                Arrays.sort(sorted);
                double last = Double.NaN;
                for (int q = 1; q <= QUANTILES; q++) {
                    double t = nice(sorted[(int) Math.min(n - 1, Math.floor((double) q / (QUANTILES + 1) * n))], sorted[0], sorted[n - 1]);
                    if (t == last || t < sorted[0] || t >= sorted[n - 1]) continue;
                    last = t;
                    out.add(new ThresholdCandidate(col, "<=", t));
                    out.add(new ThresholdCandidate(col, ">", t));
                }
            }
        }
        return out;
    }

    /** A threshold rounded to two significant digits of the column's spread, as a person would write it. */
    static double nice(double v, double min, double max) {
        double spread = max - min;
        if (!(spread > 0)) return v;
        double step = Math.pow(10, Math.floor(Math.log10(spread)) - 1);
        double rounded = Math.round(v / step) * step;
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", rounded));
    }

    static double value(Column col, int row) {
        if (col instanceof NumericColumn n) return n.get(row);
        DateColumn d = (DateColumn) col;
        long s = d.epochSeconds(row);
        return s == DateColumn.MISSING ? Double.NaN : s / 86400.0;
    }

    private static final class ThresholdCandidate extends Candidate {
        final double threshold;

        ThresholdCandidate(Column column, String op, double threshold) {
            super(column, op);
            this.threshold = threshold;
        }

        @Override boolean holds(int row) {
            double v = value(column, row);
            if (Double.isNaN(v)) return false;
            return op.equals("<=") ? v <= threshold : v > threshold;
        }

        @Override MembershipRule.Condition condition() {
            // On a 0/1 flag "> 0" means "= 1": say it the way a person would
            if (threshold == 0 && column instanceof NumericColumn n && n.isZeroOne()) {
                return new MembershipRule.Condition(column.name(), "==", op.equals(">") ? 1.0 : 0.0);
            }
            return new MembershipRule.Condition(column.name(), op, threshold,
                    column instanceof dev.archetype.core.data.NumericColumn n && n.isProportion());
        }
    }

    private static final class LevelCandidate extends Candidate {
        final int code;
        final String level;

        LevelCandidate(CategoricalColumn column, String op, String level) {
            super(column, op);
            this.level = level;
            this.code = column.levels().indexOf(level);
        }

        @Override boolean holds(int row) {
            int c = ((CategoricalColumn) column).code(row);
            if (c == CategoricalColumn.MISSING) return false;
            return op.equals("==") ? c == code : c != code;
        }

        @Override MembershipRule.Condition condition() {
            return new MembershipRule.Condition(column.name(), op, level);
        }
    }
}
