package imprint.read;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM) and UTF-16 with a BOM, or
 * UTF-16 without one when its zero bytes give it away. Anything else is refused, because a
 * guessed encoding silently corrupts every non-ASCII character. Line ends become LF and
 * control characters other than tab and LF are removed.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decodes strictly; control characters are removed without a report. */
    public static String decode(byte[] bytes) throws ImprintException {
        return decodeReporting(bytes, new Diagnostics());
    }

    /** Decodes strictly and reports removed control characters once. */
    public static String decodeReporting(byte[] bytes, Diagnostics diagnostics) throws ImprintException {
        String text = normalize(decodeRaw(bytes));
        StringBuilder sb = new StringBuilder(text.length());
        int removed = 0;
        int firstLine = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0)
                    || c == '\uFFFE' || c == '\uFFFF';
            boolean loneSurrogate = Character.isSurrogate(c) && !validPair(text, i);
            if (control || loneSurrogate) {
                if (removed++ == 0) {
                    firstLine = line;
                }
                continue;
            }
            sb.append(c);
        }
        if (removed > 0) {
            diagnostics.warn(Code.CONTROL_CHARACTERS_REMOVED,
                    removed + " control character" + (removed == 1 ? "" : "s") + " removed", firstLine, 0);
        }
        return sb.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String decodeRaw(byte[] b) throws ImprintException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(StandardCharsets.UTF_8, b, 3, "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, b, 2, "UTF-16");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, b, 2, "UTF-16");
        }
        Charset bomless = utf16WithoutBom(b);
        if (bomless != null) {
            return strict(bomless, b, 0, "UTF-16");
        }
        if (looksBinary(b)) {
            throw new ImprintException(Code.INPUT_BINARY, "is a binary file, not text");
        }
        return strict(StandardCharsets.UTF_8, b, 0, "UTF-8");
    }

    /** UTF-16 text without a BOM has a zero byte in every other position for Latin text. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length & ~1, 4096);
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.7 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.7 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Binary files are full of NUL and control bytes; a text file with a stray one is still
     * text (the stray ones are removed with a warning).
     */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int zeros = 0;
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                zeros++;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return n > 0 && (zeros * 20 > n && zeros > 2 || zeros + controls > Math.max(8, n / 10));
    }

    private static String strict(Charset cs, byte[] b, int offset, String name) throws ImprintException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            String what = at < b.length ? String.format("byte 0x%02X at offset %d", b[at] & 0xff, at) : "truncated at the end";
            throw new ImprintException(Code.INPUT_ENCODING, "not valid " + name + " (" + what
                    + "); save the file as UTF-8");
        } catch (CharacterCodingException e) {
            throw new ImprintException(Code.INPUT_ENCODING, "not valid " + name + "; save the file as UTF-8");
        }
    }

    /** CRLF and lone CR become LF; a BOM left inside the text is dropped. */
    private static String normalize(String s) {
        String t = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        return t.replace("\uFEFF", "");
    }
}
