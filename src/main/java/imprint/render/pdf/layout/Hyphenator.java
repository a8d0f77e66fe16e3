package imprint.render.pdf.layout;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liang's hyphenation algorithm (as in TeX) over patterns in the libhyphen format used by
 * LibreOffice (a charset line, optional LEFTHYPHENMIN/RIGHTHYPHENMIN, then TeX patterns). The
 * files are read by the caller (see {@code imprint.render.pdf.HyphenationPatterns}), so layout
 * does no I/O; instances are immutable and thread-safe.
 */
public final class Hyphenator {
    /** Never hyphenates. */
    public static final Hyphenator NONE = new Hyphenator(Map.of(), 0, 2, 3);

    /** Words remembered per language; running text repeats its words, so most lookups hit. */
    private static final int CACHE_LIMIT = 100_000;
    private static final int[] NO_POINTS = new int[0];

    private final Map<String, byte[]> patterns;
    private final Map<String, int[]> words = new ConcurrentHashMap<>();
    private final int maxLength;
    private final int leftMin;
    private final int rightMin;

    private Hyphenator(Map<String, byte[]> patterns, int maxLength, int leftMin, int rightMin) {
        this.patterns = patterns;
        this.maxLength = maxLength;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
    }

    /**
     * Positions {@code i} (1 .. length-1) where a hyphen may go before {@code word.charAt(i)}.
     * Only all-letter words of five letters or more are hyphenated.
     */
    public int[] points(String word) {
        int[] known = words.get(word);
        if (known == null) {
            known = compute(word);
            if (words.size() < CACHE_LIMIT) {
                words.put(word, known);
            }
        }
        return known.length == 0 ? NO_POINTS : known.clone();
    }

    private int[] compute(String word) {
        int n = word.length();
        if (patterns.isEmpty() || n < 5 || n > 60) {
            return NO_POINTS;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return NO_POINTS;
            }
        }
        String w = "." + word.toLowerCase(Locale.ROOT) + ".";
        byte[] values = new byte[w.length() + 1];
        for (int start = 0; start < w.length(); start++) {
            for (int len = 1; len <= maxLength && start + len <= w.length(); len++) {
                byte[] v = patterns.get(w.substring(start, start + len));
                if (v != null) {
                    for (int k = 0; k < v.length; k++) {
                        if (v[k] > values[start + k]) {
                            values[start + k] = v[k];
                        }
                    }
                }
            }
        }
        int[] tmp = new int[n];
        int count = 0;
        // values[j] sits before w.charAt(j); w has the leading dot, so word index i is j - 1.
        for (int i = Math.max(1, leftMin); i <= n - Math.max(1, rightMin); i++) {
            if ((values[i + 1] & 1) == 1) {
                tmp[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(tmp, count);
    }

    /*
     * A plain loop over the bytes: the patterns are parsed at the start of every PDF, and going
     * through a Reader, per-line strings and a stream per line took 90 ms for English, a sixth
     * of a one-article PDF. Digits are the values between letters; everything else on a
     * pattern line is a letter in the file's charset.
     */
    /** Patterns from the bytes of a libhyphen {@code .dic} file, which the caller has read. */
    public static Hyphenator parse(byte[] bytes) {
        int nl = lineEnd(bytes, 0);
        Charset cs = charset(new String(bytes, 0, nl, java.nio.charset.StandardCharsets.US_ASCII).strip());
        Map<String, byte[]> map = new HashMap<>(bytes.length / 5);
        int left = 2;
        int right = 2;
        int max = 0;
        byte[] letters = new byte[256];
        byte[] vals = new byte[257];
        int i = nl + 1;
        while (i < bytes.length) {
            while (i < bytes.length && bytes[i] >= 0 && bytes[i] <= ' ') {
                i++;
            }
            if (i == bytes.length) {
                break;
            }
            byte first = bytes[i];
            if (first == '%' || first == '#' || first >= 'A' && first <= 'Z') {
                int end = lineEnd(bytes, i);
                String line = new String(bytes, i, end - i, cs).strip();
                i = end + 1;
                if (line.startsWith("LEFTHYPHENMIN")) {
                    left = Integer.parseInt(line.substring(13).strip());
                    continue;
                }
                if (line.startsWith("RIGHTHYPHENMIN")) {
                    right = Integer.parseInt(line.substring(14).strip());
                    continue;
                }
                if (first != '%' && first != '#' && !line.contains("/") && !isDirective(line)) {
                    byte[] pattern = line.getBytes(cs);
                    max = Math.max(max, put(map, pattern, 0, pattern.length, cs, letters, vals));
                }
                continue; // comments and other directives (NEXTLEVEL, COMPOUNDLEFTHYPHENMIN ...)
            }
            int end = lineEnd(bytes, i);
            max = Math.max(max, put(map, bytes, i, end, cs, letters, vals));
            i = end + 1;
        }
        return new Hyphenator(java.util.Collections.unmodifiableMap(map), max, Math.max(2, left), Math.max(2, right));
    }

    /** Adds the pattern in {@code bytes[from, to)}; returns its length in letters (0 if skipped). */
    private static int put(Map<String, byte[]> map, byte[] bytes, int from, int to, Charset cs, byte[] letters,
                           byte[] vals) {
        int n = 0;
        vals[0] = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                vals[n] = (byte) (b - '0'); // the value before the next letter
            } else if (b == '/' || n == letters.length) {
                return 0; // non-standard (replacement) patterns are not supported
            } else if (b < 0 || b > ' ') {
                letters[n++] = b;
                vals[n] = 0;
            }
        }
        if (n == 0) {
            return 0;
        }
        String key = lowerCase(new String(letters, 0, n, cs));
        byte[] v = n == key.length() ? java.util.Arrays.copyOf(vals, n + 1) : charValues(letters, n, vals, key.length());
        if (v == null) {
            return 0;
        }
        byte[] old = map.put(key, v);
        if (old != null) {
            for (int k = 0; k < v.length; k++) {
                v[k] = (byte) Math.max(v[k], old[k]);
            }
        }
        return key.length();
    }

    /** Values per character where some letters take more than one byte (UTF-8); null if they do not add up. */
    private static byte[] charValues(byte[] letters, int n, byte[] byteVals, int chars) {
        byte[] out = new byte[chars + 1];
        int c = 0;
        for (int b = 0; b < n; b++) {
            if ((letters[b] & 0xC0) != 0x80) {
                if (c == chars) {
                    return null;
                }
                out[c++] = byteVals[b];
            }
        }
        out[c] = byteVals[n];
        return c == chars ? out : null;
    }

    /** A directive line: its first word in capitals (NEXTLEVEL, NOHYPHEN, COMPOUNDLEFTHYPHENMIN ...). */
    private static boolean isDirective(String line) {
        for (int i = 0; i < line.length() && line.charAt(i) != ' '; i++) {
            char b = line.charAt(i);
            if (!(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase(s.charAt(i)) != s.charAt(i)) {
                char[] c = s.toCharArray();
                for (int k = i; k < c.length; k++) {
                    c[k] = Character.toLowerCase(c[k]); // per char, so the length cannot change
                }
                return new String(c);
            }
        }
        return s;
    }

    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static Charset charset(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("ISO8859")) {
            n = "ISO-8859" + n.substring(7);
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }
}
