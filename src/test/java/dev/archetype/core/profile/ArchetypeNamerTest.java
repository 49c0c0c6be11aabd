package dev.archetype.core.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchetypeNamerTest {

    private static DistinctiveFeature numeric(String column, double z) {
        FeatureContrast f = new FeatureContrast(column, column, null, FeatureContrast.Kind.MEAN, 10, 2,
                new double[] {10 + 2 * z}, new double[] {z}, FeatureContrast.Test.ANOVA, 1, 0.01, 0.5);
        return new DistinctiveFeature(f, z, column);
    }

    private static DistinctiveFeature flag(String column, double z) {
        FeatureContrast f = new FeatureContrast(column, column, null, FeatureContrast.Kind.SHARE, 0.1, 0.3,
                new double[] {0.1 + 0.3 * z}, new double[] {z}, FeatureContrast.Test.CHI_SQUARE, 1, 0.01, 0.5);
        return new DistinctiveFeature(f, z, column);
    }

    private static DistinctiveFeature level(String column, String level, double z) {
        FeatureContrast f = new FeatureContrast(column + " = " + level, column, level, FeatureContrast.Kind.SHARE, 0.3,
                0.46, new double[] {0.3 + 0.46 * z}, new double[] {z}, FeatureContrast.Test.CHI_SQUARE, 1, 0.01, 0.5);
        return new DistinctiveFeature(f, z, column);
    }

    @Test
    void highNumbersAreListedTogetherWithReadableColumnNames() {
        assertThat(ArchetypeNamer.draft(List.of(List.of(numeric("Grocery", 2), numeric("Detergents_Paper", 1.5)))))
                .containsExactly("High Grocery, Detergents Paper");
    }

    @Test
    void itemsOfAPurchasePivotMakeLovers() {
        assertThat(ArchetypeNamer.draft(List.of(List.of(flag("Pinot Noir", 3), flag("Champagne", 2))), true))
                .containsExactly("Pinot Noir & Champagne lovers");
    }

    @Test
    void aFlagThatIsNotAPurchaseReadsWithItsShareNeverAsLovers() {
        List<String> names = ArchetypeNamer.draft(List.of(List.of(flag("Complain", 1), numeric("Kidhome", 1))));
        assertThat(names).containsExactly("Complain (40% vs 10%) · High Kidhome");
        assertThat(names.get(0)).doesNotContain("lovers");
    }

    @Test
    void columnNamesReadAsWords() {
        assertThat(ArchetypeNamer.draft(List.of(List.of(numeric("NumWebPurchases", 2)), List.of(numeric("AcceptedCmp5", 2)),
                List.of(numeric("MntWines", -2)))))
                .containsExactly("High Web Purchases", "High Accepted Campaign 5", "Low Wines");
    }

    @Test
    void namesWithTheSameWordsInAnotherOrderAreToldApart() {
        List<String> names = ArchetypeNamer.draft(List.of(
                List.of(numeric("Grocery", 2), numeric("Detergents_Paper", 1.5), numeric("Milk", 1)),
                List.of(numeric("Detergents_Paper", 2), numeric("Grocery", 1.5), numeric("Fresh", -1))));
        assertThat(names).containsExactly("High Grocery, Detergents Paper, Milk", "High Detergents Paper, Grocery");
    }

    @Test
    void namesStayWithinFortyCharactersByDroppingParts() {
        List<String> names = ArchetypeNamer.draft(List.of(List.of(numeric("Purchases_in_the_store_last_year", 2),
                numeric("Visits_to_the_website_last_month", 1.5))));
        assertThat(names.get(0)).isEqualTo("High Purchases in the store last year").hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void aBareNumericLevelKeepsItsColumnName() {
        assertThat(ArchetypeNamer.draft(List.of(List.of(level("Region", "3", 2), numeric("Fresh", -1)),
                List.of(level("Channel", "Retail", 2)))))
                .containsExactly("Region 3 · Low Fresh", "Retail");
    }

    @Test
    void clashingDraftsUseTheThirdFeatureThenANumber() {
        List<String> names = ArchetypeNamer.draft(List.of(
                List.of(numeric("A", 2), numeric("B", 1), numeric("C", -1)),
                List.of(numeric("A", 2), numeric("B", 1), numeric("D", 0.5)),
                List.of(numeric("A", 2), numeric("B", 1), numeric("D", 0.5)),
                List.of()));
        assertThat(names).containsExactly("High A, B · Low C", "High A, B, D", "High A, B, D (2)", "Typical");
        assertThat(names).doesNotHaveDuplicates();
    }
}
