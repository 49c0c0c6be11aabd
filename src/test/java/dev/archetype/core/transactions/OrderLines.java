package dev.archetype.core.transactions;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated order-line tables shaped like a real office-supplies retailer's: Row ID, Order ID, Customer Name,
 * Product Category (3), Product Sub-Category (17) and Product Name (a few hundred), Sales. Customers lean to a
 * category (hidden, not written), lines are few per customer, and amounts are heavy-tailed per sub-category
 * (a table costs a hundred boxes of rubber bands) and per customer, which is what makes raw sums cluster
 * into one big blob.
 */
public final class OrderLines {
    record Sub(String category, String name, double price, double popularity) { }

    static final Sub[] SUBS = {
            new Sub("Furniture", "Bookcases", 500, 3), new Sub("Furniture", "Chairs & Chairmats", 600, 6),
            new Sub("Furniture", "Office Furnishings", 150, 9), new Sub("Furniture", "Tables", 900, 3),
            new Sub("Office Supplies", "Appliances", 300, 4), new Sub("Office Supplies", "Binders and Binder Accessories", 150, 10),
            new Sub("Office Supplies", "Envelopes", 60, 4), new Sub("Office Supplies", "Labels", 25, 4),
            new Sub("Office Supplies", "Paper", 50, 12), new Sub("Office Supplies", "Pens & Art Supplies", 30, 7),
            new Sub("Office Supplies", "Rubber Bands", 10, 3), new Sub("Office Supplies", "Scissors, Rulers and Trimmers", 30, 2),
            new Sub("Office Supplies", "Storage & Organization", 250, 8),
            new Sub("Technology", "Computer Peripherals", 250, 8), new Sub("Technology", "Copiers and Fax", 1500, 1),
            new Sub("Technology", "Office Machines", 1200, 4), new Sub("Technology", "Telephones and Communication", 500, 9)};
    static final String[] CATEGORIES = {"Furniture", "Office Supplies", "Technology"};
    /** Customer leanings: share of customers, then the category mix of their lines. */
    private static final double[][] LEANINGS = {{0.30, 0.15, 0.70, 0.15}, {0.25, 0.10, 0.20, 0.70},
            {0.20, 0.70, 0.20, 0.10}, {0.25, 0.30, 0.45, 0.25}};

    private OrderLines() { }

    /** Writes about {@code customers} × 10.5 lines as CSV; returns the number of lines. */
    public static int write(Path file, int customers, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int lines = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Row ID,Order ID,Customer Name,Product Category,Product Sub-Category,Product Name,Sales\n");
            for (int c = 0; c < customers; c++) {
                double[] mix = LEANINGS[pick(rnd, new double[] {LEANINGS[0][0], LEANINGS[1][0], LEANINGS[2][0], LEANINGS[3][0]})];
                double scale = Math.exp(0.6 * gaussian(rnd));
                int n = 1 + poisson(rnd, 9.5);
                int order = 10_000 + c * 7;
                for (int l = 0; l < n; l++) {
                    String category = CATEGORIES[pick(rnd, new double[] {mix[1], mix[2], mix[3]})];
                    Sub sub = sub(rnd, category);
                    int product = rnd.nextInt(20);
                    double sales = Math.round(sub.price() * Math.exp(0.9 * gaussian(rnd)) * scale * 100) / 100.0;
                    if (rnd.nextInt(3) == 0) order++;
                    lines++;
                    w.write(String.format(Locale.ROOT, "%d,%d,\"Customer %04d\",%s,\"%s\",\"%s model %d\",%.2f%n", lines, order, c,
                            category, sub.name(), sub.name(), product, sales));
                }
            }
        }
        return lines;
    }

    private static Sub sub(SplittableRandom rnd, String category) {
        double total = 0;
        for (Sub s : SUBS) if (s.category().equals(category)) total += s.popularity();
        double u = rnd.nextDouble() * total;
        Sub last = null;
        for (Sub s : SUBS) {
            if (!s.category().equals(category)) continue;
            last = s;
            u -= s.popularity();
            if (u < 0) return s;
        }
        return last;
    }

    private static int pick(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static int poisson(SplittableRandom rnd, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
