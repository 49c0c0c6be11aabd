package dev.archetype.core.io;

import dev.archetype.core.data.Column;
import dev.archetype.core.data.Dataset;
import dev.archetype.core.failure.HeapAdvice;
import dev.archetype.core.task.Cancellation;
import dev.archetype.core.task.CancelledException;
import dev.archetype.core.task.ProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads delimited text into a {@link Dataset}. The file is decoded once, cut into blocks at line breaks that
 * are outside quoted fields, and the blocks are parsed on all cores; per-block columns are merged in file
 * order, so the result does not depend on the number of threads.
 */
final class CsvImporter {
    static final int SAMPLE_BYTES = 256 * 1024;
    private static final int SAMPLE_RECORDS = 200;
    /** Characters per parallel block; package-private so tests can force many blocks on small files. */
    static int blockChars = 4 << 20;
    /**
     * Longest record read: FastCSV's own buffer limit. A file with no line break fails with the line the record starts
     * on instead of reading hundreds of MB first; a quote still open this far on is taken as stray. Package-private
     * so tests can use small files.
     */
    static int maxRecordChars = 16 << 20;
    private static final int RAGGED_LINES_SHOWN = 10;
    /** Blocks without quotes are parsed from their bytes ({@link ByteChunkParser}); tests turn it off to compare. */
    static boolean byteParsing = true;

    /** What was read and what was detected on the way. */
    record Result(Dataset dataset, char delimiter, Charset encoding, int headerRow) { }

    private CsvImporter() { }

    static Result read(Path file, ImportOptions options, ProgressListener progress, Cancellation cancel, int rowLimit)
            throws ImportException {
        long size = sizeOf(file);
        if (size == 0) throw new ImportException(file, "the file is empty");
        byte[] sample = new byte[(int) Math.min(size, SAMPLE_BYTES)];
        int sampleLength = readFully(file, sample);
        // A very wide header (20,000 columns) can be longer than the sample: read on until a few whole lines are in.
        while (sampleLength < size && sample.length < maxRecordChars && lineBreaks(sample, sampleLength) < 3) {
            sample = new byte[(int) Math.min(size, Math.min((long) sample.length * 4, maxRecordChars))];
            sampleLength = readFully(file, sample);
        }
        if (sampleLength < size && lineBreaks(sample, sampleLength) == 0) { // fail now, not after sniffing 16 MB
            throw ImportException.atLine(file, 1, "a single record is larger than " + sizeWords(maxRecordChars)
                    + "; is this a CSV file?");
        }
        CsvSniffer.Encoding enc = CsvSniffer.encoding(sample, sampleLength, options.encoding());
        String sampleText = CsvSniffer.decodeSample(sample, enc.bomLength(), sampleLength, enc.charset());
        if (sampleLength < size) {
            int cut = Math.max(sampleText.lastIndexOf('\n'), sampleText.lastIndexOf('\r'));
            if (cut > 0) sampleText = sampleText.substring(0, cut + 1);
        }
        if (CsvSniffer.looksBinary(sampleText)) {
            throw new ImportException(file, CsvSniffer.binaryReason(sampleText));
        }
        if (sampleText.isBlank()) throw new ImportException(file, "the file is empty (it holds only blank lines)");
        char delimiter = options.delimiter() != null ? options.delimiter() : CsvSniffer.delimiter(sampleText);
        List<String[]> records = CsvSniffer.records(sampleText, delimiter, SAMPLE_RECORDS);
        if (records.isEmpty()) throw new ImportException(file, "no records could be read from the start of the file");
        boolean decimalComma = CsvSniffer.decimalComma(records, delimiter);
        NumberParser numbers = new NumberParser(decimalComma);
        List<HeaderDetector.Cell[]> shapes = new ArrayList<>();
        for (String[] r : records) shapes.add(shape(r, numbers, options));
        HeaderDetector.Layout layout = HeaderDetector.detect(shapes, options.headerRow(), options.hasHeader());
        if (layout.dataStart() > records.size() || layout.headerRow() >= records.size()) {
            throw new ImportException(file, null, layout.headerRow() + 1, null,
                    "the header row is past the end of the first " + records.size() + " records", null);
        }
        List<String> warnings = new ArrayList<>();
        int width;
        String[] rawNames;
        if (layout.headerRowCount() > 0) {
            String[] top = records.get(layout.headerRow());
            String[] below = layout.headerRowCount() == 2 ? records.get(layout.headerRow() + 1) : null;
            width = top.length;
            if (below != null) width = Math.max(width, below.length);
            while (width > 1 && blankAt(top, width - 1) && (below == null || blankAt(below, width - 1))
                    && columnBlankBelow(records, layout.dataStart(), width - 1)) {
                width--;
            }
            rawNames = HeaderDetector.names(top, below, width);
        } else {
            width = modalWidth(records, layout.dataStart());
            rawNames = new String[width];
            for (int c = 0; c < width; c++) rawNames[c] = "Column " + (c + 1);
        }
        List<String> names = HeaderDetector.uniqueNames(rawNames, c -> "Column " + (c + 1), warnings);
        if (layout.headerRow() > 0) {
            warnings.add("Skipped " + layout.headerRow() + " line" + TypeInference.plural(layout.headerRow())
                    + " above the header");
        }
        if (rowLimit == Integer.MAX_VALUE && sampleLength < size) {
            // Before the file is read, not half-way through: a table that cannot fit is refused with what it needs.
            MemoryCheck.check(file, MemoryCheck.rows(size, sample, sampleLength), width, HeapAdvice.maxHeap());
        }
        List<char[]> tokens = new ArrayList<>();
        for (String t : options.missingTokens()) if (!t.isEmpty()) tokens.add(t.toCharArray());
        CsvChunkParser.Settings settings = CsvChunkParser.Settings.of(delimiter, width, decimalComma,
                tokens.toArray(new char[0][]), options.raggedRows());

        List<CsvChunkParser.Result> parts;
        Charset charset = enc.charset();
        try {
            parts = parseBlocks(file, size, enc.bomLength(), charset, layout.dataStart(), rowLimit, settings, progress, cancel);
        } catch (CharacterCodingException ex) {
            if (!enc.guessed() || !charset.equals(StandardCharsets.UTF_8)) {
                throw new ImportException(file, "the text is not valid " + charset.name() + "; choose another encoding", ex);
            }
            warnings.add("The file is not valid UTF-8 throughout; it was read as Windows-1252");
            charset = CsvSniffer.WINDOWS_1252;
            try {
                parts = parseBlocks(file, size, 0, charset, layout.dataStart(), rowLimit, settings, progress, cancel);
            } catch (CharacterCodingException again) {
                throw new ImportException(file, "the text could not be decoded", again);
            }
        }
        int rows = 0;
        int shortRows = 0, longRows = 0, skipped = 0;
        List<Long> shortLines = new ArrayList<>();
        List<Long> longLines = new ArrayList<>();
        List<Long> quoteLines = new ArrayList<>();
        long[] offsets = new long[parts.size()];
        long lineOffset = 0;
        for (int p = 0; p < parts.size(); p++) {
            CsvChunkParser.Result part = parts.get(p);
            offsets[p] = lineOffset;
            rows += part.rows;
            shortRows += part.shortRows;
            longRows += part.longRows;
            skipped += part.skippedRows;
            for (int k = 0; k < part.shortLineCount; k++) shortLines.add(lineOffset + part.shortLines[k]);
            for (int k = 0; k < part.longLineCount; k++) longLines.add(lineOffset + part.longLines[k]);
            for (long l : part.literalQuoteLines) quoteLines.add(lineOffset + l);
            lineOffset += part.lineBreaks;
        }
        if (!quoteLines.isEmpty()) warnings.add(unclosedQuoteWarning(quoteLines));
        // Each block keeps its first few lines; keep the file's first few, so any number of blocks says the same.
        if (shortLines.size() > RAGGED_LINES_SHOWN) shortLines.subList(RAGGED_LINES_SHOWN, shortLines.size()).clear();
        if (longLines.size() > RAGGED_LINES_SHOWN) longLines.subList(RAGGED_LINES_SHOWN, longLines.size()).clear();
        if (shortRows > 0) warnings.add(raggedWarning(shortRows, "fewer", width, shortLines, options.raggedRows()));
        if (longRows > 0) warnings.add(raggedWarning(longRows, "more", width, longLines, options.raggedRows()));
        if (rows == 0) {
            if (skipped > 0) throw new ImportException(file, "every data row has the wrong number of fields (" + skipped + " skipped)");
            throw new ImportException(file, layout.headerRowCount() > 0
                    ? "the file has a header row but no data rows" : "the file has no data rows");
        }
        // Columns are independent: merge the blocks and infer each column's type in parallel; warnings keep column order.
        final int totalRows = rows;
        final List<CsvChunkParser.Result> blocks = parts;
        Column[] columns = new Column[width];
        @SuppressWarnings("unchecked")
        List<String>[] columnWarnings = new List[width];
        try (var t = dev.archetype.core.task.Timings.span("type inference")) {
        java.util.stream.IntStream.range(0, width).parallel().forEach(c -> {
            ColumnBuilder merged = blocks.get(0).columns[c];
            merged.reserve(totalRows);
            for (int p = 1; p < blocks.size(); p++) {
                merged.appendAll(blocks.get(p).columns[c], offsets[p]);
                blocks.get(p).columns[c] = null;
            }
            columnWarnings[c] = new ArrayList<>();
            columns[c] = TypeInference.build(names.get(c), merged, columnWarnings[c], "line");
            blocks.get(0).columns[c] = null;
        });
        }
        for (List<String> w : columnWarnings) warnings.addAll(w);
        progress.progress(0.95, "Typing columns");
        Dataset ds = Importer.finish(file.getFileName().toString(), java.util.Arrays.asList(columns), options, warnings);
        return new Result(ds, delimiter, charset, layout.headerRowCount() > 0 ? layout.headerRow() : -1);
    }

    /**
     * Says where stray quotes (never closed, or closed only after swallowing lines) were read as ordinary
     * characters, so no row vanished without a word.
     */
    static String unclosedQuoteWarning(List<Long> lines) {
        if (lines.size() == 1) {
            return "Line " + lines.get(0) + ": a quote opens a cell but never closes it properly; it was read as an"
                    + " ordinary character, so the lines after it were read as rows instead of joining one cell";
        }
        return "Lines " + Warnings.list(lines, Warnings.SHOWN) + ": quotes open cells but never close them properly;"
                + " they were read as ordinary characters, so the lines after them were read as rows instead of"
                + " joining one cell";
    }

    private static int lineBreaks(byte[] b, int len) {
        int n = 0;
        for (int i = 0; i < len; i++) if (b[i] == '\n' || b[i] == '\r') n++;
        return n;
    }

    private static String raggedWarning(int count, String fewerOrMore, int width, List<Long> lines, RaggedRows policy) {
        StringBuilder sb = new StringBuilder();
        sb.append(count).append(count == 1 ? " row has " : " rows have ").append(fewerOrMore)
                .append(" fields than the header (").append(width).append(") and ")
                .append(count == 1 ? "was " : "were ");
        if (policy == RaggedRows.SKIP) sb.append("skipped");
        else sb.append("fewer".equals(fewerOrMore) ? "padded with missing values" : "cut to the header's width");
        sb.append(": line").append(lines.size() == 1 ? " " : "s ");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(lines.get(i));
        }
        if (count > lines.size()) sb.append(", …");
        return sb.toString();
    }

    private static boolean blankAt(String[] r, int c) {
        return c >= r.length || r[c] == null || r[c].isBlank();
    }

    private static boolean columnBlankBelow(List<String[]> records, int from, int c) {
        for (int i = from; i < records.size(); i++) if (!blankAt(records.get(i), c)) return false;
        return true;
    }

    private static int modalWidth(List<String[]> records, int from) {
        java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
        for (int i = from; i < records.size(); i++) freq.merge(records.get(i).length, 1, Integer::sum);
        int best = 1, count = -1;
        for (var e : freq.entrySet()) {
            if (e.getValue() > count || (e.getValue() == count && e.getKey() > best)) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    private static HeaderDetector.Cell[] shape(String[] record, NumberParser numbers, ImportOptions options) {
        HeaderDetector.Cell[] out = new HeaderDetector.Cell[record.length];
        for (int i = 0; i < record.length; i++) {
            String s = record[i].strip();
            if (s.isEmpty()) out[i] = HeaderDetector.Cell.BLANK;
            else if (options.missingTokens().contains(s.toLowerCase(java.util.Locale.ROOT))) out[i] = HeaderDetector.Cell.TOKEN;
            else if (!Double.isNaN(numbers.parse(s)) || DateParsing.parseOne(s) != null) out[i] = HeaderDetector.Cell.VALUE;
            else out[i] = HeaderDetector.Cell.TEXT;
        }
        return out;
    }

    private static List<CsvChunkParser.Result> parseBlocks(Path file, long size, int bomLength, Charset charset,
            int skipRecords, int rowLimit, CsvChunkParser.Settings settings, ProgressListener progress,
            Cancellation cancel) throws ImportException, CharacterCodingException {
        boolean parallel = rowLimit == Integer.MAX_VALUE && size > blockChars;
        int threads = parallel ? Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8)) : 1;
        ExecutorService pool = parallel ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "archetype-csv");
            t.setDaemon(true);
            return t;
        }) : null;
        Semaphore inFlight = new Semaphore(threads + 1);
        List<Future<CsvChunkParser.Result>> futures = new ArrayList<>();
        List<CsvChunkParser.Result> done = new ArrayList<>();
        CountingStream counter = null;
        try (InputStream in = Files.newInputStream(file)) {
            counter = new CountingStream(in);
            long skipped = counter.skip(bomLength);
            if (skipped != bomLength) throw new ImportException(file, "the file changed while it was being read");
            // ASCII-compatible text is cut into blocks as bytes and decoded by the workers, so the reading thread
            // only reads and looks for line breaks; other encodings (UTF-16) are decoded here.
            boolean byBytes = asciiCompatible(charset) && settings.delimiter() < 128;
            Reader reader = byBytes ? null : new InputStreamReader(counter, decoder(charset));
            int capacity = parallel ? blockChars : Math.max(blockChars, 1 << 16);
            byte[] bytes = byBytes ? new byte[capacity] : null;
            char[] chars = byBytes ? null : new char[capacity];
            int filled = 0;
            boolean eof = false;
            int block = 0;
            int rowsSoFar = 0;
            while (!eof) {
                cancel.check();
                int r;
                int length = byBytes ? bytes.length : chars.length;
                if (byBytes) {
                    while (filled < length && (r = counter.read(bytes, filled, length - filled)) > 0) filled += r;
                } else {
                    while (filled < length && (r = reader.read(chars, filled, length - filled)) > 0) filled += r;
                }
                eof = filled < length;
                int splitEnd = eof ? filled : byBytes ? findSplit(bytes, filled, (byte) settings.delimiter())
                        : findSplit(chars, filled, settings.delimiter());
                if (splitEnd <= 0 && !eof) { // one record longer than a block
                    if (filled < maxRecordChars) {
                        if (byBytes) bytes = java.util.Arrays.copyOf(bytes, length * 2);
                        else chars = java.util.Arrays.copyOf(chars, length * 2);
                        continue;
                    }
                    // A quote still open after 16 MB is taken as stray, as at the end of the file: the block ends
                    // with its line, where the quote is open at the end, so StrayQuotes makes it ordinary.
                    splitEnd = strayQuoteLineEnd(bytes, chars, filled, settings.delimiter());
                    if (splitEnd <= 0) throw recordTooLong(file, linesBefore(done, futures), bytes, chars, filled, settings.delimiter());
                }
                int rest = filled - splitEnd;
                final Block blk;
                if (byBytes) {
                    byte[] next = new byte[length];
                    System.arraycopy(bytes, splitEnd, next, 0, rest);
                    blk = new Block(bytes, null, splitEnd, charset);
                    bytes = next;
                } else {
                    char[] next = new char[length];
                    System.arraycopy(chars, splitEnd, next, 0, rest);
                    blk = new Block(null, chars, splitEnd, charset);
                    chars = next;
                }
                final int skip = block == 0 ? skipRecords : 0;
                if (pool != null) {
                    inFlight.acquire();
                    futures.add(pool.submit(() -> {
                        try {
                            return parseBlock(blk, skip, Integer.MAX_VALUE, settings, cancel);
                        } finally {
                            inFlight.release();
                        }
                    }));
                } else {
                    CsvChunkParser.Result res = parseBlock(blk, skip, rowLimit - rowsSoFar, settings, cancel);
                    done.add(res);
                    rowsSoFar += res.rows;
                    if (rowsSoFar >= rowLimit) break;
                }
                filled = rest;
                block++;
                if (size > 0) progress.progress(Math.min(0.9, 0.9 * counter.count / size), "Reading " + file.getFileName());
            }
            if (rowLimit == Integer.MAX_VALUE && counter.count + 0 < size) {
                throw new ImportException(file, "the file changed while it was being read (it became shorter)");
            }
            for (Future<CsvChunkParser.Result> f : futures) done.add(f.get());
            if (done.isEmpty()) done.add(new CsvChunkParser.Result(settings.width()));
            return done;
        } catch (CharacterCodingException ex) {
            throw ex;
        } catch (NoSuchFileException ex) {
            throw new ImportException(file, "the file no longer exists (it was moved or deleted)", ex);
        } catch (IOException ex) {
            throw new ImportException(file, "the file could not be read: " + ex.getMessage(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof CharacterCodingException cce) throw cce;
            if (cause instanceof CancelledException ce) throw ce;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error er) throw er;
            throw new ImportException(file, "the file could not be parsed: " + cause.getMessage(), cause);
        } finally {
            if (pool != null) {
                for (Future<?> f : futures) f.cancel(true);
                pool.shutdownNow();
                // A failure (running out of memory above all) is reported only once the workers let go of their
                // blocks; each finishes its block in milliseconds.
                try {
                    pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Decodes and parses one block, stray quotes made ordinary first (blocks without quotes skip that pass). */
    private static CsvChunkParser.Result parseBlock(Block blk, int skip, int rowLimit,
            CsvChunkParser.Settings settings, Cancellation cancel) throws IOException {
        if (byteParsing && blk.bytes != null && ByteChunkParser.applies(blk.bytes, blk.length)) {
            return ByteChunkParser.parse(blk.bytes, blk.length, skip, rowLimit, settings, decoder(blk.charset), cancel);
        }
        char[] text = blk.text();
        StrayQuotes.Fixed f = hasQuote(text, blk.textLength) ? StrayQuotes.fix(text, blk.textLength, settings.delimiter()) : null;
        CsvChunkParser.Result r = f == null ? CsvChunkParser.parse(text, blk.textLength, skip, rowLimit, settings, cancel)
                : CsvChunkParser.parse(f.text(), f.length(), skip, rowLimit, settings, cancel);
        if (f != null) r.literalQuoteLines = f.strayLines();
        return r;
    }

    private static boolean hasQuote(char[] text, int length) {
        for (int i = 0; i < length; i++) if (text[i] == '"') return true;
        return false;
    }

    /** Lines before the current buffer: those of every block handed out so far (waits for them). */
    private static long linesBefore(List<CsvChunkParser.Result> done, List<Future<CsvChunkParser.Result>> futures)
            throws InterruptedException, ExecutionException {
        long lines = 0;
        for (CsvChunkParser.Result r : done) lines += r.lineBreaks;
        for (Future<CsvChunkParser.Result> f : futures) lines += f.get().lineBreaks;
        return lines;
    }

    /** Just after the line holding the quote still open at the end of the buffer, or -1 (no quote, or no line break). */
    private static int strayQuoteLineEnd(byte[] bytes, char[] chars, int filled, char delimiter) {
        int quote = bytes != null ? QuoteScan.of(bytes, 0, filled, (byte) delimiter).openQuote()
                : QuoteScan.of(chars, 0, filled, delimiter).openQuote();
        if (quote < 0) return -1;
        int end = bytes != null ? QuoteScan.lineEnd(bytes, quote, filled) : QuoteScan.lineEnd(chars, quote, filled);
        return end < filled ? end : -1;
    }

    private static ImportException recordTooLong(Path file, long linesBefore, byte[] bytes, char[] chars, int filled,
                                                 char delimiter) {
        QuoteScan scan = bytes != null ? QuoteScan.of(bytes, 0, filled, (byte) delimiter) : QuoteScan.of(chars, 0, filled, delimiter);
        String limit = sizeWords(maxRecordChars);
        if (scan.openQuote() >= 0) {
            long line = linesBefore + 1 + (bytes != null ? QuoteScan.lineBreaks(bytes, 0, scan.openQuote())
                    : QuoteScan.lineBreaks(chars, 0, scan.openQuote()));
            return ImportException.atLine(file, line, "a quote opened here is not closed within " + limit
                    + "; check the file's quoting (is a closing quote missing?)");
        }
        return ImportException.atLine(file, linesBefore + 1, "a single record is larger than " + limit + "; is this a CSV file?");
    }

    static String sizeWords(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KB";
        return bytes + " characters";
    }

    /** A block of whole records, still as bytes (decoded by the worker) or already as chars. */
    private static final class Block {
        private final byte[] bytes;
        private char[] chars;
        private final int length;
        private final Charset charset;
        int textLength;

        Block(byte[] bytes, char[] chars, int length, Charset charset) {
            this.bytes = bytes;
            this.chars = chars;
            this.length = length;
            this.charset = charset;
            this.textLength = length;
        }

        char[] text() throws CharacterCodingException {
            if (chars != null) return chars;
            java.nio.CharBuffer cb = decoder(charset).decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
            textLength = cb.remaining();
            if (cb.hasArray() && cb.arrayOffset() == 0 && cb.position() == 0) return cb.array();
            char[] out = new char[textLength];
            cb.get(out);
            return out;
        }
    }

    /** Strict for UTF-8 (so a Windows-1252 file is noticed); lenient for single-byte code pages. */
    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        CodingErrorAction action = charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    /** Whether quotes, delimiters and line breaks are single ASCII bytes that never occur inside other characters. */
    static boolean asciiCompatible(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) return true;
        if (!cs.canEncode() || cs.newEncoder().maxBytesPerChar() != 1f) return false;
        // Every ASCII byte must read as itself: blocks without quotes widen ASCII bytes to chars without decoding
        // (JIS_X0201 reads 0x5C as ¥, IBM864 reads 0x25 as ٪).
        byte[] ascii = new byte[128];
        for (int b = 0; b < 128; b++) ascii[b] = (byte) b;
        String decoded = new String(ascii, cs);
        if (decoded.length() != 128) return false;
        for (int b = 0; b < 128; b++) if (decoded.charAt(b) != b) return false;
        return true;
    }

    /** {@link #findSplit(char[], int, char)} over bytes of an ASCII-compatible encoding. */
    static int findSplit(byte[] buf, int len, byte delimiter) {
        boolean quotes = false;
        for (int i = 0; i < len; i++) {
            if (buf[i] == '"') {
                quotes = true;
                break;
            }
        }
        if (!quotes) {
            for (int i = len - 1; i >= 0; i--) {
                byte c = buf[i];
                if (c == '\n') return i + 1;
                if (c == '\r' && i + 1 < len) return i + 1;
            }
            return -1;
        }
        return QuoteScan.of(buf, 0, len, delimiter).lastSplit();
    }

    /**
     * End of the last complete record in {@code buf}: just after the last line break that is not inside a quoted
     * field, or -1. Quotes are tracked with the parser's rules (see {@link QuoteScan}). Blocks without any quote take
     * a backward scan only.
     */
    static int findSplit(char[] buf, int len, char delimiter) {
        boolean quotes = false;
        for (int i = 0; i < len; i++) {
            if (buf[i] == '"') {
                quotes = true;
                break;
            }
        }
        if (!quotes) {
            for (int i = len - 1; i >= 0; i--) {
                char c = buf[i];
                if (c == '\n') return i + 1;
                if (c == '\r' && i + 1 < len) return i + 1;
            }
            return -1;
        }
        return QuoteScan.of(buf, 0, len, delimiter).lastSplit();
    }

    private static long sizeOf(Path file) throws ImportException {
        try {
            if (Files.isDirectory(file)) throw new ImportException(file, "this is a folder, not a file");
            return Files.size(file);
        } catch (NoSuchFileException ex) {
            throw new ImportException(file, "the file does not exist", ex);
        } catch (IOException ex) {
            throw new ImportException(file, "the file could not be read: " + ex.getMessage(), ex);
        }
    }

    private static int readFully(Path file, byte[] into) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(into, 0, into.length);
        } catch (NoSuchFileException ex) {
            throw new ImportException(file, "the file does not exist", ex);
        } catch (IOException ex) {
            throw new ImportException(file, "the file could not be read: " + ex.getMessage(), ex);
        }
    }

    /** Counts bytes so progress is known and a file that shrinks under us is noticed. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
