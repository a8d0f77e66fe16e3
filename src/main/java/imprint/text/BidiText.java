package imprint.text;

import com.ibm.icu.text.Bidi;
import java.util.Locale;

/**
 * The Unicode Bidirectional Algorithm (UAX #9) by ICU4J: a paragraph's direction and the
 * levels and visual order of its lines. Callers test {@link #mayNeedBidi} first, so text with
 * no right-to-left character never loads ICU.
 */
public final class BidiText {
    private BidiText() {
    }

    /** Whether any character could make the display order differ from the logical one. */
    public static boolean mayNeedBidi(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0590) {
                continue;
            }
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200F) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                int cp = Character.codePointAt(text, i);
                byte e = Character.getDirectionality(cp);
                if (e == Character.DIRECTIONALITY_RIGHT_TO_LEFT || e == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu, Yiddish ...). */
    public static boolean rtlLanguage(String language) {
        if (language == null || language.isBlank()) {
            return false;
        }
        String l = language.toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = l.contains("-") ? l.substring(0, l.indexOf('-')) : l;
        return switch (primary) {
            case "ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr" -> true;
            default -> l.contains("-arab") || l.contains("-hebr");
        };
    }

    /**
     * A paragraph's direction: the explicit one when given ("rtl"/"ltr"), else its first strong
     * character (rule P2), else the language's direction.
     */
    public static boolean rtlParagraph(String text, String dir, String language) {
        if ("rtl".equalsIgnoreCase(dir)) {
            return true;
        }
        if ("ltr".equalsIgnoreCase(dir)) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return rtlLanguage(language);
    }

    /** The embedding level of each char of a line of a paragraph of the given direction. */
    public static byte[] levels(String line, boolean rtl) {
        Bidi bidi = new Bidi(line, rtl ? Bidi.RTL : Bidi.LTR);
        byte[] levels = new byte[line.length()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = bidi.getLevelAt(i);
        }
        return levels;
    }

    /** Rule L2: the logical indices of runs with these levels, in display order (left to right). */
    public static int[] visualOrder(byte[] runLevels) {
        return Bidi.reorderVisual(runLevels);
    }

    /** The line as ICU displays it (mirroring and shaping aside), for tests and checks. */
    public static String visual(String line, boolean rtl) {
        Bidi bidi = new Bidi(line, rtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
