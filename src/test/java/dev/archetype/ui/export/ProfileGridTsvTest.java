package dev.archetype.ui.export;

import dev.archetype.core.profile.FeatureContrast;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileGridTsvTest {
    private static FeatureContrast feature(String name, FeatureContrast.Kind kind, double overall, double... means) {
        return new FeatureContrast(name, name, null, kind, overall, 1, means, new double[means.length],
                FeatureContrast.Test.ANOVA, 1, 0.01, 0.5);
    }

    @Test
    void gridBecomesHeaderAndOneTabSeparatedLinePerFeatureWithValuesAsShown() {
        List<FeatureContrast> rows = List.of(
                feature("Fresh", FeatureContrast.Kind.MEAN, 12000.4, 3851.2, 20031.7, Double.NaN),
                feature("Channel = Retail", FeatureContrast.Kind.SHARE, 0.3227, 0.1, 0.95, 0),
                feature("Visits", FeatureContrast.Kind.MEAN, 4.126, 2.5, 7, 3.333));

        String tsv = ProfileGridTsv.build(List.of("Small\tshops", "Big grocers", "Cafés"), rows);

        assertThat(tsv.split("\n", -1)).containsExactly(
                "Feature\tOverall\tSmall shops\tBig grocers\tCafés",
                "Fresh\t12,000\t3,851\t20,032\t",
                "Channel = Retail (share)\t32%\t10%\t95%\t0%",
                "Visits\t4.13\t2.50\t7.00\t3.33",
                "");
    }

    @Test
    void emptyGridIsJustTheHeader() {
        assertThat(ProfileGridTsv.build(List.of("A", "B"), List.of())).isEqualTo("Feature\tOverall\tA\tB\n");
    }

    @Test
    void suggestedNamesFollowTheSourceFileAndK() {
        Path source = Path.of("/data/customers.2024.csv");
        assertThat(ExportNames.export(source, 4, "xlsx")).isEqualTo("customers.2024-archetypes-k4.xlsx");
        assertThat(ExportNames.image(source, "elbow", 0)).isEqualTo("customers.2024-elbow.png");
        assertThat(ExportNames.image(source, "scatter", 3)).isEqualTo("customers.2024-scatter-k3.png");
        assertThat(ExportNames.export(null, 2, "csv")).isEqualTo("archetypes-k2.csv");
        assertThat(ExportNames.withExtension(Path.of("/x/out"), "xlsx")).isEqualTo(Path.of("/x/out.xlsx"));
        assertThat(ExportNames.withExtension(Path.of("/x/out.XLSX"), "xlsx")).isEqualTo(Path.of("/x/out.XLSX"));
    }

    @Test
    void itemAttributesFollowTheFeaturesAsTheirOwnSection() {
        var pinot = new dev.archetype.core.transactions.RollupGridRow("Varietal", "Pinot Noir", 0.136, new double[] {0.844, 0.05}, 2.0);
        var qty = new dev.archetype.core.transactions.RollupGridRow("Minimum Qty (kg)", null, 58.4, new double[] {10, 80.9}, 1.5);
        String tsv = ProfileGridTsv.build(List.of("Pinot Noir lovers", "bulk buyers"), List.of(), List.of(pinot, qty));
        assertThat(tsv.split("\n", -1)).containsExactly(
                "Feature\tOverall\tPinot Noir lovers\tbulk buyers",
                "Item attributes",
                "Varietal = Pinot Noir\t14%\t84%\t5.0%",
                "Minimum Qty (kg) (mean)\t58.40\t10.00\t80.90",
                "");
    }
}
