package imprint.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Helpers over inline content. */
public final class Inlines {
    private Inlines() {
    }

    /**
     * The visible text of inline content: text, code, link text and image alt text, with a
     * line break as a space and footnote references left out. Iterative, so deep nesting is safe.
     */
    public static String plainText(List<Inline> inlines) {
        return text(inlines, true);
    }

    /** Like {@link #plainText} but without image alt text: the text a printed page shows. */
    public static String printedText(List<Inline> inlines) {
        return text(inlines, false);
    }

    private static String text(List<Inline> inlines, boolean withAlt) {
        StringBuilder sb = new StringBuilder();
        Deque<Inline> stack = new ArrayDeque<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            stack.push(inlines.get(i));
        }
        while (!stack.isEmpty()) {
            Inline in = stack.pop();
            List<Inline> children = children(in);
            if (children != null) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            } else if (in instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (in instanceof Inline.Code c) {
                sb.append(c.code());
            } else if (in instanceof Inline.Image im && withAlt) {
                sb.append(im.alt());
            } else if (in instanceof Inline.LineBreak) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** The children of a container inline, or {@code null} for a leaf. */
    public static List<Inline> children(Inline in) {
        if (in instanceof Inline.Emphasis e) {
            return e.content();
        } else if (in instanceof Inline.Strong s) {
            return s.content();
        } else if (in instanceof Inline.Strikethrough s) {
            return s.content();
        } else if (in instanceof Inline.Link l) {
            return l.content();
        } else if (in instanceof Inline.Span s) {
            return s.content();
        }
        return null;
    }
}
