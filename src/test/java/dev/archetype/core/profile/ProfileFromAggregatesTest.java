package dev.archetype.core.profile;

import dev.archetype.core.TestData;
import dev.archetype.core.analysis.Analysis;
import dev.archetype.core.analysis.AnalysisResult;
import dev.archetype.core.analysis.AnalysisSpec;
import dev.archetype.core.cluster.Clustering;
import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.prep.EncodedFeature;
import dev.archetype.core.prep.FeatureMatrix;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster engine hands the core per-cluster aggregates instead of rows (Spark's group-bys): the profile, distinctive
 * features and names made from them are the ones the rows give — for means, a 0/1 flag, a two-value code and the
 * levels of a category.
 */
public class ProfileFromAggregatesTest {
    @TempDir Path tmp;

    @Test
    void aggregatesGiveTheProfileAndNamesTheRowsGive() throws Exception {
        Path wholesale = TestData.SHARED.resolve("wholesale_customers.csv");
        assertTrue(Files.isRegularFile(wholesale), "../shared/data is missing: it must sit beside the checkout");
        // The wholesale customers plus a 0/1 flag and a two-value code that is not named like one (read as numbers).
        List<String> lines = Files.readAllLines(wholesale);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",Complain,Tier");
        for (int i = 1; i < lines.size(); i++) out.add(lines.get(i) + "," + (i % 7 == 0 ? 1 : 0) + "," + (i % 3 == 0 ? 10 : 20));
        Path file = Files.write(tmp.resolve("wholesale-plus.csv"), out);
        AnalysisSpec spec = AnalysisSpec.of(file).withK(4)
                .withFeatures(List.of("Channel", "Region", "Fresh", "Milk", "Grocery", "Detergents_Paper", "Complain", "Tier"));
        AnalysisResult r = Analysis.run(spec, 2, ProgressListener.NONE, Cancellation.NEVER);
        ClusterProfile fromRows = r.drafted();

        List<ColumnStats> stats = aggregate(r.data(), r.matrix(), r.clustering());
        assertThat(stats.stream().map(s -> s.getClass().getSimpleName() + ":" + s.column()).toList()).containsExactly(
                "Counts:Channel", "Counts:Region", "Moments:Fresh", "Moments:Milk", "Moments:Grocery", "Moments:Detergents_Paper",
                "Counts:Complain", "Counts:Tier");
        List<MembershipRule> rules = fromRows.archetypes().stream().map(Archetype::rule).toList();
        ClusterProfile fromStats = ClusterProfile.ofStats(r.clustering().sizes(), stats, false, rules);

        assertThat(fromStats.names()).isEqualTo(fromRows.names());
        assertThat(fromStats.sizes()).isEqualTo(fromRows.sizes());
        assertThat(fromStats.features()).hasSameSizeAs(fromRows.features());
        for (int i = 0; i < fromRows.features().size(); i++) {
            FeatureContrast a = fromRows.features().get(i), b = fromStats.features().get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.kind()).isEqualTo(a.kind());
            assertThat(b.overall()).isCloseTo(a.overall(), within(1e-9 * Math.max(1, Math.abs(a.overall()))));
            for (int c = 0; c < 4; c++) assertThat(b.mean(c)).isCloseTo(a.mean(c), within(1e-9 * Math.max(1, Math.abs(a.mean(c)))));
            assertThat(b.pValue()).isCloseTo(a.pValue(), within(1e-9));
            assertThat(b.separation()).isCloseTo(a.separation(), within(1e-9));
        }
        for (int c = 0; c < 4; c++) {
            assertThat(fromStats.archetype(c).phrases()).isEqualTo(fromRows.archetype(c).phrases());
        }
    }

    /** What Spark's group-bys compute: per cluster counts, means and M2 of numbers, level counts of the rest. */
    public static List<ColumnStats> aggregate(Dataset data, FeatureMatrix m, Clustering c) {
        int k = c.k();
        int[] rows = m.sourceRows();
        int[] labels = c.labels();
        List<ColumnStats> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(m.features().stream().map(EncodedFeature::sourceColumn).toList())) {
            Column col = data.require(name);
            if (col instanceof CategoricalColumn cat) {
                long[][] table = new long[k][cat.levels().size()];
                for (int i = 0; i < rows.length; i++) if (cat.code(rows[i]) >= 0) table[labels[i]][cat.code(rows[i])]++;
                out.add(new ColumnStats.Counts(name, cat.levels(), table, false));
                continue;
            }
            NumericColumn n = (NumericColumn) col;
            java.util.TreeSet<Double> values = new java.util.TreeSet<>();
            for (int r : rows) if (!Double.isNaN(n.get(r))) values.add(n.get(r));
            boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
            if (whole && values.size() == 2) {
                boolean flag = values.first() == 0 && values.last() == 1;
                long[][] table = new long[k][2];
                for (int i = 0; i < rows.length; i++) table[labels[i]][n.get(rows[i]) == values.last() ? 1 : 0]++;
                List<String> levels = List.of(Long.toString(values.first().longValue()), Long.toString(values.last().longValue()));
                out.add(new ColumnStats.Counts(name, levels, table, flag));
                continue;
            }
            long[] cnt = new long[k];
            double[] sum = new double[k];
            for (int i = 0; i < rows.length; i++) {
                cnt[labels[i]]++;
                sum[labels[i]] += n.get(rows[i]);
            }
            double[] mean = new double[k];
            for (int j = 0; j < k; j++) mean[j] = sum[j] / cnt[j];
            double[] m2 = new double[k];
            for (int i = 0; i < rows.length; i++) {
                double d = n.get(rows[i]) - mean[labels[i]];
                m2[labels[i]] += d * d;
            }
            out.add(new ColumnStats.Moments(name, FeatureContrast.Kind.MEAN, cnt, mean, m2));
        }
        return out;
    }
}
