package imprint.transform;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Typographic punctuation: straight quotes become curly quotes (or guillemets, or German
 * low-high quotes, by the document language), apostrophes become U+2019, {@code --} an en
 * dash, {@code ---} an em dash and {@code ...} an ellipsis; French gets narrow no-break
 * spaces inside guillemets and before {@code ; : ! ?}. Code spans, code blocks, link targets
 * and image sources are never touched; link titles and figure captions are text and are. A pure function of the document.
 */
public final class SmartTypography {
    private static final Pattern EM = Pattern.compile("(?<!-)---(?!-)");
    private static final Pattern EN = Pattern.compile("(?<!-)--(?!-)");
    private static final Pattern ELLIPSIS = Pattern.compile("(?<!\\.)\\.\\.\\.(?!\\.)");
    /** Stands for code, images and notes while quotes are paired: a word character. */
    private static final char OPAQUE = '\uFFFC';

    private SmartTypography() {
    }

    /** The document with typographic punctuation in its text, title and subtitle. */
    public static Document apply(Document doc) {
        QuoteStyle style = QuoteStyle.forLanguage(doc.metadata().languageOrDefault());
        Document body = new Rewriter() {
            /** The passage's language (a division's), which the rules follow, not the document's. */
            private QuoteStyle current = style;

            @Override
            List<Inline> inlines(List<Inline> content) {
                return convert(content, current);
            }

            @Override
            Object enterDivision(Block.Division d) {
                QuoteStyle saved = current;
                if (!d.lang().isEmpty()) {
                    current = QuoteStyle.forLanguage(d.lang());
                }
                return saved;
            }

            @Override
            void leaveDivision(Object saved) {
                current = (QuoteStyle) saved;
            }

            @Override
            Block.Figure figure(Block.Figure f) {
                return f.withCaptionAndCredit(text(f.caption(), style), text(f.credit(), style));
            }
        }.apply(doc);
        Metadata m = body.metadata();
        // The dateline's words open the first paragraph, which was just converted: convert them
        // the same way so that renderers still find them there.
        return body.withMetadata(m.withTitle(text(m.title(), style)).withSubtitle(text(m.subtitle(), style))
                .withDateline(m.dateline().withText(text(m.dateline().text(), style))));
    }

    /** Typographic punctuation for one plain string in the given language. */
    public static String text(String s, String language) {
        return text(s, QuoteStyle.forLanguage(language));
    }

    private static String text(String s, QuoteStyle style) {
        if (s.isEmpty()) {
            return s;
        }
        List<Inline> out = convert(List.of(new Inline.Text(s)), style);
        return ((Inline.Text) out.get(0)).text();
    }

    /** Converts one inline sequence; quote context runs across formatting boundaries. */
    static List<Inline> convert(List<Inline> content, QuoteStyle style) {
        // A span in another language follows its own rules: converted apart, a word here.
        java.util.function.Predicate<Inline> foreign = in -> in instanceof Inline.Span s && !s.lang().isEmpty();
        List<Inline> leaves = new ArrayList<>();
        InlineTree.leaves(content, leaves::add, foreign);
        StringBuilder all = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Inline leaf = leaves.get(i);
            if (leaf instanceof Inline.Text t) {
                String s = dashes(t.text());
                all.append(s);
                for (int k = 0; k < s.length(); k++) {
                    owner.add(i);
                }
            } else {
                all.append(leaf instanceof Inline.LineBreak ? ' ' : OPAQUE);
                owner.add(-1);
            }
        }
        String[] out = new Quotes(all.toString(), owner, style).run();
        StringBuilder[] replaced = new StringBuilder[leaves.size()];
        for (int k = 0; k < out.length; k++) {
            int o = owner.get(k);
            if (o >= 0) {
                (replaced[o] == null ? replaced[o] = new StringBuilder() : replaced[o]).append(out[k]);
            }
        }
        int[] next = {0};
        return InlineTree.map(content, in -> {
            StringBuilder s = replaced[next[0]++];
            if (in instanceof Inline.Span span && foreign.test(span)) {
                return new Inline.Span(span.lang(), span.dir(), convert(span.content(), QuoteStyle.forLanguage(span.lang())));
            }
            return s == null ? in : new Inline.Text(s.toString());
        }, l -> l.title().isEmpty() ? l : new Inline.Link(l.target(), text(l.title(), style), l.content()), foreign);
    }

    private static String dashes(String s) {
        if (s.indexOf('-') < 0 && s.indexOf('.') < 0) {
            return s;
        }
        String r = EM.matcher(s).replaceAll("\u2014");
        r = EN.matcher(r).replaceAll("\u2013");
        return ELLIPSIS.matcher(r).replaceAll("\u2026");
    }
}
