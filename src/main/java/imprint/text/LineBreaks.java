package imprint.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Line-break opportunities in text written without spaces between words (UAX #14 by ICU's
 * line {@link BreakIterator}): dictionary-based for Thai, Lao, Khmer and Burmese; between
 * characters for Chinese and Japanese, with the kinsoku rules (no line starts with 。、」, none
 * ends with 「). Hangul is left to its spaces, as Korean is set.
 */
public final class LineBreaks {
    /** Marks an opportunity; layout turns it into a zero-width, stretchable break. */
    public static final char MARK = '\u200B';

    private LineBreaks() {
    }

    /** Whether the text has characters of a script set without spaces. */
    public static boolean needsMarks(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (spaceless(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with {@link #MARK} at every opportunity next to a character of such a script. */
    public static String withMarks(String text, String language) {
        if (!needsMarks(text)) {
            return text;
        }
        BreakIterator it = BreakIterator.getLineInstance(language == null || language.isBlank()
                ? ULocale.ROOT : ULocale.forLanguageTag(language));
        it.setText(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out.append(text, last, b);
            if (b < text.length() && b > 0 && !Character.isWhitespace(text.charAt(b - 1))
                    && (spaceless(text.charAt(b - 1)) || spaceless(text.charAt(b)))) {
                out.append(MARK);
            }
            last = b;
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static boolean spaceless(char c) {
        return (c >= 0x0E00 && c <= 0x0EFF) // Thai, Lao
                || (c >= 0x1000 && c <= 0x109F) // Myanmar
                || (c >= 0x1780 && c <= 0x17FF) // Khmer
                || (c >= 0x2E80 && c <= 0x9FFF && !(c >= 0x3130 && c <= 0x318F)) // CJK, kana, punctuation
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
    }
}
