package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.LinkPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Converts a commonmark document to model blocks. Quotes, lists and footnote definitions
 * nested deeper than {@link #MAX_DEPTH} are flattened into the deepest allowed container.
 * Footnote definitions end up at the top level. Not thread-safe: one instance per read.
 */
final class BlockConverter {
    static final int MAX_DEPTH = 64;

    private final Diagnostics d;
    private final Source src;
    private final InlineConverter inlines;
    private final Set<String> referenced = new LinkedHashSet<>();
    private final Map<String, Integer> defined = new HashMap<>();
    private final List<Block> hoisted = new ArrayList<>();
    private final Function<String, Node> parser;
    private boolean warnedDepth;
    private int reparses;

    BlockConverter(Diagnostics d, Source src, Function<String, Node> parser) {
        this.d = d;
        this.src = src;
        this.parser = parser;
        this.inlines = new InlineConverter(d, src, referenced);
    }

    /** The blocks of a commonmark document, footnote checks included. */
    List<Block> document(Node doc) {
        List<Block> out = blocks(doc, 0);
        out.addAll(hoisted);
        for (Map.Entry<String, Integer> e : defined.entrySet()) {
            if (!referenced.contains(e.getKey())) {
                d.notice(Code.FOOTNOTE_UNUSED, "footnote [^" + e.getKey() + "] is never referenced", e.getValue(), 1);
            }
        }
        return out;
    }

    private List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            block(c, out, depth);
            while (c instanceof FootnoteDefinition && c.getNext() instanceof IndentedCodeBlock) {
                c = c.getNext(); // consumed as the footnote's continuation
            }
        }
        return out;
    }

    private void block(Node n, List<Block> out, int depth) {
        if (isContainer(n) && depth >= MAX_DEPTH) {
            if (!warnedDepth) {
                warnedDepth = true;
                d.warn(Code.NESTING_TOO_DEEP, "quotes and lists nested more than " + MAX_DEPTH
                        + " levels deep are flattened", src.line(n), src.column(n));
            }
            flatten(n, out, depth);
        } else if (n instanceof Paragraph p) {
            paragraph(p, out);
        } else if (n instanceof Heading h) {
            out.add(new Block.Heading(Math.max(1, Math.min(6, h.getLevel())), inlines.convert(h), ""));
        } else if (n instanceof BlockQuote) {
            out.add(new Block.BlockQuote(blocks(n, depth + 1)));
        } else if (n instanceof BulletList l) {
            out.add(new Block.BulletList(items(l, depth), l.isTight()));
        } else if (n instanceof OrderedList l) {
            Integer start = l.getMarkerStartNumber();
            out.add(new Block.OrderedList(start == null ? 1 : start, items(l, depth), l.isTight()));
        } else if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            out.add(new Block.CodeBlock(language, withoutFinalNewline(f.getLiteral())));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.CodeBlock("", withoutFinalNewline(c.getLiteral())));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak());
        } else if (n instanceof HtmlBlock h) {
            html(h, out);
        } else if (n instanceof TableBlock t) {
            out.add(Tables.convert(t, inlines));
        } else if (n instanceof FootnoteDefinition f) {
            footnote(f, out, depth);
        } else if (n instanceof FencedDivs.Div v) {
            List<Block> inner = blocks(n, depth + 1);
            if (v.lang.isEmpty() && v.dir.isEmpty()) {
                out.addAll(inner); // a div for styling only: its blocks, as pandoc's writers without styles do
            } else {
                out.add(new Block.Division(v.lang, v.dir, inner));
            }
        } else if (!(n instanceof LinkReferenceDefinition)) {
            out.addAll(blocks(n, depth));
        }
    }

    private static boolean isContainer(Node n) {
        return n instanceof BlockQuote || n instanceof ListBlock || n instanceof FootnoteDefinition;
    }

    private List<Block.ListItem> items(ListBlock list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node it = list.getFirstChild(); it != null; it = it.getNext()) {
            Block.Task task = Block.Task.NONE;
            List<Block> content = new ArrayList<>();
            for (Node c = it.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TaskListItemMarker m) {
                    task = m.isChecked() ? Block.Task.DONE : Block.Task.OPEN;
                } else {
                    block(c, content, depth + 1);
                }
            }
            items.add(new Block.ListItem(content, task));
        }
        return items;
    }

    private void paragraph(Paragraph p, List<Block> out) {
        Node only = p.getFirstChild();
        if (only instanceof Image im && only.getNext() == null && LinkPolicy.safeImage(im.getDestination())) {
            // an image alone in its paragraph stands for itself: a figure, its title the caption
            out.add(new Block.Figure(im.getDestination(), inlines.altText(im),
                    im.getTitle() == null ? "" : im.getTitle()));
            return;
        }
        List<Inline> content = inlines.convert(p);
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(content));
        }
    }

    private void html(HtmlBlock h, List<Block> out) {
        String literal = h.getLiteral();
        if (literal.strip().startsWith("<!--") && literal.strip().endsWith("-->")) {
            return;
        }
        d.warn(Code.RAW_HTML_DROPPED, "raw HTML block dropped, its text kept", src.line(h), src.column(h));
        for (String text : HtmlText.paragraphs(literal)) {
            out.add(new Block.Paragraph(List.of(new Inline.Text(text))));
        }
    }

    private void footnote(FootnoteDefinition f, List<Block> out, int depth) {
        String label = f.getLabel();
        if (defined.containsKey(label)) {
            d.warn(Code.FOOTNOTE_DUPLICATE, "footnote [^" + label + "] is defined again; the first definition is used",
                    src.line(f), src.column(f));
            return;
        }
        defined.put(label, src.line(f));
        List<Block> content = blocks(f, depth + 1);
        for (Node c = f.getNext(); c instanceof IndentedCodeBlock code; c = c.getNext()) {
            content.addAll(continuation(code, depth + 1));
        }
        Block.FootnoteDefinition def = new Block.FootnoteDefinition(label, content);
        (depth == 0 ? out : hoisted).add(def);
    }

    /**
     * commonmark-java ends a footnote at a blank line, so the indented paragraphs that continue
     * it (as on GitHub) arrive as an indented code block after it: parse that text again as
     * the footnote's further blocks. Bounded, because the text may repeat the pattern.
     */
    private List<Block> continuation(IndentedCodeBlock code, int depth) {
        if (reparses >= 8) {
            return List.of(new Block.CodeBlock("", withoutFinalNewline(code.getLiteral())));
        }
        reparses++;
        int old = src.shift(src.line(code) - 1);
        try {
            return blocks(parser.apply(code.getLiteral()), depth);
        } finally {
            src.shift(old);
            reparses--;
        }
    }

    /** Adds the leaf blocks below {@code root} in order, without their containers (iterative). */
    private void flatten(Node root, List<Block> out, int depth) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (isContainer(n) || n instanceof ListItem) {
                for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                    stack.push(c);
                }
            } else if (!(n instanceof TaskListItemMarker)) {
                block(n, out, depth);
            }
        }
    }

    /** The line end that closes a code block is not part of the code (as in pandoc's model). */
    private static String withoutFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
