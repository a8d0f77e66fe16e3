package imprint.render.docx;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into runs Word needs apart: right-to-left text ({@code w:rtl}) and text of a
 * script with its own font slot, named after the bundled Noto face of that script (complex
 * scripts in {@code w:cs}, Chinese, Japanese and Korean in {@code w:eastAsia}). Spaces,
 * punctuation and digits stay in the run they follow.
 */
final class ScriptRuns {
    /** A run of text: whether it is right to left, and the font of its script slot (or null). */
    record Segment(String text, boolean rtl, String font, boolean eastAsian) {
    }

    private ScriptRuns() {
    }

    /** Whether the text is all Latin, Greek, Cyrillic and common punctuation: one plain run. */
    static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x0590) {
                return false;
            }
        }
        return true;
    }

    static List<Segment> split(String s) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        Segment cur = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Segment kind = kind(cp);
            if (kind != null && cur != null && (kind.rtl() != cur.rtl() || !java.util.Objects.equals(kind.font(), cur.font()))) {
                out.add(new Segment(s.substring(start, i), cur.rtl(), cur.font(), cur.eastAsian()));
                start = i;
            }
            if (kind != null) {
                cur = kind;
            }
            i += Character.charCount(cp);
        }
        if (start < s.length()) {
            Segment k = cur == null ? new Segment("", false, null, false) : cur;
            out.add(new Segment(s.substring(start), k.rtl(), k.font(), k.eastAsian()));
        }
        return out;
    }

    /** The kind of run a strong character asks for; null for neutrals (they join the run before). */
    private static Segment kind(int cp) {
        UnicodeScript sc = UnicodeScript.of(cp);
        switch (sc) {
            case ARABIC:
                return new Segment("", true, "Noto Naskh Arabic", false);
            case HEBREW:
                return new Segment("", true, "Noto Sans Hebrew", false);
            case DEVANAGARI:
                return new Segment("", false, "Noto Sans Devanagari", false);
            case BENGALI:
                return new Segment("", false, "Noto Sans Bengali", false);
            case TAMIL:
                return new Segment("", false, "Noto Sans Tamil", false);
            case THAI:
                return new Segment("", false, "Noto Sans Thai", false);
            case HAN:
            case BOPOMOFO:
                return new Segment("", false, "Noto Sans SC", true);
            case HIRAGANA:
            case KATAKANA:
                return new Segment("", false, "Noto Sans JP", true);
            case HANGUL:
                return new Segment("", false, "Noto Sans KR", true);
            case COMMON:
            case INHERITED:
                return null;
            default:
                return Character.isLetter(cp) ? new Segment("", false, null, false) : null;
        }
    }

    /** Chinese, Japanese, Korean: the East Asian language slot. */
    static boolean eastAsianLanguage(String lang) {
        String p = primary(lang);
        return p.equals("zh") || p.equals("ja") || p.equals("ko");
    }

    /** Languages Word sets in the complex-script slot (w:bidi), beside the right-to-left ones. */
    static boolean complexLanguage(String lang) {
        return switch (primary(lang)) {
            case "hi", "bn", "ta", "th", "mr", "ne", "te", "kn", "ml", "gu", "pa", "si", "lo", "km", "my" -> true;
            default -> false;
        };
    }

    private static String primary(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash < 0 ? l : l.substring(0, dash);
    }
}
