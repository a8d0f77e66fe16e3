package imprint.transform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, character by character, what each straight quote becomes, from its neighbours
 * and from which quotes are open. Works on the text of a whole inline sequence; characters
 * owned by code or images ({@code owner} -1) are context only and never changed.
 */
final class Quotes {
    private static final String OPENERS = "([{<\u2018\u201C\u00AB\u201E\u201A\u2039-\u2013\u2014/";
    private static final Set<String> ELISIONS = Set.of("tis", "twas", "em", "n", "cause", "til", "round", "bout");
    private static final String NNBSP = QuoteStyle.NNBSP;

    private final String s;
    private final List<Integer> owner;
    private final QuoteStyle style;
    private final String[] out;
    private final boolean[] opened;
    private boolean doubleOpen;
    private boolean singleOpen;

    Quotes(String s, List<Integer> owner, QuoteStyle style) {
        this.s = s;
        this.owner = owner;
        this.style = style;
        this.out = new String[s.length()];
        this.opened = new boolean[s.length()];
    }

    /** The replacement for every character (possibly empty or longer than one). */
    String[] run() {
        for (int i = 0; i < s.length(); i++) {
            out[i] = String.valueOf(s.charAt(i));
        }
        for (int i = 0; i < s.length(); i++) {
            if (owner.get(i) < 0) {
                continue;
            }
            char c = s.charAt(i);
            if (c == '"') {
                doubleQuote(i);
            } else if (c == '\'') {
                singleQuote(i);
            } else if (style.frenchSpacing) {
                frenchSpacing(i, c);
            }
        }
        return out;
    }

    private void doubleQuote(int i) {
        boolean open = openingContext(i) && !(doubleOpen && closingFollows(i));
        if (open) {
            out[i] = style.openDouble;
            opened[i] = true;
            doubleOpen = true;
            if (style.frenchSpacing) {
                spaceAfter(i);
            }
        } else {
            out[i] = style.closeDouble;
            doubleOpen = false;
            if (style.frenchSpacing) {
                spaceBefore(i);
            }
        }
    }

    private void singleQuote(int i) {
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (isWord(prev) && Character.isLetter(next)) {
            out[i] = "\u2019"; // it's, l'été
        } else if (openingContext(i)) {
            if (Character.isDigit(next) || elision(i + 1)) {
                out[i] = "\u2019"; // '90s, 'tis
            } else {
                out[i] = style.openSingle;
                opened[i] = true;
                singleOpen = true;
                if (style.frenchSpacing) {
                    spaceAfter(i);
                }
            }
        } else if (singleOpen) {
            out[i] = style.closeSingle;
            singleOpen = false;
            if (style.frenchSpacing) {
                spaceBefore(i);
            }
        } else {
            out[i] = "\u2019"; // the dogs' bones
        }
    }

    /** « and » already typed, and the high punctuation that French spaces off. */
    private void frenchSpacing(int i, char c) {
        if (c == '\u00AB' || c == '\u2039') {
            spaceAfter(i);
        } else if (c == '\u00BB' || c == '\u203A') {
            spaceBefore(i);
        } else if ((c == ';' || c == ':' || c == '!' || c == '?') && i > 0 && closingFollows(i)) {
            char prev = s.charAt(i - 1);
            if (";:!?".indexOf(prev) < 0 && prev != '\u202F') {
                spaceBefore(i);
            }
        }
    }

    /** Puts a narrow no-break space after position i, replacing one ordinary space there. */
    private void spaceAfter(int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\u202F') {
            return;
        }
        if (i + 1 < s.length() && isSpace(s.charAt(i + 1)) && owner.get(i + 1) >= 0) {
            out[i + 1] = "";
        }
        out[i] = out[i] + NNBSP;
    }

    /** Puts a narrow no-break space before position i, replacing one ordinary space there. */
    private void spaceBefore(int i) {
        if (i == 0 || s.charAt(i - 1) == '\u202F') {
            return;
        }
        if (isSpace(s.charAt(i - 1))) {
            if (owner.get(i - 1) < 0) {
                return; // a line break: leave the line end alone
            }
            out[i - 1] = "";
        }
        out[i] = NNBSP + out[i];
    }

    /** Start of text, after a space, an opening bracket, a dash or an opening quote. */
    private boolean openingContext(int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        return isSpace(prev) || OPENERS.indexOf(prev) >= 0 || opened[i - 1];
    }

    /** Followed by the end, a space, or punctuation that closes: the position of a closing mark. */
    private boolean closingFollows(int i) {
        if (i + 1 >= s.length()) {
            return true;
        }
        char next = s.charAt(i + 1);
        return isSpace(next) || ".,;:!?)]}\u2019\u201D\u00BB\u2026\u2014\u2013\"'".indexOf(next) >= 0;
    }

    private boolean elision(int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end > from && ELISIONS.contains(s.substring(from, end).toLowerCase(Locale.ROOT))
                && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\uFFFC';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
