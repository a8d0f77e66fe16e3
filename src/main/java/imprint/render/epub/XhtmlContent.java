package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Footnotes;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the body of one chapter: every block and inline of the model as semantic XHTML,
 * with links rewritten to the file that holds their target and footnote references as EPUB 3
 * pop-up note references. The notes themselves are written at the end of the chapter where
 * each is first referenced.
 */
final class XhtmlContent implements Block.Visitor<Void>, Inline.Visitor<Void> {
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?|mailto|tel|ftp):[^\\s<>\"{}|\\\\^`]+$");

    private final XhtmlWriter w;
    private final String file;
    private final Chapters chapters;
    private final Footnotes notes;
    private final ImageStore images;
    private final List<String> notesHere = new ArrayList<>();
    /** Note references met inside a link, set after it (see visitFootnoteRef). */
    private final List<Inline.FootnoteRef> refsInLink = new ArrayList<>();
    private int linkDepth;
    private final Map<String, Integer> refCounts;

    XhtmlContent(XhtmlWriter w, String file, Chapters chapters, Footnotes notes, ImageStore images,
                 Map<String, Integer> refCounts) {
        this.w = w;
        this.file = file;
        this.chapters = chapters;
        this.notes = notes;
        this.images = images;
        this.refCounts = refCounts;
    }

    void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            b.accept(this);
        }
    }

    /** Writes the notes first referenced in this chapter, as pop-up footnotes. */
    void footnotes() {
        for (int k = 0; k < notesHere.size(); k++) {
            String label = notesHere.get(k);
            int n = notes.number(label);
            w.newline().open("aside", "epub:type", "footnote", "role", "doc-footnote", "id", "fn-" + n, "class", "footnote");
            Block.FootnoteDefinition def = notes.definition(label);
            List<Block> body = def.blocks();
            if (body.isEmpty() || !(body.get(0) instanceof Block.Paragraph)) {
                w.open("p").element("a", n + ".", "href", "#fnref-" + n, "role", "doc-backlink").close("p");
                blocks(body);
            } else {
                w.open("p").open("a", "href", "#fnref-" + n, "role", "doc-backlink").text(n + ".").close("a").text(" ");
                inlines(((Block.Paragraph) body.get(0)).content());
                w.close("p");
                blocks(body.subList(1, body.size()));
            }
            w.close("aside");
        }
        // Notes referenced only from inside other notes are written here too.
        notesHere.clear();
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        String tag = "h" + h.level();
        w.newline().open(tag, "id", h.id().isEmpty() ? null : h.id());
        inlines(h.content());
        w.close(tag);
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
        w.newline().open("p");
        inlines(p.content());
        w.close("p");
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        w.newline().open("blockquote");
        blocks(q.blocks());
        w.newline().close("blockquote");
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        w.newline().open("ul", "class", l.tight() ? "tight" : null);
        items(l.items());
        w.newline().close("ul");
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        w.newline().open("ol", "start", l.start() == 1 ? null : Integer.toString(l.start()), "class", l.tight() ? "tight" : null);
        items(l.items());
        w.newline().close("ol");
        return null;
    }

    private void items(List<Block.ListItem> items) {
        for (Block.ListItem it : items) {
            w.newline().open("li", "class", it.task() == Block.Task.NONE ? null : "task");
            List<Block> blocks = it.blocks();
            if (it.task() != Block.Task.NONE) {
                // The box sits inside the item's first paragraph, so it stays on the same line.
                boolean done = it.task() == Block.Task.DONE;
                boolean para = !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph;
                w.open("p");
                w.element("span", done ? "\u2611" : "\u2610", "class", "check", "role", "img",
                        "aria-label", done ? "done" : "not done").text(" ");
                if (para) {
                    inlines(((Block.Paragraph) blocks.get(0)).content());
                    blocks = blocks.subList(1, blocks.size());
                }
                w.close("p");
            }
            blocks(blocks);
            w.close("li");
        }
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        w.newline().open("pre").open("code", "class", c.language().isEmpty() ? null
                : "language-" + c.language().replaceAll("[^A-Za-z0-9_+-]", ""));
        w.text(c.code()).close("code").close("pre");
        return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        w.newline().empty("hr");
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        w.newline().open("table").newline().open("thead").open("tr");
        for (int i = 0; i < t.columns(); i++) {
            cell("th", t.header().get(i), t.alignments().get(i));
        }
        w.close("tr").close("thead").newline().open("tbody");
        for (List<Block.TableCell> row : t.rows()) {
            w.newline().open("tr");
            for (int i = 0; i < t.columns(); i++) {
                cell("td", row.get(i), t.alignments().get(i));
            }
            w.close("tr");
        }
        w.newline().close("tbody").close("table");
        return null;
    }

    private void cell(String tag, Block.TableCell c, Block.Alignment a) {
        w.open(tag, "class", a == Block.Alignment.DEFAULT ? null : a.name().toLowerCase(Locale.ROOT),
                "scope", tag.equals("th") ? "col" : null);
        inlines(c.content());
        w.close(tag);
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        String href = images.href(f.source());
        w.newline().open("figure");
        if (href != null) {
            w.empty("img", "src", href, "alt", f.alt());
        } else {
            w.element("p", f.alt().isEmpty() ? "[image]" : f.alt(), "class", "missing-image");
        }
        if (!f.caption().isEmpty()) {
            w.element("figcaption", f.caption());
        }
        w.close("figure");
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // written by footnotes() where first referenced
    }

    void inlines(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(this);
        }
    }

    @Override
    public Void visitText(Inline.Text t) {
        w.text(t.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
        w.open("em");
        inlines(e.content());
        w.close("em");
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
        w.open("strong");
        inlines(s.content());
        w.close("strong");
        return null;
    }

    @Override
    public Void visitStrikethrough(Inline.Strikethrough s) {
        w.open("del");
        inlines(s.content());
        w.close("del");
        return null;
    }

    @Override
    public Void visitCode(Inline.Code c) {
        w.element("code", c.code());
        return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
        String href = href(l.target());
        if (href == null) {
            inlines(l.content()); // a link that cannot work in an EPUB keeps its text
            return null;
        }
        w.open("a", "href", href, "title", l.title().isEmpty() ? null : l.title());
        linkDepth++;
        inlines(l.content());
        linkDepth--;
        w.close("a");
        if (linkDepth == 0 && !refsInLink.isEmpty()) {
            List<Inline.FootnoteRef> refs = new ArrayList<>(refsInLink);
            refsInLink.clear();
            refs.forEach(this::visitFootnoteRef);
        }
        return null;
    }

    private String href(String target) {
        if (target.startsWith("#")) {
            String id = target.substring(1);
            String f = chapters.fileOfId.get(id);
            if (f == null) {
                return null;
            }
            return f.equals(file) ? "#" + id : f + "#" + id;
        }
        return SAFE_URL.matcher(target).matches() ? target : null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        String href = images.href(im.source());
        if (href != null) {
            w.empty("img", "src", href, "alt", im.alt(), "class", "inline");
        } else {
            w.text(im.alt());
        }
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        w.empty("br");
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef r) {
        if (linkDepth > 0) {
            // A note reference is itself a link and XHTML forbids a link inside a link: it
            // follows the link it was written in.
            refsInLink.add(r);
            return null;
        }
        int n = notes.number(r.label());
        String home = chapters.firstRefFile.get(r.label());
        if (n == 0 || home == null) {
            w.text("[" + r.label() + "]");
            return null;
        }
        int count = refCounts.merge(r.label(), 1, Integer::sum);
        String id = count == 1 ? "fnref-" + n : "fnref-" + n + "-" + count;
        if (count == 1 && home.equals(file)) {
            notesHere.add(r.label());
        }
        String target = (home.equals(file) ? "" : home) + "#fn-" + n;
        // <sup> outside the link: Apple Books shows no pop-up for a link inside <sup>.
        w.open("sup").open("a", "epub:type", "noteref", "role", "doc-noteref", "id", id, "href", target)
                .text(Integer.toString(n)).close("a").close("sup");
        return null;
    }
}
