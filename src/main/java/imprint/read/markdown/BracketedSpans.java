package imprint.read.markdown;

import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's bracketed spans, {@code [texte]{lang=fr}} and {@code [שלום]{dir=rtl}}: CommonMark
 * leaves them as literal text (a bracket pair that is no link), so they are found in the
 * converted inlines of one level and become {@link Inline.Span}s. A bracket pair whose
 * attributes name neither lang nor dir stays text.
 */
final class BracketedSpans {
    private static final Pattern CLOSE = Pattern.compile("\\]\\{([^}]*)\\}");

    private BracketedSpans() {
    }

    static List<Inline> apply(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Inline.Text t) || t.text().indexOf('[') < 0) {
                continue;
            }
            int open = t.text().lastIndexOf('[');
            // the closing "]{...}" in this text after the bracket, or in a later text of this level
            for (int j = i; j < out.size(); j++) {
                if (!(out.get(j) instanceof Inline.Text u)) {
                    continue;
                }
                int from = j == i ? open + 1 : 0;
                Matcher m = CLOSE.matcher(u.text());
                if (!m.find(from)) {
                    continue;
                }
                FencedDivs.Attributes a = FencedDivs.Attributes.parse(m.group(1));
                if (!a.any()) {
                    break;
                }
                List<Inline> inner = new ArrayList<>();
                if (j == i) {
                    add(inner, t.text().substring(open + 1, m.start()));
                } else {
                    add(inner, t.text().substring(open + 1));
                    inner.addAll(out.subList(i + 1, j));
                    add(inner, u.text().substring(0, m.start()));
                }
                List<Inline> replaced = new ArrayList<>();
                add(replaced, t.text().substring(0, open));
                replaced.add(new Inline.Span(a.lang(), a.dir(), inner));
                add(replaced, u.text().substring(m.end()));
                List<Inline> next = new ArrayList<>(out.subList(0, i));
                next.addAll(replaced);
                next.addAll(out.subList(j + 1, out.size()));
                out = next;
                i--; // the text before the span may hold another one
                break;
            }
        }
        return out;
    }

    private static void add(List<Inline> list, String text) {
        if (!text.isEmpty()) {
            list.add(new Inline.Text(text));
        }
    }
}
