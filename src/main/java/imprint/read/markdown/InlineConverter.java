package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.model.LinkPolicy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Converts commonmark inline nodes to {@link Inline}s for one document. Nesting deeper than
 * {@link #MAX_DEPTH} keeps its text but loses its formatting, so hostile input cannot
 * overflow the stack. Not thread-safe: one instance per read.
 */
final class InlineConverter {
    static final int MAX_DEPTH = 64;
    private static final Pattern MISSING_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private final Diagnostics d;
    private final Source src;
    private final Set<String> referenced;

    InlineConverter(Diagnostics d, Source src, Set<String> referenced) {
        this.d = d;
        this.src = src;
        this.referenced = referenced;
    }

    /** The inline content of a block node. */
    List<Inline> convert(Node block) {
        InlineBuilder out = new InlineBuilder();
        children(block, out, 0);
        List<Inline> content = BracketedSpans.apply(out.build());
        reportMissingNotes(content, block);
        return content;
    }

    private void children(Node parent, InlineBuilder out, int depth) {
        Node c = parent.getFirstChild();
        while (c != null) {
            c = node(c, out, depth);
        }
    }

    /** Converts one node and returns the next sibling to convert. */
    private Node node(Node n, InlineBuilder out, int depth) {
        if (n instanceof Text t) {
            out.text(t.getLiteral());
        } else if (n instanceof SoftLineBreak) {
            out.text(" ");
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (n instanceof org.commonmark.node.Code c) {
            out.add(new Inline.Code(c.getLiteral()));
        } else if (n instanceof FootnoteReference r) {
            referenced.add(r.getLabel());
            out.add(new Inline.FootnoteRef(r.getLabel()));
        } else if (n instanceof Image im) {
            image(im, out);
        } else if (n instanceof HtmlInline h) {
            return html(h, out);
        } else if (depth >= MAX_DEPTH) {
            flatten(n, out);
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(sub(n, depth)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(sub(n, depth)));
        } else if (n instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(sub(n, depth)));
        } else if (n instanceof Link l) {
            link(l, out, depth);
        } else {
            children(n, out, depth);
        }
        return n.getNext();
    }

    private List<Inline> sub(Node n, int depth) {
        InlineBuilder content = new InlineBuilder();
        children(n, content, depth + 1);
        return content.build();
    }

    private void link(Link l, InlineBuilder out, int depth) {
        String target = l.getDestination();
        List<Inline> content = sub(l, depth);
        if (LinkPolicy.safeLink(target)) {
            out.add(new Inline.Link(target, l.getTitle() == null ? "" : l.getTitle(), content));
            return;
        }
        if (!target.isBlank()) {
            d.warn(Code.UNSAFE_LINK_DROPPED, "link to \"" + shorten(target) + "\" dropped, its text kept",
                    src.line(l), src.column(l));
        }
        content.forEach(out::add);
    }

    private void image(Image im, InlineBuilder out) {
        String alt = altText(im);
        if (LinkPolicy.safeImage(im.getDestination())) {
            out.add(new Inline.Image(im.getDestination(), alt, im.getTitle() == null ? "" : im.getTitle()));
        } else {
            d.warn(Code.UNSAFE_LINK_DROPPED, "image \"" + shorten(im.getDestination()) + "\" dropped, its description kept",
                    src.line(im), src.column(im));
            out.text(alt);
        }
    }

    /** Alternative text of an image: the plain text of its description. */
    String altText(Image im) {
        InlineBuilder alt = new InlineBuilder();
        flatten(im, alt);
        return Inlines.plainText(alt.build());
    }

    /** Drops a raw HTML tag (and the content of script and style); returns the next node to convert. */
    private Node html(HtmlInline h, InlineBuilder out) {
        String tag = h.getLiteral();
        out.dropped();
        if (HtmlText.isComment(tag)) {
            // comments are notes to the author, never content: dropping them loses nothing
            return h.getNext();
        }
        d.warn(Code.RAW_HTML_DROPPED, "raw HTML " + shorten(tag) + " dropped", src.line(h), src.column(h));
        if (HtmlText.isLineBreak(tag)) {
            out.add(new Inline.LineBreak());
        }
        Node next = h.getNext();
        if (HtmlText.opensHiddenContent(tag)) {
            while (next != null && !(next instanceof HtmlInline x && HtmlText.closesHiddenContent(x.getLiteral()))) {
                next = next.getNext();
            }
            out.dropped();
            return next == null ? null : next.getNext();
        }
        return next;
    }

    /** The text of a subtree without its formatting, iteratively (for over-deep nesting). */
    private void flatten(Node root, InlineBuilder out) {
        Deque<Node> stack = new ArrayDeque<>();
        for (Node c = root.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(c);
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Text t) {
                out.text(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.text(" ");
            } else if (n instanceof org.commonmark.node.Code c) {
                out.add(new Inline.Code(c.getLiteral()));
            } else if (!(n instanceof HtmlInline)) {
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    stack.push(c);
                }
            }
        }
    }

    /** A {@code [^x]} left as text means a reference without a definition. */
    private void reportMissingNotes(List<Inline> content, Node block) {
        Deque<Inline> stack = new ArrayDeque<>(content);
        while (!stack.isEmpty()) {
            Inline in = stack.pop();
            if (in instanceof Inline.Text t) {
                Matcher m = MISSING_NOTE.matcher(t.text());
                while (m.find()) {
                    d.warn(Code.FOOTNOTE_MISSING, "footnote [^" + m.group(1) + "] has no definition",
                            src.line(block), src.column(block));
                }
            } else if (Inlines.children(in) != null) {
                Inlines.children(in).forEach(stack::push);
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
