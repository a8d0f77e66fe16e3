package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Converts one commonmark tree into model blocks. Not thread-safe: one instance per document.
 * Container depth is capped so that renderers, which recurse, never meet hostile depths.
 */
final class MarkdownConverter {
    /** Deeper quotes and lists are flattened into the container at this depth. */
    static final int MAX_BLOCK_DEPTH = 32;
    /** Deeper emphasis/links are flattened into their text. */
    static final int MAX_INLINE_DEPTH = 32;
    private static final Pattern MISSING_NOTE = Pattern.compile("\\[\\^([^\\]\\s]{1,100})\\]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SCRIPTISH = Pattern.compile("(?is)<(script|style)\\b.*?(</\\1\\s*>|\\z)");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");

    private final Diagnostics diags;
    private final int lineOffset;
    private final Set<String> footnoteLabels = new HashSet<>();
    private final Set<String> definedLabels = new HashSet<>();
    private int currentLine;
    private boolean depthReported;
    private boolean inScript;

    MarkdownConverter(Diagnostics diags, int lineOffset) {
        this.diags = diags;
        this.lineOffset = lineOffset;
    }

    List<Block> convert(org.commonmark.node.Document root) {
        // Definitions first, so references can be checked while converting.
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FootnoteDefinition d) {
                definedLabels.add(d.getLabel());
            }
        }
        List<Block> blocks = blocks(root, 0);
        return blocks;
    }

    private List<Block> blocks(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth, out);
        }
        return out;
    }

    private void block(Node n, int depth, List<Block> out) {
        currentLine = line(n);
        if (depth >= MAX_BLOCK_DEPTH && (n instanceof BlockQuote || n instanceof BulletList || n instanceof OrderedList)) {
            if (!depthReported) {
                depthReported = true;
                diags.warn(Code.NESTING_TOO_DEEP, "quotes or lists nested more than " + MAX_BLOCK_DEPTH
                        + " levels deep were flattened", currentLine, 1);
            }
            flatten(n, out);
            return;
        }
        if (n instanceof Heading h) {
            out.add(new Block.Heading(Math.max(1, Math.min(6, h.getLevel())), inlines(h, 0), ""));
        } else if (n instanceof Paragraph p) {
            paragraph(p, out);
        } else if (n instanceof BlockQuote) {
            out.add(new Block.BlockQuote(blocks(n, depth + 1)));
        } else if (n instanceof BulletList l) {
            out.add(new Block.BulletList(items(l, depth), l.isTight()));
        } else if (n instanceof OrderedList l) {
            Integer start = l.getMarkerStartNumber();
            out.add(new Block.OrderedList(start == null ? 1 : start, items(l, depth), l.isTight()));
        } else if (n instanceof FencedCodeBlock c) {
            String info = c.getInfo() == null ? "" : c.getInfo().strip();
            String lang = info.isEmpty() ? "" : info.split("\\s+")[0];
            out.add(new Block.CodeBlock(lang, trimFinalNewline(c.getLiteral())));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.CodeBlock("", trimFinalNewline(c.getLiteral())));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak());
        } else if (n instanceof HtmlBlock h) {
            htmlBlock(h, out);
        } else if (n instanceof TableBlock t) {
            out.add(table(t));
        } else if (n instanceof FootnoteDefinition d) {
            if (!footnoteLabels.add(d.getLabel())) {
                diags.warn(Code.FOOTNOTE_DUPLICATE, "footnote [^" + d.getLabel() + "] is defined twice; the first definition is used",
                        currentLine, 1);
                return;
            }
            out.add(new Block.FootnoteDefinition(d.getLabel(), blocks(d, depth + 1)));
        }
        // Link reference definitions and other nodes carry no visible content.
    }

    /** Deep content keeps its paragraphs, in order, without the extra containers. */
    private void flatten(Node n, List<Block> out) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(n);
        while (!stack.isEmpty()) {
            Node x = stack.pop();
            if (x instanceof BlockQuote || x instanceof BulletList || x instanceof OrderedList || x instanceof ListItem) {
                List<Node> kids = new ArrayList<>();
                for (Node c = x.getFirstChild(); c != null; c = c.getNext()) {
                    kids.add(c);
                }
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            } else {
                block(x, 0, out);
            }
        }
    }

    private List<Block.ListItem> items(Node list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem li) {
                Block.Task task = Block.Task.NONE;
                Node first = li.getFirstChild();
                Node marker = first instanceof Paragraph ? first.getFirstChild() : first;
                if (marker instanceof TaskListItemMarker m) {
                    task = m.isChecked() ? Block.Task.DONE : Block.Task.OPEN;
                    marker.unlink();
                }
                items.add(new Block.ListItem(blocks(li, depth + 1), task));
            }
        }
        return items;
    }

    private void paragraph(Paragraph p, List<Block> out) {
        Node only = p.getFirstChild();
        if (only instanceof Image img && only.getNext() == null) {
            String alt = imprint.model.Inlines.plainText(inlines(img, 0));
            out.add(new Block.Figure(img.getDestination(), alt, nullToEmpty(img.getTitle())));
            return;
        }
        List<Inline> content = inlines(p, 0);
        if (!content.isEmpty()) {
            out.add(new Block.Paragraph(content));
        }
    }

    private void htmlBlock(HtmlBlock h, List<Block> out) {
        String html = h.getLiteral();
        diags.warn(Code.RAW_HTML_DROPPED, "raw HTML dropped (its text is kept)", currentLine, 1);
        String text = TAG.matcher(SCRIPTISH.matcher(html).replaceAll(" ")).replaceAll(" ");
        text = decodeEntities(text).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            out.add(new Block.Paragraph(List.of(new Inline.Text(text))));
        }
    }

    private Block.Table table(TableBlock t) {
        List<Block.TableCell> header = new ArrayList<>();
        List<Block.Alignment> aligns = new ArrayList<>();
        List<List<Block.TableCell>> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                List<Block.TableCell> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(new Block.TableCell(inlines(cell, 0)));
                        if (section instanceof TableHead) {
                            aligns.add(alignment(cell.getAlignment()));
                        }
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        int n = aligns.size();
        List<List<Block.TableCell>> fixed = new ArrayList<>();
        for (List<Block.TableCell> r : rows) {
            List<Block.TableCell> row = new ArrayList<>(r.subList(0, Math.min(n, r.size())));
            while (row.size() < n) {
                row.add(new Block.TableCell(List.of()));
            }
            fixed.add(row);
        }
        return new Block.Table(aligns, header, fixed);
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return Block.Alignment.DEFAULT;
        }
        switch (a) {
            case LEFT:
                return Block.Alignment.LEFT;
            case CENTER:
                return Block.Alignment.CENTER;
            case RIGHT:
                return Block.Alignment.RIGHT;
            default:
                return Block.Alignment.DEFAULT;
        }
    }

    private List<Inline> inlines(Node parent, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, depth, out);
        }
        return merge(out);
    }

    private void inline(Node n, int depth, List<Inline> out) {
        boolean wrapper = n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough || n instanceof Link;
        if (wrapper && depth >= MAX_INLINE_DEPTH) {
            if (!depthReported) {
                depthReported = true;
                diags.warn(Code.NESTING_TOO_DEEP, "inline formatting nested more than " + MAX_INLINE_DEPTH
                        + " levels deep was flattened", currentLine, 1);
            }
            out.add(new Inline.Text(flatText(n)));
            return;
        }
        if (n instanceof Text t) {
            if (!inScript) {
                text(t.getLiteral(), out);
            }
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n, depth + 1)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n, depth + 1)));
        } else if (n instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(n, depth + 1)));
        } else if (n instanceof org.commonmark.node.Code c) {
            out.add(new Inline.Code(c.getLiteral()));
        } else if (n instanceof Link l) {
            link(l, depth, out);
        } else if (n instanceof Image img) {
            String alt = imprint.model.Inlines.plainText(inlines(img, depth + 1));
            if (isUnsafe(img.getDestination())) {
                diags.warn(Code.UNSAFE_LINK_DROPPED, "image with an unsafe address dropped: " + scheme(img.getDestination()),
                        currentLine, 1);
                out.add(new Inline.Text(alt));
            } else {
                out.add(new Inline.Image(img.getDestination(), alt, nullToEmpty(img.getTitle())));
            }
        } else if (n instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (n instanceof HtmlInline h) {
            String tag = h.getLiteral().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<script") || tag.startsWith("<style")) {
                inScript = !tag.endsWith("/>");
            } else if (tag.startsWith("</script") || tag.startsWith("</style")) {
                inScript = false;
            }
            diags.warn(Code.RAW_HTML_DROPPED, "raw HTML " + abbreviate(h.getLiteral()) + " dropped", currentLine, 1);
        } else if (n instanceof FootnoteReference r) {
            out.add(new Inline.FootnoteRef(r.getLabel()));
        } else if (n.getFirstChild() != null) {
            out.addAll(inlines(n, depth + 1));
        }
    }

    private void link(Link l, int depth, List<Inline> out) {
        String dest = nullToEmpty(l.getDestination()).strip();
        List<Inline> content = inlines(l, depth + 1);
        if (isUnsafe(dest)) {
            diags.warn(Code.UNSAFE_LINK_DROPPED, "link with an unsafe address dropped (" + scheme(dest) + ")",
                    currentLine, 1);
            out.addAll(content);
            return;
        }
        out.add(new Inline.Link(dest, nullToEmpty(l.getTitle()), content));
    }

    /** Text, with literal "[^x]" left behind by undefined footnote references reported. */
    private void text(String s, List<Inline> out) {
        Matcher m = MISSING_NOTE.matcher(s);
        while (m.find()) {
            if (!definedLabels.contains(m.group(1))) {
                diags.warn(Code.FOOTNOTE_MISSING, "footnote [^" + m.group(1) + "] has no definition", currentLine, 1);
            }
        }
        out.add(new Inline.Text(s));
    }

    static boolean isUnsafe(String dest) {
        String s = dest.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        Matcher m = Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(s);
        if (!m.find()) {
            return false; // relative path or #fragment
        }
        return !SAFE_SCHEMES.contains(m.group(1));
    }

    private static String scheme(String dest) {
        int c = dest.indexOf(':');
        return c > 0 ? dest.substring(0, Math.min(c, 20)) + ":" : "?";
    }

    /** The text of a subtree, without recursion. */
    private static String flatText(Node n) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(n);
        while (!stack.isEmpty()) {
            Node x = stack.pop();
            if (x instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (x instanceof org.commonmark.node.Code c) {
                sb.append(c.getLiteral());
            } else if (x instanceof SoftLineBreak || x instanceof HardLineBreak) {
                sb.append(' ');
            }
            List<Node> kids = new ArrayList<>();
            for (Node c = x.getFirstChild(); c != null; c = c.getNext()) {
                kids.add(c);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return sb.toString();
    }

    /** Adjacent text runs become one. */
    private static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline x : in) {
            if (x instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else if (!(x instanceof Inline.Text t2 && t2.text().isEmpty())) {
                out.add(x);
            }
        }
        return out;
    }

    private int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? currentLine : spans.get(0).getLineIndex() + 1 + lineOffset;
    }

    private static String trimFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }

    private static String decodeEntities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", "\u00A0").replace("&amp;", "&");
    }
}
