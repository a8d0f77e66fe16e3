package imprint.transform;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses the language of a run of text in a script the passage's language is not written in
 * (an Arabic word in English text, a Greek quotation in a French book) and wraps it in a
 * {@link Inline.Span} with that language, and {@code rtl} for a right-to-left script, so that
 * every format marks it and smart typography and hyphenation follow it. The guess is by
 * script only: Arabic script is Arabic, Hebrew Hebrew, Devanagari Hindi, Bengali Bengali, Tamil
 * Tamil, Thai Thai, Hangul Korean, kana Japanese, Han Chinese (Japanese in a Japanese passage),
 * Greek Greek and Cyrillic Russian. Text in spans and divisions with a language is left alone.
 */
public final class ScriptLanguages {
    private ScriptLanguages() {
    }

    public static Document apply(Document doc) {
        String lang = doc.metadata().languageOrDefault();
        return new Rewriter() {
            private String current = lang;

            @Override
            List<Inline> inlines(List<Inline> content) {
                return guess(content, current, 0);
            }

            @Override
            Object enterDivision(Block.Division d) {
                String saved = current;
                if (!d.lang().isEmpty()) {
                    current = d.lang();
                }
                return saved;
            }

            @Override
            void leaveDivision(Object saved) {
                current = (String) saved;
            }
        }.apply(doc);
    }

    static List<Inline> guess(List<Inline> content, String lang, int depth) {
        if (depth >= InlineTree.MAX_DEPTH) {
            return content;
        }
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                split(t.text(), lang, out);
            } else if (in instanceof Inline.Span s) {
                out.add(s.lang().isEmpty() ? new Inline.Span(s.lang(), s.dir(), guess(s.content(), lang, depth + 1)) : s);
            } else if (in instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(guess(e.content(), lang, depth + 1)));
            } else if (in instanceof Inline.Strong s) {
                out.add(new Inline.Strong(guess(s.content(), lang, depth + 1)));
            } else if (in instanceof Inline.Strikethrough s) {
                out.add(new Inline.Strikethrough(guess(s.content(), lang, depth + 1)));
            } else {
                // Links too are left as they are: a link's text is the link element's own in the PDF.
                out.add(in);
            }
        }
        return out;
    }

    /** Splits text into runs of native and foreign script; foreign runs become spans. */
    private static void split(String s, String lang, List<Inline> out) {
        Set<UnicodeScript> native_ = scripts(lang);
        int plainFrom = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            UnicodeScript sc = family(UnicodeScript.of(cp));
            if (sc == null || native_.contains(sc) || language(sc, lang) == null) {
                i += Character.charCount(cp);
                continue;
            }
            // A foreign run: through the last character of the same script, neutrals between included.
            int end = i + Character.charCount(cp);
            int j = end;
            while (j < s.length()) {
                int c = s.codePointAt(j);
                UnicodeScript f = family(UnicodeScript.of(c));
                if (f == sc) {
                    end = j + Character.charCount(c);
                } else if (f != null) {
                    break;
                }
                j += Character.charCount(c);
            }
            // Punctuation of the script's own (a danda, an ideographic full stop) stays with it;
            // ASCII punctuation after the run belongs to the surrounding sentence.
            while (end < s.length() && s.codePointAt(end) >= 0x80 && !Character.isWhitespace(s.codePointAt(end))
                    && family(UnicodeScript.of(s.codePointAt(end))) == null && !Character.isSpaceChar(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            if (i > plainFrom) {
                out.add(new Inline.Text(s.substring(plainFrom, i)));
            }
            String l = language(sc, lang);
            boolean rtl = sc == UnicodeScript.ARABIC || sc == UnicodeScript.HEBREW;
            out.add(new Inline.Span(l, rtl ? "rtl" : "", List.of(new Inline.Text(s.substring(i, end)))));
            plainFrom = end;
            i = end;
        }
        if (plainFrom < s.length()) {
            out.add(new Inline.Text(plainFrom == 0 ? s : s.substring(plainFrom)));
        }
    }

    /** A script with the ones it is written with folded in (kana with Han for Japanese); null for neutral ones. */
    private static UnicodeScript family(UnicodeScript s) {
        return switch (s) {
            case COMMON, INHERITED, UNKNOWN -> null;
            case KATAKANA -> UnicodeScript.HIRAGANA;
            default -> s;
        };
    }

    private static String language(UnicodeScript s, String lang) {
        return switch (s) {
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case THAI -> "th";
            case HANGUL -> "ko";
            case HIRAGANA -> "ja";
            case HAN -> primary(lang).equals("ja") ? "ja" : "zh";
            case GREEK -> "el";
            case CYRILLIC -> "ru";
            default -> null;
        };
    }

    /** The scripts a language is written in (Latin for the ones not listed). */
    static Set<UnicodeScript> scripts(String lang) {
        return switch (primary(lang)) {
            case "ar", "fa", "ur", "ps", "ckb", "sd", "ug" -> EnumSet.of(UnicodeScript.ARABIC);
            case "he", "yi", "lad" -> EnumSet.of(UnicodeScript.HEBREW);
            case "hi", "mr", "ne", "sa", "mai", "bho" -> EnumSet.of(UnicodeScript.DEVANAGARI);
            case "bn", "as" -> EnumSet.of(UnicodeScript.BENGALI);
            case "ta" -> EnumSet.of(UnicodeScript.TAMIL);
            case "th" -> EnumSet.of(UnicodeScript.THAI);
            case "ko" -> EnumSet.of(UnicodeScript.HANGUL, UnicodeScript.HAN);
            case "ja" -> EnumSet.of(UnicodeScript.HIRAGANA, UnicodeScript.HAN);
            case "zh", "yue", "wuu" -> EnumSet.of(UnicodeScript.HAN);
            case "el", "grc" -> EnumSet.of(UnicodeScript.GREEK);
            case "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn" -> EnumSet.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN);
            default -> EnumSet.of(UnicodeScript.LATIN);
        };
    }

    private static String primary(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash < 0 ? l : l.substring(0, dash);
    }
}
