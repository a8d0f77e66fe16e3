package imprint.render.pdf;

import imprint.render.pdf.layout.Hyphenator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hyphenation patterns that come with the build ({@code /imprint/hyphen/hyph_*.dic}, with
 * their licences beside them), read here so that layout itself reads no files. Each file is
 * parsed once per process.
 */
public final class HyphenationPatterns {
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("en", "hyph_en_US"), Map.entry("en-us", "hyph_en_US"), Map.entry("en-gb", "hyph_en_GB"),
            Map.entry("en-au", "hyph_en_GB"), Map.entry("en-nz", "hyph_en_GB"), Map.entry("fr", "hyph_fr"),
            Map.entry("de", "hyph_de_DE"), Map.entry("es", "hyph_es_ES"), Map.entry("it", "hyph_it_IT"),
            Map.entry("pt", "hyph_pt_PT"), Map.entry("nl", "hyph_nl_NL"), Map.entry("pl", "hyph_pl_PL"),
            Map.entry("ru", "hyph_ru_RU"));
    private static final Map<String, Hyphenator> CACHE = new ConcurrentHashMap<>();

    private HyphenationPatterns() {
    }

    /** The hyphenator for a BCP 47 tag ({@code en}, {@code en-GB}, {@code fr-CA}); {@link Hyphenator#NONE} when unknown. */
    public static Hyphenator forLanguage(String tag) {
        String t = tag.toLowerCase(Locale.ROOT).replace('_', '-');
        String file = FILES.get(t);
        if (file == null && t.contains("-")) {
            file = FILES.get(t.substring(0, t.indexOf('-')));
        }
        if (file == null) {
            return Hyphenator.NONE;
        }
        return CACHE.computeIfAbsent(file, HyphenationPatterns::load);
    }

    private static Hyphenator load(String file) {
        String path = "/imprint/hyphen/" + file + ".dic";
        try (InputStream in = HyphenationPatterns.class.getResourceAsStream(path)) {
            return in == null ? Hyphenator.NONE : Hyphenator.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
