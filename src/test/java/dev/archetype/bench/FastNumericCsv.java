package dev.archetype.bench;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Benchmark-only reader for all-numeric CSV (FastCSV + fastdoubleparser), used until the real importer lands. */
final class FastNumericCsv {
    private FastNumericCsv() { }

    static Dataset read(Path file) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            double[][] cols = null;
            int n = 0;
            for (CsvRecord rec : r) {
                if (header == null) {
                    header = rec.getFields();
                    cols = new double[header.size()][1 << 16];
                    continue;
                }
                if (n == cols[0].length) for (int j = 0; j < cols.length; j++) cols[j] = Arrays.copyOf(cols[j], n * 2);
                for (int j = 0; j < cols.length; j++) {
                    String s = rec.getField(j);
                    cols[j][n] = s.isEmpty() ? Double.NaN : JavaDoubleParser.parseDouble(s);
                }
                n++;
            }
            List<Column> columns = new ArrayList<>();
            for (int j = 0; j < header.size(); j++) {
                columns.add(new NumericColumn(header.get(j), ColumnType.NUMERIC, Arrays.copyOf(cols[j], n)));
            }
            return new Dataset(file.getFileName().toString(), columns, List.of());
        }
    }
}
