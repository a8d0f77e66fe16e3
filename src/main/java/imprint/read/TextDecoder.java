package imprint.read;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an input file into text: UTF-8 (with or without BOM) and UTF-16 (with a
 * BOM, or recognised by its alternating NUL bytes). Decoding is strict: a malformed byte stops
 * the conversion instead of silently becoming U+FFFD. Binary files are refused. Line ends are
 * normalised to LF and control characters other than tab and LF are removed.
 */
public final class TextDecoder {
    /** Share of control characters above which a file is taken to be binary. */
    private static final double BINARY_CONTROL_SHARE = 0.10;

    private TextDecoder() {
    }

    /** Decodes and cleans {@code bytes}; removed control characters are not reported. */
    public static String decode(byte[] bytes) throws ImprintException {
        return decodeReporting(bytes, new Diagnostics());
    }

    /**
     * Decodes and cleans {@code bytes}, reporting {@link Code#CONTROL_CHARACTERS_REMOVED} once
     * (with the position of the first one) when control characters were removed.
     *
     * @throws ImprintException {@link Code#INPUT_ENCODING} for malformed text,
     *                          {@link Code#INPUT_BINARY} for binary data
     */
    public static String decodeReporting(byte[] bytes, Diagnostics diagnostics) throws ImprintException {
        String raw = decodeRaw(bytes);
        rejectBinary(raw);
        return clean(raw, diagnostics);
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)(?:<\\?xml[^>]*\\sencoding\\s*=\\s*[\"']|<meta[^>]*charset\\s*=\\s*[\"']?)([A-Za-z0-9._:-]+)");

    /**
     * Like {@link #decodeReporting}, for XML and HTML: without a byte-order mark, the encoding the
     * file declares (an XML declaration's {@code encoding}, an HTML {@code meta charset}) is used,
     * strictly; wire services still send ISO-8859-1 and Windows-1252.
     */
    public static String decodeDeclared(byte[] bytes, Diagnostics diagnostics) throws ImprintException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        if (!bom) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = DECLARED.matcher(head);
            if (m.find()) {
                String name = m.group(1);
                Charset cs;
                try {
                    cs = Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new ImprintException(Code.INPUT_ENCODING, "declares the encoding '" + name
                            + "', which this Java cannot decode");
                }
                if (!cs.equals(StandardCharsets.UTF_8) && !cs.name().startsWith("UTF-16")) {
                    String raw = strict(bytes, 0, cs, cs.name());
                    rejectBinary(raw);
                    return clean(raw, diagnostics);
                }
            }
        }
        return decodeReporting(bytes, diagnostics);
    }

    private static String decodeRaw(byte[] b) throws ImprintException {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        int firstNul = indexOfNul(b);
        if (firstNul < 0) {
            return strict(b, 0, StandardCharsets.UTF_8, "UTF-8");
        }
        Charset utf16 = guessUtf16(b);
        if (utf16 == null) {
            throw new ImprintException(Code.INPUT_BINARY,
                    "binary data, not text (NUL byte at offset " + firstNul + ")");
        }
        return strict(b, 0, utf16, "UTF-16");
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * UTF-16 without a BOM: text in Latin scripts has a NUL in every other byte. Demands that
     * most pairs carry their NUL on the same side and almost none on the other.
     */
    private static Charset guessUtf16(byte[] b) {
        if (b.length % 2 != 0) {
            return null;
        }
        int pairs = b.length / 2;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) throws ImprintException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) b.length + 16));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new ImprintException(Code.INPUT_ENCODING, String.format(
                    "not valid %s (byte 0x%02X at offset %d)", name, b[Math.min(at, b.length - 1)] & 0xFF, at));
        }
        out.flip();
        return out.toString();
    }

    /** Refuses text in which control characters are frequent: a binary file that happened to decode. */
    private static void rejectBinary(String s) throws ImprintException {
        int controls = 0;
        int firstAt = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRemovable(c) && c != 0x0C && c != 0x1A) {
                controls++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if (controls > 0 && controls >= s.length() * BINARY_CONTROL_SHARE) {
            throw new ImprintException(Code.INPUT_BINARY, "binary data, not text (" + controls
                    + " control characters, the first at character " + firstAt + ")");
        }
    }

    /** C0 controls except tab, LF and CR; DEL; C1 controls. */
    private static boolean isRemovable(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static String clean(String s, Diagnostics diagnostics) {
        StringBuilder sb = new StringBuilder(s.length());
        int removed = 0;
        int line = 1;
        int column = 1;
        int firstLine = 0;
        int firstColumn = 0;
        int start = !s.isEmpty() && s.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else if (c == '\n') {
                sb.append('\n');
                line++;
                column = 1;
            } else if (isRemovable(c)) {
                if (removed++ == 0) {
                    firstLine = line;
                    firstColumn = column;
                }
            } else {
                sb.append(c);
                column++;
            }
        }
        if (removed > 0) {
            diagnostics.warn(Code.CONTROL_CHARACTERS_REMOVED,
                    removed + " control character" + (removed == 1 ? "" : "s") + " removed", firstLine, firstColumn);
        }
        return sb.toString();
    }
}
