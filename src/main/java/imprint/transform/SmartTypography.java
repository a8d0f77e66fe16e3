package imprint.transform;

import imprint.model.Document;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typographer's quotes, dashes and ellipses, as a model transform shared by every reader and
 * renderer: straight quotes become curly quotes or apostrophes, {@code --} and {@code ---}
 * en and em dashes, {@code ...} an ellipsis. French gets guillemets and narrow no-break spaces
 * before high punctuation, German low-high quotes. Code is never touched.
 */
public final class SmartTypography {
    static final char NNBSP = '\u202F';
    static final char NBSP = '\u00A0';

    /** The quote characters of a language. */
    record Quotes(String open2, String close2, String open1, String close1, boolean french) {
    }

    private static final Quotes ENGLISH = new Quotes("\u201C", "\u201D", "\u2018", "\u2019", false);
    private static final Quotes GERMAN = new Quotes("\u201E", "\u201C", "\u201A", "\u2018", false);
    private static final Quotes FRENCH = new Quotes("\u00AB" + NNBSP, NNBSP + "\u00BB", "\u2018", "\u2019", true);

    private SmartTypography() {
    }

    public static Document apply(Document doc) {
        Quotes q = quotesFor(doc.metadata().language());
        BlockMapper mapper = new BlockMapper(inlines -> new Walk(q).list(inlines));
        return new Document(doc.metadata().withTitle(string(doc.metadata().title(), q))
                .withSubtitle(string(doc.metadata().subtitle(), q)), mapper.blocks(doc.blocks()));
    }

    /** Applies the rules to a standalone string such as a title. */
    public static String string(String s, Quotes q) {
        return new Walk(q).text(s);
    }

    static Quotes quotesFor(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        if (l.startsWith("fr")) {
            return FRENCH;
        }
        if (l.startsWith("de") || l.startsWith("cs") || l.startsWith("sk")) {
            return GERMAN;
        }
        return ENGLISH;
    }

    /** One pass over consecutive text; the previous character carries across inline boundaries. */
    private static final class Walk {
        private final Quotes q;
        private int prev = ' ';

        Walk(Quotes q) {
            this.q = q;
        }

        List<Inline> list(List<Inline> in) {
            List<Inline> out = new ArrayList<>(in.size());
            for (Inline x : in) {
                out.add(inline(x));
            }
            return out;
        }

        private Inline inline(Inline x) {
            if (x instanceof Inline.Text t) {
                return new Inline.Text(text(t.text()));
            } else if (x instanceof Inline.Emphasis e) {
                return new Inline.Emphasis(list(e.content()));
            } else if (x instanceof Inline.Strong s) {
                return new Inline.Strong(list(s.content()));
            } else if (x instanceof Inline.Strikethrough s) {
                return new Inline.Strikethrough(list(s.content()));
            } else if (x instanceof Inline.Link l) {
                return new Inline.Link(l.target(), l.title(), list(l.content()));
            } else if (x instanceof Inline.Image im) {
                return new Inline.Image(im.source(), new Walk(q).text(im.alt()), im.title());
            } else if (x instanceof Inline.Code) {
                prev = 'x'; // a quote right after code closes, like after a word
            } else if (x instanceof Inline.LineBreak) {
                prev = ' ';
            }
            return x;
        }

        String text(String s) {
            String t = s.replace("---", "\u2014").replace("--", "\u2013").replace("...", "\u2026");
            StringBuilder sb = new StringBuilder(t.length() + 8);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                int next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
                if (c == '"') {
                    if (opensAfter(prev)) {
                        sb.append(q.open2());
                    } else {
                        sb.append(q.close2());
                    }
                } else if (c == '\'') {
                    if (Character.isLetterOrDigit(prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?') {
                        sb.append(Character.isLetter(prev) && Character.isLetter(next) ? "\u2019" : q.close1());
                    } else if (Character.isDigit(next) || startsElision(t, i + 1)) {
                        sb.append('\u2019'); // '90s, 'tis
                    } else if (opensAfter(prev)) {
                        sb.append(q.open1());
                    } else {
                        sb.append(q.close1());
                    }
                } else if (q.french() && (c == ';' || c == '!' || c == '?' || c == ':') && frenchSpace(c, prev, next)) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                        sb.setLength(sb.length() - 1);
                    }
                    sb.append(c == ':' ? NBSP : NNBSP).append(c);
                } else {
                    sb.append(c);
                }
                prev = sb.length() > 0 ? sb.charAt(sb.length() - 1) : prev;
            }
            return sb.toString();
        }

        private static boolean frenchSpace(char c, int prev, int next) {
            if (prev == NNBSP || prev == NBSP) {
                return false;
            }
            if (c == ':' && (next == '/' || Character.isDigit(prev))) {
                return false; // URLs and times
            }
            return prev == ' ' || Character.isLetterOrDigit(prev) || prev == '\u00BB' || prev == ')';
        }

        private static boolean opensAfter(int p) {
            return Character.isWhitespace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
                    || p == '-' || p == '/' || p == '\u201C' || p == '\u2018' || p == '\u00AB' || p == '\u201E'
                    || p == NNBSP || p == NBSP;
        }

        private static boolean startsElision(String t, int i) {
            String rest = t.substring(i, Math.min(t.length(), i + 4)).toLowerCase(Locale.ROOT);
            return rest.startsWith("tis") || rest.startsWith("twas") || rest.startsWith("em ") || rest.startsWith("n ");
        }
    }
}
