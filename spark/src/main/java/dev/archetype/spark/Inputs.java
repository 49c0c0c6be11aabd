package dev.archetype.spark;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.io.IOException;
import java.util.Locale;

/** Reads DATA (a file, a folder of part files or a glob; any Hadoop file system) as Spark rows. */
final class Inputs {
    private Inputs() { }

    static Dataset<Row> read(SparkSession spark, String data, EngineOptions o) throws IOException {
        String format = o.inputFormat.equals("auto") ? detect(spark, data) : o.inputFormat;
        if (format.equals("parquet")) return spark.read().parquet(data);
        DataFrameReader r = spark.read().option("header", "true").option("inferSchema", "false")
                .option("mode", "PERMISSIVE").option("multiLine", String.valueOf(o.multiLine)).option("escape", "\"");
        String lower = data.toLowerCase(Locale.ROOT);
        if (o.delimiter != null) r = r.option("sep", String.valueOf(o.delimiter));
        else if (lower.endsWith(".tsv") || lower.endsWith(".tab")) r = r.option("sep", "\t");
        return r.csv(data);
    }

    /** parquet or csv, by the name, or by the files a folder or glob holds; a path that leads nowhere is refused. */
    static String detect(SparkSession spark, String data) throws IOException {
        String lower = data.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".parq")) return "parquet";
        if (lower.matches(".*\\.(csv|tsv|tab|txt)(\\.gz|\\.bz2)?$")) return "csv";
        Path path = new Path(data);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) throw new IllegalArgumentException(data + ": no such file or folder");
        for (FileStatus s : matched) {
            FileStatus[] inside = s.isDirectory() ? fs.listStatus(s.getPath()) : new FileStatus[] {s};
            for (FileStatus f : inside) {
                String name = f.getPath().getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".parquet")) return "parquet";
                if (name.endsWith(".csv") || name.endsWith(".csv.gz")) return "csv";
            }
        }
        throw new IllegalArgumentException(data + ": cannot tell whether it holds CSV or Parquet; add --input-format csv or parquet");
    }

    /** A column by its name, however it is spelled (dots, spaces and backticks are names, not paths). */
    static Column col(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    /**
     * The column as a number: text is parsed, yes/no and true/false read as 1/0 as the desktop reads them; NA, blanks
     * and NaN are null. Text that is present but no number stays null here and is counted by {@link #unreadable}.
     */
    static Column number(Dataset<Row> df, String name) {
        StructField f = field(df, name);
        DataType t = f.dataType();
        Column v;
        if (t.equals(DataTypes.StringType)) {
            Column lower = functions.lower(functions.trim(col(name)));
            v = functions.when(lower.isin(dev.archetype.core.io.ImportOptions.TRUE_WORDS.toArray()), functions.lit(1.0))
                    .when(lower.isin(dev.archetype.core.io.ImportOptions.FALSE_WORDS.toArray()), functions.lit(0.0))
                    .otherwise(functions.expr("try_cast(trim(`" + name.replace("`", "``") + "`) as double)"));
        } else if (t.equals(DataTypes.BooleanType)) {
            v = functions.when(col(name), 1.0).when(functions.not(col(name)), 0.0);
        } else if (t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType)) {
            throw new IllegalArgumentException("Column '" + name + "' holds dates; date features are not clustered on Spark yet, leave it out of --features");
        } else {
            v = col(name).cast(DataTypes.DoubleType);
        }
        // The desktop reads NaN as a missing value; an infinite one is refused where it is aggregated.
        return functions.when(functions.isnan(v), functions.lit(null).cast(DataTypes.DoubleType)).otherwise(v);
    }

    /**
     * 1 where the cell holds something that is neither missing nor a number Spark can read (thousands separators,
     * currency, percents: the desktop's importer reads those, Spark's cast does not), else 0.
     */
    static Column unreadable(Dataset<Row> df, String name) {
        if (!field(df, name).dataType().equals(DataTypes.StringType)) return functions.lit(0);
        return functions.when(level(df, name).isNotNull().and(number(df, name).isNull())
                .and(functions.not(functions.lower(functions.trim(col(name))).isin("nan"))), 1).otherwise(0);
    }

    /** An example of such a cell, or null. */
    static Column unreadableExample(Dataset<Row> df, String name) {
        if (!field(df, name).dataType().equals(DataTypes.StringType)) return functions.lit(null).cast(DataTypes.StringType);
        return functions.first(functions.when(unreadable(df, name).equalTo(1), col(name)), true);
    }

    /**
     * The column as a level: trimmed text, with the desktop's missing-value tokens (NA, N/A, -, ?) as null; a whole
     * number held in a numeric (Parquet) column reads "2", as the desktop writes a code, not "2.0".
     */
    static Column level(Dataset<Row> df, String name) {
        DataType t = field(df, name).dataType();
        Column raw = col(name);
        if (t instanceof org.apache.spark.sql.types.NumericType) {
            Column d = raw.cast(DataTypes.DoubleType);
            raw = functions.when(d.equalTo(functions.floor(d)).and(functions.abs(d).lt(1e15)), d.cast(DataTypes.LongType).cast(DataTypes.StringType))
                    .otherwise(raw.cast(DataTypes.StringType));
        }
        Column text = functions.trim(raw.cast(DataTypes.StringType));
        Column lower = functions.lower(text);
        Column missing = col(name).isNull();
        for (String token : dev.archetype.core.io.ImportOptions.DEFAULT_MISSING_TOKENS) missing = missing.or(lower.equalTo(token));
        return functions.when(missing, functions.lit(null).cast(DataTypes.StringType)).otherwise(text);
    }

    static StructField field(Dataset<Row> df, String name) {
        for (StructField f : df.schema().fields()) if (f.name().equals(name)) return f;
        throw new IllegalArgumentException("There is no column '" + name + "'; the data has " + String.join(", ", df.columns()));
    }
}
