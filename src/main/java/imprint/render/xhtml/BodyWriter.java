package imprint.render.xhtml;

import imprint.model.Block;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import java.util.List;
import java.util.Locale;

/**
 * Writes the model's blocks as semantic (X)HTML for the EPUB and the web page alike: headings
 * with their ids, paragraphs, quotes, lists with task boxes, code, tables with header cells,
 * figures with captions, and the text of footnotes (which the caller places: EPUB asides after
 * each chapter, a list of notes at the end of a web page). Inline content goes through
 * {@link InlineWriter}; all markup goes through {@link XhtmlWriter}, which escapes everything.
 */
public final class BodyWriter implements Block.Visitor<Void> {
    private final XhtmlWriter w;
    private final Placement placement;
    private final DocumentPlan plan;
    private final InlineWriter inlines;
    private final Dialect dialect;

    /**
     * @param refCounts shared by every file of one document, so that repeated references to a
     *                  note get distinct ids
     */
    public BodyWriter(XhtmlWriter w, Dialect dialect, DocumentPlan plan, Placement placement,
                      java.util.Map<String, Integer> refCounts) {
        this.w = w;
        this.placement = placement;
        this.plan = plan;
        this.dialect = dialect;
        this.inlines = new InlineWriter(w, dialect, plan, placement, refCounts);
    }

    /**
     * "auto" for a block with right-to-left text, so that its direction comes from its first
     * strong character (as the PDF's does) instead of the document's; else no attribute.
     */
    private static String auto(List<imprint.model.Inline> content) {
        return imprint.text.BidiText.mayNeedBidi(imprint.model.Inlines.plainText(content)) ? "auto" : null;
    }

    /** "auto" for a list whose first item begins with right-to-left text: its labels go on the right. */
    private static String autoItems(List<Block.ListItem> items) {
        return items.isEmpty() ? null : autoBlocks(items.get(0).blocks());
    }

    /** "auto" for a quote (or list item) whose first block has right-to-left text. */
    private static String autoBlocks(List<Block> blocks) {
        Block b = blocks.isEmpty() ? null : blocks.get(0);
        return b instanceof Block.Paragraph p ? auto(p.content())
                : b instanceof Block.BlockQuote q ? autoBlocks(q.blocks())
                : b instanceof Block.BulletList l ? autoItems(l.items())
                : b instanceof Block.OrderedList l ? autoItems(l.items()) : null;
    }

    public void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            imprint.diag.Checkpoint.check();
            b.accept(this);
        }
    }

    /**
     * Writes a note's text: its first paragraph opens with the number, which links back to the
     * first reference; the caller opens and closes the element around it.
     */
    public void noteText(Notes.Note note) {
        String back = placement.referenceHref(note);
        List<Block> body = note.definition().blocks();
        if (body.isEmpty() || !(body.get(0) instanceof Block.Paragraph first)) {
            w.open("p").element("a", note.number() + ".", "href", back, "role", "doc-backlink").close("p");
            blocks(body);
            return;
        }
        w.open("p").open("a", "href", back, "role", "doc-backlink").text(note.number() + ".").close("a").text(" ");
        inlines.write(first.content());
        w.close("p");
        blocks(body.subList(1, body.size()));
    }

    /**
     * Writes a note's text for a list of notes at the end of a page: the text, then a link back
     * to the first reference at the end of its last paragraph (the list item shows the number).
     */
    public void endnoteText(Notes.Note note) {
        List<Block> body = note.definition().blocks();
        int last = body.size() - 1;
        if (last >= 0 && body.get(last) instanceof Block.Paragraph p) {
            blocks(body.subList(0, last));
            w.newline().open("p");
            inlines.write(p.content());
            w.text(" ");
            backlink(note);
            w.close("p");
        } else {
            blocks(body);
            w.newline().open("p");
            backlink(note);
            w.close("p");
        }
    }

    private void backlink(Notes.Note note) {
        w.element("a", "\u21A9\uFE0E", "href", placement.referenceHref(note), "role", "doc-backlink",
                "aria-label", "Back to reference " + note.number());
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        String tag = "h" + plan.headingLevel(h);
        // A book's chapter opener in the EPUB: its number above the title, outside the heading,
        // so the contents and the heading's text stay the title alone (as in the PDF).
        String label = dialect == Dialect.EPUB && plan.book() ? plan.chapterLabel(h) : "";
        if (!label.isEmpty()) {
            w.newline().open("header", "class", "chapter-opener").open("p", "class", "chapter-label").furniture(label).close("p");
        }
        w.newline().open(tag, "id", h.id().isEmpty() ? null : h.id(), "dir", auto(h.content()));
        inlines.write(h.content());
        w.close(tag);
        if (!label.isEmpty()) {
            w.newline().close("header");
        }
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
        w.newline().open("p", "dir", auto(p.content()));
        if (p == plan.datelineParagraph()) {
            // The dateline's words open the paragraph: set them apart (small capitals in the CSS).
            String dl = plan.metadata().dateline().text();
            String first = ((imprint.model.Inline.Text) p.content().get(0)).text();
            w.element("span", dl, "class", "dateline");
            List<imprint.model.Inline> rest = new java.util.ArrayList<>();
            if (first.length() > dl.length()) {
                rest.add(new imprint.model.Inline.Text(first.substring(dl.length())));
            }
            rest.addAll(p.content().subList(1, p.content().size()));
            inlines.write(rest);
        } else {
            inlines.write(p.content());
        }
        w.close("p");
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        w.newline().open("blockquote", "dir", autoBlocks(q.blocks()));
        blocks(q.blocks());
        w.newline().close("blockquote");
        return null;
    }

    /** A division in its own language or direction: lang (and xml:lang in the EPUB's XHTML), dir. */
    @Override
    public Void visitDivision(Block.Division d) {
        String lang = d.lang().isEmpty() ? null : d.lang();
        w.newline().open("div", "lang", lang, dialect == Dialect.EPUB ? "xml:lang" : null, lang,
                "dir", d.dir().isEmpty() ? null : d.dir());
        blocks(d.blocks());
        w.newline().close("div");
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        w.newline().open("ul", "class", l.tight() ? "tight" : null, "dir", autoItems(l.items()));
        items(l.items());
        w.newline().close("ul");
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        w.newline().open("ol", "start", l.start() == 1 ? null : Integer.toString(l.start()), "class", l.tight() ? "tight" : null,
                "dir", autoItems(l.items()));
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
                w.open("p");
                w.element("span", DocumentPlan.taskBox(it.task()), "class", "check", "role", "img",
                        "aria-label", DocumentPlan.taskLabel(it.task())).text(" ");
                if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                    inlines.write(first.content());
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
        // A scene break (HTML's own meaning of <hr>: "a scene change in a story"): its implicit
        // separator role is what screen readers announce; the stylesheet draws the ornament.
        w.newline().empty("hr", "class", "scene-break");
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        List<imprint.model.Inline> cells = new java.util.ArrayList<>();
        t.header().forEach(c -> cells.addAll(c.content()));
        t.rows().forEach(r -> r.forEach(c -> cells.addAll(c.content())));
        w.newline().open("table", "dir", auto(cells)).newline().open("thead").open("tr");
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
        inlines.write(c.content());
        w.close(tag);
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        String src = placement.imageSrc(f.source());
        w.newline().open("figure");
        if (src != null) {
            w.empty("img", "src", src, "alt", f.alt());
        } else {
            w.element("p", DocumentPlan.imagePlaceholder(f.alt()), "class", "missing-image");
        }
        if (!f.caption().isEmpty() || !f.credit().isEmpty()) {
            // The credit sits small and right-aligned under the caption, as newspapers set it.
            w.open("figcaption");
            if (!f.caption().isEmpty()) {
                w.text(f.caption());
            }
            if (!f.credit().isEmpty()) {
                if (!f.caption().isEmpty()) {
                    w.text(" ");
                }
                w.element("small", f.credit(), "class", "credit");
            }
            w.close("figcaption");
        }
        w.close("figure");
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        return null; // placed by the caller where the plan says the note belongs
    }
}
