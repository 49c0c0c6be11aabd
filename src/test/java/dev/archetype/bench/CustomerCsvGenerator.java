package dev.archetype.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a seeded customer table for the import benchmarks: {@code rows} × 12 columns (id, two categories,
 * integers, money with two decimals, a rate, an ISO date, a 0/1 flag) — about 75 MB for a million rows.
 * The same seed always gives the same bytes.
 */
public final class CustomerCsvGenerator {
    static final String[] REGIONS = {"North", "South", "East", "West", "Central", "North-East", "South-West", "Islands"};
    static final String[] SEGMENTS = {"Gold", "Silver", "Bronze", "Trial"};

    private CustomerCsvGenerator() { }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/archetype-bench/customers_1m.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(out, rows, 20240601L);
        System.out.printf("%s: %,d rows, %,d bytes%n", out, rows, Files.size(out));
    }

    public static void write(Path out, int rows, long seed) throws IOException {
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        SplittableRandom rnd = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("customer_id,region,segment,age,income,spend_fresh,spend_milk,spend_grocery,visits,discount_rate,last_purchase,churned\n");
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < rows; i++) {
                sb.setLength(0);
                int seg = rnd.nextInt(SEGMENTS.length);
                double scale = 1.0 + seg * 0.6;
                sb.append(100000 + i).append(',')
                        .append(REGIONS[rnd.nextInt(REGIONS.length)]).append(',')
                        .append(SEGMENTS[seg]).append(',')
                        .append(18 + rnd.nextInt(70)).append(',');
                money(sb, 20000 + rnd.nextDouble() * 90000).append(',');
                money(sb, rnd.nextDouble() * 4000 * scale).append(',');
                money(sb, rnd.nextDouble() * 1500 * scale).append(',');
                money(sb, rnd.nextDouble() * 3000 / scale).append(',');
                sb.append(rnd.nextInt(60)).append(',');
                sb.append(String.format(Locale.ROOT, "%.4f", rnd.nextDouble() * 0.3)).append(',');
                int day = rnd.nextInt(730);
                java.time.LocalDate d = java.time.LocalDate.of(2023, 1, 1).plusDays(day);
                sb.append(d).append(',');
                sb.append(rnd.nextInt(10) == 0 ? 1 : 0).append('\n');
                w.append(sb);
            }
        }
    }

    private static StringBuilder money(StringBuilder sb, double v) {
        long cents = Math.round(v * 100);
        sb.append(cents / 100).append('.');
        long c = cents % 100;
        if (c < 10) sb.append('0');
        return sb.append(c);
    }
}
