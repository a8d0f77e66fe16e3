package imprint.render.pdf.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liang's hyphenation algorithm (as in TeX) over the pattern files that come with the build
 * ({@code /imprint/hyphen/hyph_*.dic}, the libhyphen format used by LibreOffice: a charset line,
 * optional LEFTHYPHENMIN/RIGHTHYPHENMIN, then TeX patterns). Patterns are parsed once per
 * process and language; instances are immutable and thread-safe.
 */
public final class Hyphenator {
    /** Never hyphenates. */
    public static final Hyphenator NONE = new Hyphenator(Map.of(), 0, 2, 3);

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("en", "hyph_en_US"), Map.entry("en-us", "hyph_en_US"), Map.entry("en-gb", "hyph_en_GB"),
            Map.entry("en-au", "hyph_en_GB"), Map.entry("en-nz", "hyph_en_GB"), Map.entry("fr", "hyph_fr"),
            Map.entry("de", "hyph_de_DE"), Map.entry("es", "hyph_es_ES"), Map.entry("it", "hyph_it_IT"),
            Map.entry("pt", "hyph_pt_PT"), Map.entry("nl", "hyph_nl_NL"), Map.entry("pl", "hyph_pl_PL"),
            Map.entry("ru", "hyph_ru_RU"));
    private static final Map<String, Hyphenator> CACHE = new ConcurrentHashMap<>();

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

    /** The hyphenator for a BCP 47 tag ({@code en}, {@code en-GB}, {@code fr-CA}); NONE when unknown. */
    public static Hyphenator forLanguage(String tag) {
        String t = tag.toLowerCase(Locale.ROOT).replace('_', '-');
        String file = FILES.get(t);
        if (file == null && t.contains("-")) {
            file = FILES.get(t.substring(0, t.indexOf('-')));
        }
        if (file == null) {
            return NONE;
        }
        return CACHE.computeIfAbsent(file, Hyphenator::load);
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

    private static Hyphenator load(String file) {
        String path = "/imprint/hyphen/" + file + ".dic";
        try (InputStream in = Hyphenator.class.getResourceAsStream(path)) {
            if (in == null) {
                return NONE;
            }
            byte[] bytes = in.readAllBytes();
            int nl = 0;
            while (nl < bytes.length && bytes[nl] != '\n') {
                nl++;
            }
            Charset cs = charset(new String(bytes, 0, nl, java.nio.charset.StandardCharsets.US_ASCII).strip());
            Map<String, byte[]> map = new HashMap<>();
            int left = 2;
            int right = 2;
            int max = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new java.io.ByteArrayInputStream(bytes, nl + 1, bytes.length - nl - 1), cs))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("%") || line.startsWith("#") || line.contains("/")) {
                        continue;
                    }
                    if (line.startsWith("LEFTHYPHENMIN")) {
                        left = Integer.parseInt(line.substring(13).strip());
                        continue;
                    }
                    if (line.startsWith("RIGHTHYPHENMIN")) {
                        right = Integer.parseInt(line.substring(14).strip());
                        continue;
                    }
                    if (Character.isUpperCase(line.charAt(0)) && line.chars().allMatch(c -> c == '_' || Character.isUpperCase(c) || Character.isDigit(c) || c == ' ')) {
                        continue; // other directives (NEXTLEVEL, COMPOUNDLEFTHYPHENMIN ...)
                    }
                    StringBuilder letters = new StringBuilder();
                    byte[] vals = new byte[line.length() + 1];
                    for (int i = 0; i < line.length(); i++) {
                        char c = line.charAt(i);
                        if (c >= '0' && c <= '9') {
                            vals[letters.length()] = (byte) (c - '0');
                        } else {
                            letters.append(Character.toLowerCase(c));
                        }
                    }
                    String key = letters.toString();
                    byte[] v = java.util.Arrays.copyOf(vals, key.length() + 1);
                    byte[] old = map.get(key);
                    if (old != null) {
                        for (int k = 0; k < v.length; k++) {
                            v[k] = (byte) Math.max(v[k], old[k]);
                        }
                    }
                    map.put(key, v);
                    max = Math.max(max, key.length());
                }
            }
            // English books conventionally keep three letters after a break (TeX's \righthyphenmin).
            return new Hyphenator(Map.copyOf(map), max, Math.max(2, left), Math.max(2, right));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
