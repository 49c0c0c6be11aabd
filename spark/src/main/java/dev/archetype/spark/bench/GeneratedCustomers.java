package dev.archetype.spark.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Customers in well-separated groups, for the Spark tests and the scale benchmark: an id, six spend-like numbers
 * drawn around each group's own centre, a Region code and a Segment level that follow the group loosely. Seeded, so
 * the same arguments always write the same file.
 *
 * <pre>java -cp … dev.archetype.spark.bench.GeneratedCustomers OUT.csv ROWS [GROUPS] [SEED]</pre>
 */
public final class GeneratedCustomers {
    static final String[] SEGMENTS = {"Retail", "Hotel", "Cafe", "Online", "Wholesale", "Clinic", "School", "Office"};

    private GeneratedCustomers() { }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratedCustomers OUT.csv ROWS [GROUPS] [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 6,
                args.length > 3 ? Long.parseLong(args[3]) : 7);
    }

    /** Writes {@code rows} customers in {@code groups} groups; returns each row's true group, in order, when rows ≤ 10M. */
    public static int[] write(Path out, long rows, int groups, long seed) throws IOException {
        SplittableRandom centresRnd = new SplittableRandom(seed);
        int d = 6;
        double[][] centres = new double[groups][d];
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < d; j++) centres[g][j] = 1000 + 8000 * centresRnd.nextDouble();
        }
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 1);
        int[] truth = rows <= 10_000_000 ? new int[(int) rows] : null;
        StringBuilder line = new StringBuilder(128);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("CustomerID,Fresh,Milk,Grocery,Frozen,Paper,Deli,Region,Segment\n");
            for (long r = 0; r < rows; r++) {
                int g = rnd.nextInt(groups);
                if (truth != null) truth[(int) r] = g;
                line.setLength(0);
                line.append(100_000 + r);
                for (int j = 0; j < d; j++) {
                    double v = centres[g][j] + 250 * gaussian(rnd);
                    line.append(',').append(String.format(Locale.ROOT, "%.2f", v));
                }
                int region = rnd.nextDouble() < 0.8 ? 1 + g % 3 : 1 + rnd.nextInt(3);
                String segment = rnd.nextDouble() < 0.7 ? SEGMENTS[g % SEGMENTS.length] : SEGMENTS[rnd.nextInt(SEGMENTS.length)];
                line.append(',').append(region).append(',').append(segment).append('\n');
                w.append(line);
            }
        }
        return truth;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble(), u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
