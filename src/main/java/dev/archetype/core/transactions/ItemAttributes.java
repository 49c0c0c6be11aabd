package dev.archetype.core.transactions;

import dev.archetype.core.data.CategoricalColumn;
import dev.archetype.core.data.Column;
import dev.archetype.core.data.ColumnType;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.data.TextColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item-attributes table (OfferInformation) joined to a pivot's items on a key column ("Offer #").
 * Keys match by their canonical text, so 7, "7", " 7 " and "7.0" are one key; when the two sides name items
 * differently ("Offer 7" against 7) the trailing numbers are matched instead.
 *
 * @param source                 where the table came from
 * @param keyColumn              the key column of the table
 * @param attributes             the usable attribute columns, aligned with the pivot's items
 * @param itemsWithoutAttributes pivot items the table does not describe
 * @param unusedAttributeRows    keys of table rows no transaction mentions
 * @param duplicateKeys          keys the table lists more than once (the first row is used)
 * @param skippedColumns         columns not used, with the reason ("Description: free text")
 * @param notes                  anything else the user should know about the table (items that disagree with themselves)
 */
public record ItemAttributes(String source, String keyColumn, List<ItemAttribute> attributes,
                             List<String> itemsWithoutAttributes, List<String> unusedAttributeRows,
                             List<String> duplicateKeys, List<String> skippedColumns, List<String> notes) {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\s*$");
    private static final Set<String> FLAGS = Set.of("true", "false", "yes", "no", "y", "n", "1", "0");
    /** A text column with more levels than this is free text, not an attribute to roll up. */
    private static final int MAX_LEVELS = 60;

    public ItemAttributes {
        attributes = List.copyOf(attributes);
        itemsWithoutAttributes = List.copyOf(itemsWithoutAttributes);
        unusedAttributeRows = List.copyOf(unusedAttributeRows);
        duplicateKeys = List.copyOf(duplicateKeys);
        skippedColumns = List.copyOf(skippedColumns);
        notes = List.copyOf(notes);
    }

    public ItemAttributes(String source, String keyColumn, List<ItemAttribute> attributes, List<String> itemsWithoutAttributes,
                          List<String> unusedAttributeRows, List<String> duplicateKeys, List<String> skippedColumns) {
        this(source, keyColumn, attributes, itemsWithoutAttributes, unusedAttributeRows, duplicateKeys, skippedColumns, List.of());
    }

    /** The same join with more notes for the user. */
    public ItemAttributes withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new ItemAttributes(source, keyColumn, attributes, itemsWithoutAttributes, unusedAttributeRows, duplicateKeys, skippedColumns, all);
    }

    /**
     * Joins {@code table} to the items of {@code pivot} on {@code keyColumn}.
     *
     * @throws IllegalArgumentException when the key column is missing or no key matches any item
     */
    public static ItemAttributes join(PivotResult pivot, Dataset table, String keyColumn) {
        Column key = table.require(keyColumn);
        Map<String, Integer> rowOfKey = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String k = Keys.of(key, r);
            if (k == null) continue;
            if (rowOfKey.putIfAbsent(k, r) != null && !duplicates.contains(k)) duplicates.add(k);
        }
        int[] rowOfItem = match(pivot.items(), rowOfKey, false);
        int matched = (int) Arrays.stream(rowOfItem).filter(r -> r >= 0).count();
        if (matched < pivot.itemCount()) {
            int[] byNumber = match(pivot.items(), rowOfKey, true);
            if (Arrays.stream(byNumber).filter(r -> r >= 0).count() > matched) rowOfItem = byNumber;
        }
        List<String> missing = new ArrayList<>();
        boolean[] used = new boolean[table.rowCount()];
        for (int i = 0; i < rowOfItem.length; i++) {
            if (rowOfItem[i] < 0) missing.add(pivot.items().get(i));
            else used[rowOfItem[i]] = true;
        }
        if (missing.size() == pivot.itemCount()) {
            throw new IllegalArgumentException("No '" + keyColumn + "' in " + table.source() + " matches an item of '"
                    + pivot.itemColumn() + "' (items look like " + pivot.items().subList(0, Math.min(3, pivot.itemCount()))
                    + ", keys like " + rowOfKey.keySet().stream().limit(3).toList() + ")");
        }
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, Integer> e : rowOfKey.entrySet()) if (!used[e.getValue()]) unused.add(e.getKey());

        List<ItemAttribute> attributes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c == key) continue;
            String why = unusable(c, table.rowCount());
            if (why != null) {
                skipped.add(c.name() + ": " + why);
                continue;
            }
            attributes.add(attribute(c, rowOfItem));
        }
        return new ItemAttributes(table.source(), keyColumn, attributes, missing, unused, duplicates, skipped);
    }

    /** The attribute of that name. */
    public ItemAttribute attribute(String name) {
        for (ItemAttribute a : attributes) if (a.name().equals(name)) return a;
        throw new IllegalArgumentException("No attribute '" + name + "'");
    }

    /** Sentences for the user about what did not match. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Item attributes from " + source + " on '" + keyColumn + "': "
                + String.join(", ", attributes.stream().map(ItemAttribute::name).toList()) + ".");
        if (!itemsWithoutAttributes.isEmpty()) {
            out.add(itemsWithoutAttributes.size() + " items have no attributes: " + sample(itemsWithoutAttributes) + ".");
        }
        if (!unusedAttributeRows.isEmpty()) {
            out.add(unusedAttributeRows.size() + " attribute rows match no transaction: " + sample(unusedAttributeRows) + ".");
        }
        if (!duplicateKeys.isEmpty()) {
            out.add("Keys listed more than once (first row used): " + sample(duplicateKeys) + ".");
        }
        if (!skippedColumns.isEmpty()) out.add("Not rolled up: " + String.join("; ", skippedColumns) + ".");
        out.addAll(notes);
        return out;
    }

    private static String sample(List<String> keys) {
        return keys.size() <= 8 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 8)) + ", …";
    }

    private static int[] match(List<String> items, Map<String, Integer> rowOfKey, boolean byTrailingNumber) {
        Map<String, Integer> index = rowOfKey;
        if (byTrailingNumber) {
            index = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Map.Entry<String, Integer> e : rowOfKey.entrySet()) {
                String num = trailingNumber(e.getKey());
                if (num == null) continue;
                if (seen.merge(num, 1, Integer::sum) == 1) index.put(num, e.getValue());
                else index.remove(num);
            }
        }
        int[] rows = new int[items.size()];
        for (int i = 0; i < rows.length; i++) {
            String k = byTrailingNumber ? trailingNumber(items.get(i)) : items.get(i);
            Integer r = k == null ? null : index.get(k);
            rows[i] = r == null ? -1 : r;
        }
        return rows;
    }

    private static String trailingNumber(String key) {
        Matcher m = TRAILING_NUMBER.matcher(key);
        return m.find() ? Keys.normalize(m.group(1)) : null;
    }

    private static String unusable(Column c, int rows) {
        if (c.type() == ColumnType.IDENTIFIER) return "an identifier";
        if (c instanceof NumericColumn) return c.distinctCount() == 0 ? "empty" : null;
        if (c instanceof CategoricalColumn || c instanceof TextColumn) {
            int d = c.distinctCount();
            if (d == 0) return "empty";
            if (d > MAX_LEVELS || (c instanceof TextColumn && d == rows - c.missingCount() && d >= 4)) return "free text (a different value on every row)";
            return null;
        }
        return "dates are not rolled up";
    }

    private static ItemAttribute attribute(Column c, int[] rowOfItem) {
        int items = rowOfItem.length;
        if (c instanceof NumericColumn num && num.type() != ColumnType.BOOLEAN) {
            double[] values = new double[items];
            for (int i = 0; i < items; i++) values[i] = rowOfItem[i] < 0 ? Double.NaN : num.get(rowOfItem[i]);
            return new ItemAttribute(c.name(), ItemAttribute.Kind.NUMERIC, List.of(), new int[items], values, false);
        }
        List<String> levels = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        int[] level = new int[items];
        for (int i = 0; i < items; i++) {
            String text = rowOfItem[i] < 0 || c.isMissing(rowOfItem[i]) ? null : c.format(rowOfItem[i]).strip();
            // A 0/1 flag reads as yes/no ("Past Peak = yes"), other numbers in their shortest form.
            if (c instanceof NumericColumn num && text != null) {
                text = c.type() == ColumnType.BOOLEAN ? (num.get(rowOfItem[i]) != 0 ? "yes" : "no") : Keys.normalize(text);
            }
            if (text == null || text.isEmpty()) {
                level[i] = -1;
                continue;
            }
            final String t = text;
            level[i] = codes.computeIfAbsent(t, x -> {
                levels.add(t);
                return levels.size() - 1;
            });
        }
        boolean flag = !levels.isEmpty() && levels.stream().allMatch(l -> FLAGS.contains(l.toLowerCase(java.util.Locale.ROOT)));
        return new ItemAttribute(c.name(), ItemAttribute.Kind.CATEGORICAL, levels, level, new double[items], flag);
    }
}
