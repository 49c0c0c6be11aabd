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
public final class RuleFinder {
    static final int SEARCH_ROWS = 20_000;
    static final int MAX_CONDITIONS = 3;
    private static final int QUANTILES = 19;
    private static final double MIN_GAIN = 0.01;

    private RuleFinder() { }

    /** One rule per cluster; {@code rows[i]} is the dataset row of clustered row i, {@code labels[i]} its cluster. */
    public static List<MembershipRule> find(Dataset data, List<String> columns, int[] rows, int[] labels, int k) {
        int[] search = sample(rows.length);
        // thresholds from the searched rows' quantiles: sorting every row of every column cost 0.3 s on a million rows
        int[] searched = new int[search.length];
        for (int i = 0; i < search.length; i++) searched[i] = rows[search[i]];
        List<Candidate> candidates = candidates(data, columns, searched);
        // each candidate's verdict on the searched rows as bits, so a score is a few hundred word operations
        // (the search took 0.9 s on a million rows calling holds() row by row)
        int words = (search.length + 63) >>> 6;
        long[][] holds = new long[candidates.size()][words];
        for (int c = 0; c < candidates.size(); c++) {
            Candidate cand = candidates.get(c);
            for (int i = 0; i < searched.length; i++) if (cand.holds(searched[i])) holds[c][i >>> 6] |= 1L << i;
        }
        List<MembershipRule> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            long[] member = new long[words];
            for (int i = 0; i < search.length; i++) if (labels[search[i]] == c) member[i >>> 6] |= 1L << i;
            out.add(ruleFor(c, candidates, holds, member, search.length, rows, labels));
        }
        return out;
    }

    private static MembershipRule ruleFor(int cluster, List<Candidate> candidates, long[][] holds, long[] member, int searched,
                                          int[] rows, int[] labels) {
        List<Candidate> chosen = new ArrayList<>();
        long[] alive = new long[member.length];
        for (int i = 0; i < searched; i++) alive[i >>> 6] |= 1L << i;
        long searchedMembers = 0;
        for (long w : member) searchedMembers += Long.bitCount(w);
        double best = f1(alive, null, member, searchedMembers);
        for (int step = 0; step < MAX_CONDITIONS; step++) {
            int pick = -1;
            double pickF1 = best + MIN_GAIN;
            for (int c = 0; c < candidates.size(); c++) {
                Candidate cand = candidates.get(c);
                if (chosen.stream().anyMatch(ch -> ch.column == cand.column && ch.op.equals(cand.op))) continue;
                double f = f1(alive, holds[c], member, searchedMembers);
                if (f > pickF1) {
                    pickF1 = f;
                    pick = c;
                }
            }
            if (pick < 0) break;
            chosen.add(candidates.get(pick));
            for (int w = 0; w < alive.length; w++) alive[w] &= holds[pick][w];
            best = pickF1;
        }
        if (chosen.isEmpty()) return null;
        // precision and recall on every clustered row, as a user recomputing them from the export would
        long hit = 0, picked = 0, members = 0;
        Candidate[] rule = chosen.toArray(Candidate[]::new);
        for (int i = 0; i < rows.length; i++) {
            boolean in = labels[i] == cluster;
            if (in) members++;
            boolean all = true;
            for (Candidate ch : rule) if (!ch.holds(rows[i])) { all = false; break; }
            if (all) {
                picked++;
                if (in) hit++;
            }
        }
        List<MembershipRule.Condition> conditions = chosen.stream().map(Candidate::condition).toList();
        return new MembershipRule(conditions, picked == 0 ? 0 : (double) hit / picked, members == 0 ? 0 : (double) hit / members);
    }

    /** F1 of "alive and the candidate holds" as a predictor of membership, over the searched rows (bit sets). */
    private static double f1(long[] alive, long[] candidate, long[] member, long members) {
        long tp = 0, fp = 0;
        for (int w = 0; w < alive.length; w++) {
            long picked = candidate == null ? alive[w] : alive[w] & candidate[w];
            tp += Long.bitCount(picked & member[w]);
            fp += Long.bitCount(picked & ~member[w]);
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
