package dev.archetype.core.transactions;

import dev.archetype.core.data.Dataset;
import org.junit.jupiter.api.Test;

import static dev.archetype.core.transactions.Tables.categorical;
import static dev.archetype.core.transactions.Tables.ints;
import static dev.archetype.core.transactions.Tables.numbers;
import static dev.archetype.core.transactions.Tables.table;
import static dev.archetype.core.transactions.Tables.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemAttributesTest {

    private static PivotResult pivot() {
        return TransactionPivot.pivot(table("tx.csv",
                text("Customer", "a", "a", "b", "c"),
                ints("Offer #", 1d, 2d, 3d, 4d)), "Customer", "Offer #", PivotValue.PRESENCE);
    }

    @Test
    void numbersMatchTheirTextFormsAndUnmatchedKeysAreReportedBothWays() {
        Dataset offers = table("offers.xlsx!OfferInformation",
                text("Offer #", "1", " 2", "3.0", "99", "3"),
                categorical("Varietal", "Malbec", "Pinot Noir", "Champagne", "Merlot", "Prosecco"),
                numbers("Minimum Qty (kg)", 72, 6, 144, 12, 1),
                text("Description", "a", "b", "c", "d", "e"),
                categorical("Past Peak", "FALSE", "TRUE", "FALSE", "FALSE", "TRUE"),
                new dev.archetype.core.data.NumericColumn("Sparkling", dev.archetype.core.data.ColumnType.BOOLEAN,
                        new double[] {0, 0, 1, 0, 1}));

        ItemAttributes a = ItemAttributes.join(pivot(), offers, "Offer #");

        assertThat(a.itemsWithoutAttributes()).containsExactly("4");
        assertThat(a.unusedAttributeRows()).containsExactly("99");
        assertThat(a.duplicateKeys()).containsExactly("3");
        ItemAttribute varietal = a.attribute("Varietal");
        assertThat(varietal.levels().get(varietal.levelOf(0))).isEqualTo("Malbec");
        assertThat(varietal.levels().get(varietal.levelOf(1))).isEqualTo("Pinot Noir");
        assertThat(varietal.levels().get(varietal.levelOf(2))).isEqualTo("Champagne");
        assertThat(varietal.levelOf(3)).isEqualTo(-1);
        assertThat(a.attribute("Minimum Qty (kg)").valueOf(2)).isEqualTo(144);
        assertThat(a.attribute("Minimum Qty (kg)").valueOf(3)).isNaN();
        assertThat(a.attribute("Past Peak").yesNo()).isTrue();
        ItemAttribute sparkling = a.attribute("Sparkling");
        assertThat(sparkling.yesNo()).isTrue();
        assertThat(sparkling.levels().get(sparkling.levelOf(2))).isEqualTo("yes");
        assertThat(sparkling.levels().get(sparkling.levelOf(0))).isEqualTo("no");
        assertThat(a.attributes()).extracting(ItemAttribute::name).doesNotContain("Description", "Offer #");
        assertThat(String.join("\n", a.lines()))
                .contains("1 items have no attributes: 4").contains("1 attribute rows match no transaction: 99");
    }

    @Test
    void namedKeysMatchNumberedItemsByTheirTrailingNumber() {
        Dataset offers = table("offers.csv",
                text("Offer", "Offer 1", "Offer 2", "Offer 3", "Offer 4"),
                categorical("Varietal", "Malbec", "Pinot Noir", "Champagne", "Merlot"));

        ItemAttributes a = ItemAttributes.join(pivot(), offers, "Offer");

        assertThat(a.itemsWithoutAttributes()).isEmpty();
        ItemAttribute v = a.attribute("Varietal");
        assertThat(v.levels().get(v.levelOf(3))).isEqualTo("Merlot");
    }

    @Test
    void aTableWhoseKeysMatchNothingIsRefusedWithExamples() {
        Dataset offers = table("offers.csv", text("Code", "x", "y"), text("Varietal", "Malbec", "Merlot"));
        assertThatThrownBy(() -> ItemAttributes.join(pivot(), offers, "Code"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No 'Code' in offers.csv matches an item of 'Offer #'");
    }
}
