package dev.archetype.core.sample;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Generates the bundled wine-offers sample: a workbook shaped like the classic wine-marketing case (sheet
 * {@code OfferInformation}: Offer #, Campaign, Varietal, Minimum Qty (kg), Discount (%), Origin, Past Peak;
 * sheet {@code Transactions}: Customer Last Name, Offer #) with 32 offers and 100 invented customers.
 * Purchases come from four latent archetypes — Pinot Noir lovers, small-quantity buyers, bulk buyers,
 * sparkling-wine lovers — each buying mostly the offers that fit it, so clustering the customer × offer pivot
 * recovers them. Everything follows from the seed; the same seed gives the same workbook values.
 */
public final class WineOffersGenerator {
    /** The seed of the bundled {@code wine_offers.xlsx}. */
    public static final long DEFAULT_SEED = 2013L;
    public static final int OFFERS = 32;
    public static final int CUSTOMERS = 100;

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    static final String[] ORIGINS = {"France", "Oregon", "New Zealand", "Chile", "Australia", "South Africa",
            "California", "Italy", "Germany"};
    private static final Set<String> SPARKLING = Set.of("Champagne", "Prosecco", "Espumante");
    private static final String[] SYLLABLES = {"Al", "Bran", "Cor", "Dal", "El", "Fen", "Gar", "Hal", "Ins", "Jor",
            "Kel", "Lan", "Mor", "Nor", "Orm", "Pem", "Quil", "Ros", "Sten", "Tal", "Ulv", "Var", "Wen", "Yar", "Zel"};
    private static final String[] ENDINGS = {"ley", "ford", "wick", "ton", "by", "mere", "dale", "worth", "croft",
            "more", "well", "ridge"};

    /** A hidden buying pattern. */
    public enum Archetype {
        PINOT_NOIR_LOVERS(o -> o.varietal().equals("Pinot Noir")),
        SMALL_QUANTITY_BUYERS(o -> o.minimumQtyKg() <= 12),
        BULK_BUYERS(o -> o.minimumQtyKg() == 144 || (o.minimumQtyKg() == 72 && o.discountPercent() >= 60)),
        SPARKLING_LOVERS(o -> SPARKLING.contains(o.varietal()));

        private final Predicate<Offer> likes;

        Archetype(Predicate<Offer> likes) {
            this.likes = likes;
        }

        /** Whether an offer fits this archetype. */
        public boolean likes(Offer offer) {
            return likes.test(offer);
        }
    }

    /** One row of OfferInformation. */
    public record Offer(int number, String campaign, String varietal, int minimumQtyKg, int discountPercent,
                        String origin, boolean pastPeak) { }

    /** One row of Transactions. */
    public record Purchase(String customer, int offer) { }

    /**
     * @param archetypes customer → hidden archetype (the answer a clustering should recover), in customer order
     */
    public record WineOffers(List<Offer> offers, List<Purchase> purchases, Map<String, Archetype> archetypes) {
        public WineOffers {
            offers = List.copyOf(offers);
            purchases = List.copyOf(purchases);
            archetypes = Collections.unmodifiableMap(new LinkedHashMap<>(archetypes));
        }
    }

    private WineOffersGenerator() { }

    public static WineOffers generate(long seed) {
        Random rnd = new Random(seed);
        List<Offer> offers = offers(rnd);
        List<String> names = surnames(rnd);
        Map<String, Archetype> archetypes = new LinkedHashMap<>();
        List<Purchase> purchases = new ArrayList<>();
        Archetype[] kinds = Archetype.values();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Archetype a = kinds[i % kinds.length];
            archetypes.put(name, a);
            List<Offer> liked = offers.stream().filter(a::likes).toList();
            int count = 2 + rnd.nextInt(5);
            Set<Integer> bought = new TreeSet<>();
            int guard = 0;
            while (bought.size() < count && guard++ < 100) {
                Offer o = rnd.nextDouble() < 0.85 ? liked.get(rnd.nextInt(liked.size())) : offers.get(rnd.nextInt(offers.size()));
                bought.add(o.number());
            }
            for (int offer : bought) purchases.add(new Purchase(name, offer));
        }
        return new WineOffers(offers, purchases, archetypes);
    }

    /** 32 offers with enough of each kind (Pinot Noir, sparkling, small lots, bulk lots) for every archetype. */
    private static List<Offer> offers(Random rnd) {
        List<String> varietals = new ArrayList<>();
        addTimes(varietals, "Pinot Noir", 5);
        addTimes(varietals, "Champagne", 5);
        addTimes(varietals, "Prosecco", 3);
        addTimes(varietals, "Espumante", 2);
        addTimes(varietals, "Cabernet Sauvignon", 6);
        addTimes(varietals, "Merlot", 4);
        addTimes(varietals, "Chardonnay", 3);
        addTimes(varietals, "Malbec", 2);
        addTimes(varietals, "Pinot Grigio", 2);
        Collections.shuffle(varietals, rnd);
        int[] quantities = new int[OFFERS];
        for (int i = 0; i < OFFERS; i++) quantities[i] = new int[] {6, 12, 72, 144}[i % 4];
        for (int i = OFFERS - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = quantities[i];
            quantities[i] = quantities[j];
            quantities[j] = t;
        }
        List<Offer> out = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            String month = MONTHS[i * MONTHS.length / OFFERS];
            int discount = 10 + rnd.nextInt(81);
            String origin = ORIGINS[rnd.nextInt(ORIGINS.length)];
            boolean pastPeak = rnd.nextDouble() < 0.2;
            out.add(new Offer(i + 1, month, varietals.get(i), quantities[i], discount, origin, pastPeak));
        }
        return out;
    }

    private static void addTimes(List<String> list, String v, int n) {
        for (int i = 0; i < n; i++) list.add(v);
    }

    /** 100 distinct invented surnames (syllable + ending), in a seeded order. */
    private static List<String> surnames(Random rnd) {
        List<String> all = new ArrayList<>();
        for (String s : SYLLABLES) for (String e : ENDINGS) all.add(s + e);
        Collections.shuffle(all, rnd);
        return new ArrayList<>(all.subList(0, CUSTOMERS));
    }

    /** Writes the two-sheet workbook (never overwrites a file in place: writes a temp file, then moves it). */
    public static void write(WineOffers data, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "wine-offers", ".xlsx.tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
            Sheet offers = wb.createSheet("OfferInformation");
            header(offers, "Offer #", "Campaign", "Varietal", "Minimum Qty (kg)", "Discount (%)", "Origin", "Past Peak");
            int r = 1;
            for (Offer o : data.offers()) {
                Row row = offers.createRow(r++);
                row.createCell(0).setCellValue(o.number());
                row.createCell(1).setCellValue(o.campaign());
                row.createCell(2).setCellValue(o.varietal());
                row.createCell(3).setCellValue(o.minimumQtyKg());
                row.createCell(4).setCellValue(o.discountPercent());
                row.createCell(5).setCellValue(o.origin());
                row.createCell(6).setCellValue(o.pastPeak());
            }
            Sheet tx = wb.createSheet("Transactions");
            header(tx, "Customer Last Name", "Offer #");
            r = 1;
            for (Purchase p : data.purchases()) {
                Row row = tx.createRow(r++);
                row.createCell(0).setCellValue(p.customer());
                row.createCell(1).setCellValue(p.offer());
            }
            for (int c = 0; c < 7; c++) offers.autoSizeColumn(c);
            tx.setColumnWidth(0, 22 * 256);
            wb.write(out);
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(tmp);
            throw ex;
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void header(Sheet s, String... names) {
        Row h = s.createRow(0);
        for (int c = 0; c < names.length; c++) h.createCell(c).setCellValue(names[c]);
    }

    /** Regenerates the bundled sample: {@code WineOffersGenerator [path] [seed]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/dev/archetype/samples/wine_offers.xlsx");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        WineOffers data = generate(seed);
        write(data, out);
        System.out.printf("%s: %d offers, %d customers, %d purchases%n", out, data.offers().size(),
                data.archetypes().size(), data.purchases().size());
    }
}
