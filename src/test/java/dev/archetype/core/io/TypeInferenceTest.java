package dev.archetype.core.io;

import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

class TypeInferenceTest {
    @TempDir Path dir;

    private Dataset csv(String header, int rows, IntFunction<String> row) throws Exception {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < rows; i++) sb.append(row.apply(i)).append('\n');
        Path f = dir.resolve("t.csv");
        Files.writeString(f, sb);
        return Importer.read(f, null, null, null);
    }

    @Test
    void typesFollowTheDocumentedThresholds() throws Exception {
        Dataset ds = csv("customer_id,score,visits,member,segment,name,const,flag", 100, i ->
                (1000 + i) + "," + (i * 0.5) + "," + (i % 7) + "," + (i % 2 == 0 ? "yes" : "no") + ",seg" + (i % 20)
                        + ",Person " + i + ",same," + (i % 3 == 0 ? 1 : 0));
        assertThat(ds.require("customer_id").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(ds.require("customer_id")).isInstanceOf(NumericColumn.class);
        assertThat(ds.require("score").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(ds.require("visits").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(ds.require("member").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(((NumericColumn) ds.require("member")).get(0)).isEqualTo(1.0);
        assertThat(ds.require("segment").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(ds.require("name").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(ds.require("const").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(ds.require("flag").type()).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void twentyOneLevelsIsTextNotCategoricalInASmallTable() throws Exception {
        Dataset ds = csv("segment,n", 100, i -> "seg" + (i % 21) + "," + i);
        assertThat(ds.require("segment").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void integerColumnNotNamedLikeAnIdStaysInteger() throws Exception {
        Dataset ds = csv("count,x", 50, i -> (i + 1) + "," + i % 3);
        assertThat(ds.require("count").type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void aFewTextCellsInANumberColumnBecomeMissingWithTheirLines() throws Exception {
        Dataset ds = csv("price,q", 100, i -> (i == 41 ? "unknown" : String.valueOf(i + 0.5)) + "," + i);
        NumericColumn price = (NumericColumn) ds.require("price");
        assertThat(price.type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(price.isMissing(41)).isTrue();
        assertThat(price.get(40)).isEqualTo(40.5);
        assertThat(ds.warnings()).anyMatch(w -> w.contains("'price'") && w.contains("'unknown' at line 43"));
    }

    @Test
    void variedCodesInANumberColumnMakeItText() throws Exception {
        Dataset ds = csv("invoice,q", 400, i -> (i % 60 == 0 ? "C" + i : String.valueOf(5000 + i)) + "," + i);
        assertThat(ds.require("invoice").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(ds.require("invoice").format(0)).isEqualTo("C0");
        assertThat(ds.require("invoice").format(1)).isEqualTo("5001");
    }

    @Test
    void leadingZeroCodesStayText() throws Exception {
        Dataset ds = csv("zip,q", 30, i -> String.format("%05d", i * 37) + "," + i);
        assertThat(ds.require("zip").format(1)).isEqualTo("00037");
        assertThat(ds.require("zip").type()).isEqualTo(ColumnType.IDENTIFIER);
    }

    @Test
    void emptyColumnIsConstantAndReported() throws Exception {
        Dataset ds = csv("a,empty", 5, i -> i + ",");
        assertThat(ds.require("empty").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(ds.require("empty").missingCount()).isEqualTo(5);
        assertThat(ds.warnings()).contains("Column 'empty' is empty");
    }

    @Test
    void idNamesAreRecognised() {
        assertThat(TypeInference.looksLikeIdName("CustomerID")).isTrue();
        assertThat(TypeInference.looksLikeIdName("customer_id")).isTrue();
        assertThat(TypeInference.looksLikeIdName("Offer #")).isTrue();
        assertThat(TypeInference.looksLikeIdName("Invoice No")).isTrue();
        assertThat(TypeInference.looksLikeIdName("Paid")).isFalse();
        assertThat(TypeInference.looksLikeIdName("valid")).isFalse();
    }

    /** Was: a header + one row file said "no numeric columns" (every single value read as constant). */
    @Test
    void aOneRowFileKeepsItsNumbersNumeric() throws Exception {
        Dataset ds = csv("id,spend,visits,flag", 1, i -> "7,12.5,3,1");
        assertThat(ds.rowCount()).isEqualTo(1);
        assertThat(ds.require("spend").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(ds.require("visits").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(ds.require("flag").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(ds.warnings()).noneMatch(w -> w.startsWith("No numeric column"));
    }

    @Test
    void aValueSeenTwiceIsStillConstant() throws Exception {
        Dataset ds = csv("spend,visits", 2, i -> "12.5," + i);
        assertThat(ds.require("spend").type()).isEqualTo(ColumnType.CONSTANT);
        assertThat(ds.require("visits").type()).isEqualTo(ColumnType.BOOLEAN);
    }
}
