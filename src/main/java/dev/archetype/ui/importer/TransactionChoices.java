package dev.archetype.ui.importer;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.data.NumericColumn;
import dev.archetype.core.io.FileFormat;
import dev.archetype.core.io.ImportOptions;
import dev.archetype.core.io.ImportPreview;
import dev.archetype.core.transactions.Identifiers;
import dev.archetype.core.transactions.PivotValue;
import dev.archetype.core.transactions.RowMix;
import dev.archetype.core.transactions.SheetAttributes;
import dev.archetype.core.transactions.TransactionDetector;
import dev.archetype.core.transactions.TransactionGuess;
import dev.archetype.core.transactions.TransactionRequest;
import dev.archetype.ui.common.BackgroundJob;
import dev.archetype.ui.common.BackgroundRunner;
import dev.archetype.ui.common.JobCallbacks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The import dialog's "Transactions" section: when the previewed table looks like one row per customer × item,
 * offers to pivot it to one row per customer (customer and item columns, what a cell holds) and to join an
 * item-attributes table (another sheet of the workbook or another file, matched on a key column). Detection
 * pre-fills every choice; a later preview of the same table keeps the user's changes. Use on the FX thread.
 */
public final class TransactionChoices {
    /** The attribute choice that joins no table. */
    public static final String NO_ATTRIBUTES = "(none)";
    /** Rows read from an attribute table to list its columns. */
    static final int ATTRIBUTE_PROBE_ROWS = 5;
    /** Sheets looked at for an attribute table with the item column. */
    static final int MAX_SHEETS_PROBED = 12;

    private final Path file;
    private final ImportService service;
    private final BackgroundRunner runner;

    private final ReadOnlyBooleanWrapper detected = new ReadOnlyBooleanWrapper(this, "detected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty pivot = new SimpleBooleanProperty(this, "pivot");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> customerColumn = new SimpleObjectProperty<>(this, "customerColumn");
    private final ObjectProperty<String> itemColumn = new SimpleObjectProperty<>(this, "itemColumn");
    private final ObservableList<PivotValue> valueChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PivotValue> value = new SimpleObjectProperty<>(this, "value", PivotValue.PRESENCE);
    private final ObservableList<String> attributeChoices = FXCollections.observableArrayList(NO_ATTRIBUTES);
    private final ObjectProperty<String> attributes = new SimpleObjectProperty<>(this, "attributes", NO_ATTRIBUTES);
    private final ObservableList<String> attributeColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> attributeKey = new SimpleObjectProperty<>(this, "attributeKey");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObjectProperty<RowMix> mix = new SimpleObjectProperty<>(this, "mix", RowMix.SHARE);
    private final ReadOnlyBooleanWrapper mixApplies = new ReadOnlyBooleanWrapper(this, "mixApplies");
    private final ReadOnlyStringWrapper mixReason = new ReadOnlyStringWrapper(this, "mixReason", "");
    private final ObservableList<String> sameSheetAttributes = FXCollections.observableArrayList();
    private List<String> numericColumns = List.of();
    private Dataset previewed;
    private List<String> sheets = List.of();
    private String guessedFor;
    private boolean attributesChosen;
    private boolean autoPicking;
    private BackgroundJob columnsJob;
    private BackgroundJob sheetsJob;

    TransactionChoices(Path file, ImportService service, BackgroundRunner runner) {
        this.file = file;
        this.service = service;
        this.runner = runner;
        customerColumn.addListener((o, a, b) -> { refreshValueChoices(); validate(); });
        itemColumn.addListener((o, a, b) -> { refreshValueChoices(); validate(); });
        for (var p : List.of(pivot, value, attributeKey)) p.addListener(o -> validate());
        value.addListener(o -> refreshMix());
        mix.addListener(o -> refreshMix());
        refreshMix();
        attributes.addListener((o, a, source) -> {
            if (!autoPicking) attributesChosen = true;
            loadAttributeColumns(source);
            validate();
        });
        validate();
    }

    // ---- state ------------------------------------------------------------------------------------

    /** Whether the previewed table looks like transactions (the section is shown only then). */
    public ReadOnlyBooleanProperty detectedProperty() { return detected.getReadOnlyProperty(); }

    /** "This looks like transactions: Customer Last Name × Offer #", or "" when it does not. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** "Pivot to one row per customer": on by default when transactions are detected. */
    public BooleanProperty pivotProperty() { return pivot; }

    /** The previewed table's columns, for the customer and item pickers. */
    public ObservableList<String> columns() { return columns; }

    public ObjectProperty<String> customerColumnProperty() { return customerColumn; }

    public ObjectProperty<String> itemColumnProperty() { return itemColumn; }

    /** Presence (1 = took it), count, and the sum of each numeric column other than the two keys. */
    public ObservableList<PivotValue> valueChoices() { return valueChoices; }

    public ObjectProperty<PivotValue> valueProperty() { return value; }

    /** {@link #NO_ATTRIBUTES}, the workbook's other sheets, and a file once one was chosen. */
    public ObservableList<String> attributeChoices() { return attributeChoices; }

    /** The attribute table: {@link #NO_ATTRIBUTES}, a sheet name, or a file path. */
    public ObjectProperty<String> attributesProperty() { return attributes; }

    /** The attribute table's columns (read in the background when the table is chosen). */
    public ObservableList<String> attributeColumns() { return attributeColumns; }

    /** The attribute table's column to match items on. */
    public ObjectProperty<String> attributeKeyProperty() { return attributeKey; }

    /** Each cell as the customer's share of their total (the default for counts and sums) or raw. */
    public ObjectProperty<RowMix> mixProperty() { return mix; }

    /** Whether the mix choice matters: a count or a sum (presence cells are 0/1 either way). */
    public ReadOnlyBooleanProperty mixAppliesProperty() { return mixApplies.getReadOnlyProperty(); }

    /** Why cells are read the chosen way, in one sentence; "" for presence. */
    public ReadOnlyStringProperty mixReasonProperty() { return mixReason.getReadOnlyProperty(); }

    /** Columns of the previewed sheet that hold one value per item (Product Category), offered as attributes. */
    public ObservableList<String> sameSheetAttributes() { return sameSheetAttributes; }

    /** Why the pivot cannot run with these choices, or null when it can (or is off). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    // ---- commands ---------------------------------------------------------------------------------

    /** Uses another file (CSV or workbook) as the attribute table. */
    public void chooseAttributeFile(Path attributeFile) {
        String path = attributeFile.toAbsolutePath().toString();
        if (!attributeChoices.contains(path)) attributeChoices.add(path);
        attributes.set(path);
    }

    /** What the import should do with the table: the pivot request, or null to import it as it is. */
    public TransactionRequest request() {
        if (!detected.get() || !pivot.get() || problem.get() != null) return null;
        String source = attributes.get();
        boolean none = source == null || NO_ATTRIBUTES.equals(source);
        boolean sameSheet = !none && sameSheetAttributes.contains(source);
        return new TransactionRequest(customerColumn.get(), itemColumn.get(), value.get(),
                none ? null : source, none || sameSheet ? null : attributeKey.get(),
                value.get() instanceof PivotValue.Presence ? null : mix.get());
    }

    /** Stops background reads still running (the dialog closed). */
    void dispose() {
        if (columnsJob != null) columnsJob.cancel();
        if (sheetsJob != null) sheetsJob.cancel();
    }

    // ---- internals --------------------------------------------------------------------------------

    /** Follows a new preview: detection, column lists, the other sheets. */
    void update(ImportPreview preview) {
        if (preview == null) return;
        Dataset data = preview.dataset();
        TransactionGuess guess = TransactionDetector.detect(data).orElse(null);
        columns.setAll(data.columnNames());
        List<String> numeric = new ArrayList<>();
        // identifiers (Row ID, Order ID) are never offered as amounts
        for (Column c : data.columns()) if (c instanceof NumericColumn && !Identifiers.is(c)) numeric.add(c.name());
        numericColumns = List.copyOf(numeric);
        previewed = data;
        sheets = preview.format() == FileFormat.CSV ? List.of() : List.copyOf(preview.sheets());
        List<String> others = new ArrayList<>();
        others.add(NO_ATTRIBUTES);
        if (preview.format() != FileFormat.CSV) {
            for (String s : preview.sheets()) if (!s.equals(preview.sheet())) others.add(s);
        }
        String chosen = attributes.get();
        List<String> sameSheet = guess == null ? List.of() : SheetAttributes.detect(data, guess.customerColumn(), guess.itemColumn())
                .stream().map(SheetAttributes.Candidate::column).toList();
        sameSheetAttributes.setAll(sameSheet);
        others.addAll(1, sameSheet);
        if (chosen != null && !others.contains(chosen) && !preview.sheets().contains(chosen)
                && attributeChoices.contains(chosen)) others.add(chosen); // a file picked earlier
        autoPicking = true;
        try {
            attributeChoices.setAll(others);
            if (chosen == null || !attributeChoices.contains(chosen)) attributes.set(NO_ATTRIBUTES);
        } finally {
            autoPicking = false;
        }
        detected.set(guess != null);
        message.set(guess == null ? "" : "This looks like transactions: " + guess.customerColumn() + " × " + guess.itemColumn()
                + (guess.alternatives().isEmpty() ? "" : " (other item columns: " + String.join(", ", guess.alternativeNames()) + ")"));
        String key = guess == null ? null : preview.sheet() + "\u0000" + guess.customerColumn() + "\u0000" + guess.itemColumn();
        if (guess != null && !key.equals(guessedFor)) {
            customerColumn.set(guess.customerColumn());
            itemColumn.set(guess.itemColumn());
            value.set(guess.suggestedValue());
            mix.set(RowMix.SHARE); // what a count or sum means by default; presence ignores it
            pivot.set(true);
            if (!attributesChosen && !sameSheet.isEmpty()) {
                autoPicking = true;
                try {
                    attributes.set(sameSheet.get(0));
                } finally {
                    autoPicking = false;
                }
            } else if (!attributesChosen) {
                findAttributeSheet(preview, guess.itemColumn());
            }
        }
        guessedFor = key;
        if (guess == null) pivot.set(false);
        refreshValueChoices();
        validate();
    }

    private void refreshMix() {
        PivotValue v = value.get();
        mixApplies.set(v != null && !(v instanceof PivotValue.Presence));
        mixReason.set(v == null || mix.get() == null ? "" : mix.get().reason(v));
    }

    private void refreshValueChoices() {
        List<PivotValue> choices = new ArrayList<>(List.of(PivotValue.PRESENCE, PivotValue.COUNT));
        for (String n : numericColumns) {
            if (!n.equals(customerColumn.get()) && !n.equals(itemColumn.get())) choices.add(new PivotValue.Sum(n));
        }
        PivotValue current = value.get();
        if (!choices.equals(valueChoices)) valueChoices.setAll(choices);
        if (current == null || !choices.contains(current)) value.set(PivotValue.PRESENCE);
    }

    /** Picks the first other sheet with a column named like the item column as the attribute table. */
    private void findAttributeSheet(ImportPreview preview, String item) {
        if (preview.format() == FileFormat.CSV) return;
        List<String> candidates = attributeChoices.stream().filter(s -> !NO_ATTRIBUTES.equals(s))
                .limit(MAX_SHEETS_PROBED).toList();
        if (candidates.isEmpty()) return;
        if (sheetsJob != null) sheetsJob.cancel();
        sheetsJob = runner.run("Looking for item attributes", (progress, cancel) -> {
            for (String sheet : candidates) {
                cancel.check();
                try {
                    ImportPreview p = service.preview(file, ImportOptions.defaults().withSheet(sheet), ATTRIBUTE_PROBE_ROWS);
                    if (keyIn(p.dataset().columnNames(), item) != null) return sheet;
                } catch (Exception e) {
                    // an unreadable sheet is simply not the attribute table
                }
            }
            return "";
        }, new JobCallbacks<String>(sheet -> {
            if (!sheet.isEmpty() && !attributesChosen && attributeChoices.contains(sheet)) {
                autoPicking = true;
                try {
                    attributes.set(sheet);
                } finally {
                    autoPicking = false;
                }
            }
        }, e -> { }, () -> { }));
    }

    private void loadAttributeColumns(String source) {
        if (columnsJob != null) columnsJob.cancel();
        if (source == null || NO_ATTRIBUTES.equals(source) || sameSheetAttributes.contains(source)) {
            // a column of this sheet is matched on the item column itself: no key to pick
            attributeColumns.clear();
            attributeKey.set(null);
            return;
        }
        boolean sheet = sheets.contains(source);
        Path from = sheet ? file : Path.of(source);
        ImportOptions options = sheet ? ImportOptions.defaults().withSheet(source) : ImportOptions.defaults();
        columnsJob = runner.run("Reading " + ImportCoordinator.name(from), (progress, cancel) ->
                        service.preview(from, options, ATTRIBUTE_PROBE_ROWS).dataset().columnNames(),
                new JobCallbacks<List<String>>(names -> {
                    if (!Objects.equals(source, attributes.get())) return;
                    attributeColumns.setAll(names);
                    String key = keyIn(names, itemColumn.get());
                    attributeKey.set(key != null ? key : names.isEmpty() ? null : names.get(0));
                    validate();
                }, e -> {
                    if (!Objects.equals(source, attributes.get())) return;
                    attributeColumns.clear();
                    attributeKey.set(null);
                    problem.set("Could not read the attribute table: " + ImportMessages.describe(from, e));
                }, () -> { }));
    }

    /** The column named like the item column (exactly, else ignoring case), or null. */
    static String keyIn(List<String> names, String item) {
        if (item == null) return null;
        if (names.contains(item)) return item;
        for (String n : names) if (n.strip().equalsIgnoreCase(item.strip())) return n;
        return null;
    }

    private void validate() {
        String why = null;
        if (detected.get() && pivot.get()) {
            String source = attributes.get();
            boolean joining = source != null && !NO_ATTRIBUTES.equals(source) && !sameSheetAttributes.contains(source);
            if (customerColumn.get() == null || itemColumn.get() == null) why = "Pick the customer and the item columns.";
            else if (customerColumn.get().equals(itemColumn.get())) why = "The customer and item columns must differ.";
            else if (value.get() == null) why = "Pick what a cell holds.";
            else if (joining && attributeKey.get() == null) why = "Pick the attribute table's column to match items on.";
        }
        problem.set(why);
    }
}
