package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.DateColumn;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item attributes that sit in the transactions sheet itself: columns holding one value per item (Product Category
 * beside Product Sub-Category). Finds them for the import dialog and turns them into an attribute table, one row
 * per item, that {@link ItemAttributes#join} reads like a separate sheet.
 */
public final class SheetAttributes {
    /** An item may disagree with itself on this share of items (typing slips) before the column is not an attribute. */
    static final double MAX_MIXED_ITEMS = 0.05;
    /** An attribute groups items: it has fewer distinct values than this share of the items. */
    private static final double MAX_LEVEL_RATIO = 0.5;

    private SheetAttributes() { }

    /** One candidate column: its name, how many distinct values it has and how many items disagree with themselves. */
    public record Candidate(String column, int levels, int mixedItems) { }

    /**
     * The columns of {@code transactions} that hold one value per item of {@code itemColumn} and group the items
     * (fewer values than items), in sheet order; the customer and item columns, dates and identifiers are never offered.
     */
    public static List<Candidate> detect(Dataset transactions, String customerColumn, String itemColumn) {
        Column item = transactions.require(itemColumn);
        int items = item.distinctCount();
        List<Candidate> out = new ArrayList<>();
        if (items < 3) return out;
        for (Column c : transactions.columns()) {
            if (c.name().equals(customerColumn) || c.name().equals(itemColumn) || c instanceof DateColumn
                    || c.type() == ColumnType.IDENTIFIER || c.type() == ColumnType.CONSTANT) continue;
            int levels = c.distinctCount();
            if (levels < 2 || levels > MAX_LEVEL_RATIO * items) continue;
            int mixed = perItem(transactions, item, c).mixed;
            if (mixed <= MAX_MIXED_ITEMS * items) out.add(new Candidate(c.name(), levels, mixed));
        }
        return out;
    }

    /**
     * The attribute table: the item key (named as {@code itemColumn}) and each attribute column's value per item
     * (its most common value where an item disagrees with itself).
     *
     * @throws IllegalArgumentException naming the column when it is missing, is the customer or item column, or
     *                                  does not hold one value per item
     */
    public static Dataset table(Dataset transactions, String customerColumn, String itemColumn, List<String> columns) {
        Column item = transactions.require(itemColumn);
        List<Column> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String[] keys = null;
        for (String name : columns) {
            if (name.equals(itemColumn) || name.equals(customerColumn)) {
                throw new IllegalArgumentException("'" + name + "' is the " + (name.equals(itemColumn) ? "item" : "customer")
                        + " column itself, not an attribute of the items");
            }
            Column c = transactions.require(name);
            PerItem p = perItem(transactions, item, c);
            int items = p.values.size();
            if (p.mixed > MAX_MIXED_ITEMS * items) {
                throw new IllegalArgumentException(String.format("'%s' is not an attribute of '%s': %,d of %,d items have "
                        + "more than one value (e.g. %s)", name, itemColumn, p.mixed, items, p.example));
            }
            if (p.mixed > 0) {
                warnings.add(String.format("%,d items have more than one '%s' (the most common is used), e.g. %s.", p.mixed, name, p.example));
            }
            if (keys == null) keys = p.values.keySet().toArray(String[]::new);
            out.add(column(c, p, keys));
        }
        if (keys == null) throw new IllegalArgumentException("No attribute columns given");
        out.add(0, new TextColumn(itemColumn, ColumnType.TEXT, keys));
        return new Dataset(transactions.source() + " [" + String.join(", ", columns) + " per " + itemColumn + "]", out, warnings);
    }

    private static Column column(Column c, PerItem p, String[] keys) {
        if (c instanceof NumericColumn n) {
            double[] v = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                String text = p.values.get(keys[i]);
                v[i] = text == null ? Double.NaN : n.get(p.rowOfValue.get(keys[i] + "\u0000" + text));
            }
            return new NumericColumn(c.name(), c.type(), v);
        }
        List<String> levels = new ArrayList<>();
        Map<String, Integer> codeOf = new HashMap<>();
        int[] codes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String text = p.values.get(keys[i]);
            codes[i] = text == null ? CategoricalColumn.MISSING : codeOf.computeIfAbsent(text, t -> {
                levels.add(t);
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(c.name(), ColumnType.CATEGORICAL, codes, levels);
    }

    /** Per item key: its most common value (text), the row holding it, and how many items have more than one. */
    private record PerItem(Map<String, String> values, Map<String, Integer> rowOfValue, int mixed, String example) { }

    private static PerItem perItem(Dataset t, Column item, Column c) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> rowOfValue = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String key = Keys.of(item, r);
            if (key == null) continue;
            Map<String, Integer> m = counts.computeIfAbsent(key, x -> new LinkedHashMap<>());
            if (c.isMissing(r)) continue;
            String v = c.format(r).strip();
            if (v.isEmpty()) continue;
            m.merge(v, 1, Integer::sum);
            rowOfValue.putIfAbsent(key + "\u0000" + v, r);
        }
        Map<String, String> values = new LinkedHashMap<>();
        int mixed = 0;
        String example = null;
        for (var e : counts.entrySet()) {
            String best = null;
            int bestCount = 0;
            for (var v : e.getValue().entrySet()) {
                if (v.getValue() > bestCount) {
                    best = v.getKey();
                    bestCount = v.getValue();
                }
            }
            values.put(e.getKey(), best);
            if (e.getValue().size() > 1) {
                mixed++;
                if (example == null) example = "'" + e.getKey() + "' has " + String.join(" and ", e.getValue().keySet().stream().limit(3).map(s -> "'" + s + "'").toList());
            }
        }
        return new PerItem(values, rowOfValue, mixed, example);
    }
}
