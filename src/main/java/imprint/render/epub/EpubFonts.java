package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Walker;
import imprint.plan.DocumentPlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled faces a book's scripts need, which a reading system may lack: a face is
 * embedded when the book has text in its script and in one of its languages (the book's, a
 * passage's or a span's, as the script guess gives every foreign run one). CJK faces are
 * subset to the characters used (they are 5-10 MB); the faces of scripts that are shaped
 * (Arabic, Hebrew, Indic, Thai) go whole, since a subset without their OpenType layout
 * tables would show unjoined letters. The style sheet gets an {@code @font-face} for each and
 * a {@code :lang()} rule that sets its passages in it.
 */
final class EpubFonts {
    private record Face(String file, String family, boolean subset, Set<UnicodeScript> scripts, String... langs) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoNaskhArabic-Regular", "Noto Naskh Arabic", false, EnumSet.of(UnicodeScript.ARABIC),
                    "ar", "fa", "ur", "ps"),
            new Face("NotoSansHebrew-Regular", "Noto Sans Hebrew", false, EnumSet.of(UnicodeScript.HEBREW), "he", "yi"),
            new Face("NotoSansDevanagari-Regular", "Noto Sans Devanagari", false, EnumSet.of(UnicodeScript.DEVANAGARI),
                    "hi", "mr", "ne", "sa"),
            new Face("NotoSansBengali-Regular", "Noto Sans Bengali", false, EnumSet.of(UnicodeScript.BENGALI), "bn", "as"),
            new Face("NotoSansTamil-Regular", "Noto Sans Tamil", false, EnumSet.of(UnicodeScript.TAMIL), "ta"),
            new Face("NotoSansThai-Regular", "Noto Sans Thai", false, EnumSet.of(UnicodeScript.THAI), "th"),
            new Face("NotoSansSC-Regular", "Noto Sans SC", true, EnumSet.of(UnicodeScript.HAN), "zh"),
            new Face("NotoSansTC-Regular", "Noto Sans TC", true, EnumSet.of(UnicodeScript.HAN), "zh-Hant", "zh-TW", "zh-HK"),
            new Face("NotoSansJP-Regular", "Noto Sans JP", true,
                    EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA), "ja"),
            new Face("NotoSansKR-Regular", "Noto Sans KR", true, EnumSet.of(UnicodeScript.HANGUL, UnicodeScript.HAN), "ko"));

    /** An embedded face: its path in the book and its bytes. */
    record Embedded(String href, byte[] bytes) {
    }

    final List<Embedded> files = new ArrayList<>();
    private final StringBuilder css = new StringBuilder();

    EpubFonts(DocumentPlan plan) {
        Set<String> langs = new TreeSet<>();
        langs.add(plan.language().toLowerCase(Locale.ROOT));
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        Set<Integer> cjk = new TreeSet<>();
        StringBuilder text = new StringBuilder(plan.title());
        Walker.walk(plan.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.Division d && !d.lang().isEmpty()) {
                    langs.add(d.lang().toLowerCase(Locale.ROOT));
                }
            }

            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (in instanceof Inline.Span s && !s.lang().isEmpty()) {
                    langs.add(s.lang().toLowerCase(Locale.ROOT));
                }
            }
        });
        text.codePoints().forEach(cp -> {
            UnicodeScript s = UnicodeScript.of(cp);
            scripts.add(s);
            if (s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                    || s == UnicodeScript.HANGUL || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                cjk.add(cp);
            }
        });
        for (Face f : FACES) {
            if (f.scripts().stream().anyMatch(scripts::contains) && used(f, langs)) {
                byte[] bytes = resource(f.file());
                String href = "fonts/" + f.file() + ".ttf";
                Set<Integer> own = new TreeSet<>();
                for (int cp : cjk) {
                    UnicodeScript s = UnicodeScript.of(cp);
                    if (f.scripts().contains(s == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : s)
                            || f.scripts().contains(s) || s == UnicodeScript.COMMON) {
                        own.add(cp);
                    }
                }
                files.add(new Embedded(href, f.subset() ? subset(bytes, own) : bytes));
                css.append("@font-face { font-family: \"").append(f.family()).append("\"; src: url(\"").append(href)
                        .append("\"); }\n");
                List<String> selectors = new ArrayList<>();
                for (String l : f.langs()) {
                    selectors.add(":lang(" + l + ")");
                }
                css.append(String.join(", ", selectors)).append(" { font-family: \"").append(f.family())
                        .append("\", serif; }\n");
            }
        }
    }

    /** Whether one of the book's languages is one of the face's (by prefix: zh-Hant-TW is zh-Hant's). */
    private static boolean used(Face f, Set<String> langs) {
        for (String want : f.langs()) {
            String w = want.toLowerCase(Locale.ROOT);
            for (String l : langs) {
                if (l.equals(w) || l.startsWith(w + "-")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The style sheet's rules for the embedded faces (empty for none). */
    byte[] css() {
        return css.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = EpubFonts.class.getResourceAsStream("/imprint/fonts/" + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] subset(byte[] font, Set<Integer> codePoints) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter s = new TTFSubsetter(ttf);
            s.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
