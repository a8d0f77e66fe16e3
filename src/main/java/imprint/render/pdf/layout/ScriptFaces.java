package imprint.render.pdf.layout;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * Which bundled script face shows a character the text families lack: by Unicode script, and
 * for Han (and the CJK punctuation around it) by language, since the same code point is drawn
 * differently in Simplified and Traditional Chinese, Japanese and Korean. Pure and cheap: no
 * font is touched here, so a document only loads the faces of the scripts it uses.
 */
public final class ScriptFaces {
    private ScriptFaces() {
    }

    /** The regular face for the script of {@code cp}, or null when no bundled script face is meant for it. */
    public static Face regularFor(int cp, String language) {
        UnicodeScript script;
        try {
            script = UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return null;
        }
        switch (script) {
            case ARABIC:
                return Face.ARABIC;
            case HEBREW:
                return Face.HEBREW;
            case DEVANAGARI:
                return Face.DEVANAGARI;
            case BENGALI:
                return Face.BENGALI;
            case TAMIL:
                return Face.TAMIL;
            case THAI:
                return Face.THAI;
            case HIRAGANA:
            case KATAKANA:
                return Face.CJK_JP;
            case HANGUL:
                return Face.CJK_KR;
            case BOPOMOFO:
                return Face.CJK_TC;
            case HAN:
                return cjkFor(language);
            default:
                break;
        }
        if (emoji(cp)) {
            return Face.EMOJI;
        }
        if (cjkPunctuation(cp)) {
            return cjkFor(language);
        }
        return null;
    }

    /** The CJK face for a language tag: zh-Hant/TW/HK/MO → TC, ja → JP, ko → KR, else SC. */
    public static Face cjkFor(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.startsWith("ja")) {
            return Face.CJK_JP;
        }
        if (l.startsWith("ko")) {
            return Face.CJK_KR;
        }
        if (l.startsWith("zh") && (l.contains("hant") || l.contains("-tw") || l.contains("-hk") || l.contains("-mo"))) {
            return Face.CJK_TC;
        }
        return Face.CJK_SC;
    }

    /** Pictographs and the symbol blocks emoji come from (the monochrome emoji face covers them). */
    static boolean emoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x200D || cp == 0xFE0F || cp == 0x20E3 || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** CJK symbols and punctuation, full-width forms, CJK compatibility: shown by the CJK face. */
    static boolean cjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3200 && cp <= 0x33FF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x31C0 && cp <= 0x31EF);
    }

    /** Whether a character is used by many scripts (Unicode's Common and Inherited), digits excepted. */
    static boolean shared(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        return (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) && !Character.isDigit(cp) && cp != ' ';
    }

    /** Whether a character belongs with the one before it (marks, joiners, variation selectors). */
    public static boolean clings(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
                || cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
