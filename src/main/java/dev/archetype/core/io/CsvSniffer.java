package dev.archetype.core.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Guesses a text table's encoding, delimiter and number style from its first bytes. */
final class CsvSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+");
    private static final Pattern DECIMAL_DOT = Pattern.compile("[-+]?\\d+\\.\\d+");

    private CsvSniffer() { }

    /** @param bomLength bytes to skip at the start of the file */
    record Encoding(Charset charset, int bomLength, boolean guessed) { }

    static Encoding encoding(byte[] sample, int length, Charset forced) {
        int bom = 0;
        Charset bomCharset = null;
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            bom = 3;
            bomCharset = StandardCharsets.UTF_8;
        } else if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            bom = 2;
            bomCharset = StandardCharsets.UTF_16LE;
        } else if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            bom = 2;
            bomCharset = StandardCharsets.UTF_16BE;
        }
        if (forced != null) return new Encoding(forced, forced.equals(bomCharset) ? bom : 0, false);
        if (bomCharset != null) return new Encoding(bomCharset, bom, false);
        // UTF-16 without a BOM: text in the Latin range has every other byte zero.
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i++) {
            if (sample[i] == 0) {
                if ((i & 1) == 0) evenZeros++; else oddZeros++;
            }
        }
        int half = length / 2;
        if (half > 8 && oddZeros > 0.4 * half && evenZeros < 0.05 * half) return new Encoding(StandardCharsets.UTF_16LE, 0, true);
        if (half > 8 && evenZeros > 0.4 * half && oddZeros < 0.05 * half) return new Encoding(StandardCharsets.UTF_16BE, 0, true);
        return new Encoding(validUtf8(sample, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, true);
    }

    /** Whether the bytes are UTF-8, allowing a multi-byte sequence cut off at the end of the sample. */
    private static boolean validUtf8(byte[] b, int length) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = length;
        // Back off over a trailing partial sequence.
        int k = end - 1;
        int back = 0;
        while (k >= 0 && back < 3 && (b[k] & 0xC0) == 0x80) { k--; back++; }
        if (k >= 0 && (b[k] & 0xC0) == 0xC0) end = k;
        try {
            dec.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException ex) {
            return false;
        }
    }

    /**
     * Whether the bytes look like binary data rather than text: NUL bytes or many control characters.
     * UTF-16 text is checked after decoding instead.
     */
    static boolean looksBinary(CharSequence text) {
        int control = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') control++;
        }
        return n > 0 && control > Math.max(2, n / 100);
    }

    /**
     * Why text that {@link #looksBinary} is not a table, in words: text with a few stray NUL characters is named
     * as such (with where the first one is), anything else as binary data.
     */
    static String binaryReason(CharSequence text) {
        int nul = -1;
        int nuls = 0;
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                if (nul < 0) nul = i;
                nuls++;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                control++;
            }
        }
        if (nul >= 0 && nuls + control <= Math.max(2, text.length() / 100)) {
            long line = 1;
            for (int i = 0; i < nul; i++) if (text.charAt(i) == '\n') line++;
            return "line " + line + " holds a NUL character; this is text with binary bytes in it, not a plain text table";
        }
        return "this is not a text table or a workbook (it looks like binary data)";
    }

    static String decodeSample(byte[] sample, int from, int length, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(sample, from, Math.max(0, length - from)));
            return cb.toString();
        } catch (CharacterCodingException ex) {
            return new String(sample, from, Math.max(0, length - from), cs);
        }
    }

    static CsvReader.CsvReaderBuilder reader(char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                .allowExtraCharsAfterClosingQuote(true);
    }

    /** The first {@code max} records of the text (fields untrimmed). */
    static List<String[]> records(String text, char delimiter, int max) {
        text = StrayQuotes.literalized(text, delimiter);
        List<String[]> out = new ArrayList<>();
        // No field limit: FastCSV's default (16,384) would make a wide file look empty; the sample bounds memory.
        try (CsvReader<CsvRecord> r = reader(delimiter).build(CsvRecordHandler.of(b -> b.maxFields(Integer.MAX_VALUE)), text)) {
            for (CsvRecord rec : r) {
                out.add(rec.getFields().toArray(new String[0]));
                if (out.size() >= max) break;
            }
        } catch (java.io.IOException | RuntimeException ex) {
            // A malformed sample is reported later by the real parse, with its line number.
        }
        return out;
    }

    /** The delimiter whose field count is most consistent across the sample (and greater than one). */
    static char delimiter(String sample) {
        char best = ',';
        double bestScore = 0;
        int bestWidth = 1;
        for (char d : DELIMITERS) {
            List<String[]> recs = records(sample, d, 100);
            if (recs.isEmpty()) continue;
            Map<Integer, Integer> freq = new HashMap<>();
            for (String[] r : recs) freq.merge(r.length, 1, Integer::sum);
            int mode = 1;
            int count = 0;
            for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
                if (e.getValue() > count || (e.getValue().equals(count) && e.getKey() > mode)) {
                    mode = e.getKey();
                    count = e.getValue();
                }
            }
            if (mode <= 1) continue;
            double score = (double) count / recs.size();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && mode > bestWidth)) {
                best = d;
                bestScore = score;
                bestWidth = mode;
            }
        }
        return best;
    }

    /** Whether numbers in the sample are written with a decimal comma ("1,5"); only possible when ',' is not the delimiter. */
    static boolean decimalComma(List<String[]> records, char delimiter) {
        if (delimiter == ',') return false;
        int comma = 0;
        int dot = 0;
        for (String[] r : records) {
            for (String f : r) {
                String s = f.strip();
                if (s.isEmpty() || s.length() > 40) continue;
                if (DECIMAL_COMMA.matcher(s).matches()) comma++;
                else if (DECIMAL_DOT.matcher(s).matches()) dot++;
            }
        }
        return comma > dot;
    }
}
