package imprint.model;

import java.util.List;

/**
 * A stable, indented text dump of a document: the expected side of reader tests and a way
 * to review model changes as diffs.
 */
public final class ModelPrinter {
    private final StringBuilder sb = new StringBuilder();

    private ModelPrinter() {
    }

    public static String print(Document doc) {
        ModelPrinter p = new ModelPrinter();
        p.metadata(doc.metadata());
        p.blocks(doc.blocks(), 0);
        return p.sb.toString();
    }

    /** Dumps only the blocks, for tests that do not care about metadata. */
    public static String printBlocks(List<Block> blocks) {
        ModelPrinter p = new ModelPrinter();
        p.blocks(blocks, 0);
        return p.sb.toString();
    }

    private void metadata(Metadata m) {
        field("title", m.title());
        field("subtitle", m.subtitle());
        if (!m.authors().isEmpty()) {
            line(0, "authors: " + quoteAll(m.authors()));
        }
        field("date", m.date());
        field("language", m.language());
        field("identifier", m.identifier());
        field("publisher", m.publisher());
        field("description", m.description());
        field("rights", m.rights());
        if (!m.keywords().isEmpty()) {
            line(0, "keywords: " + quoteAll(m.keywords()));
        }
        field("cover", m.coverImage());
        for (Contributor c : m.contributors()) {
            if (!c.title().isEmpty() || !c.affiliation().isEmpty() || !c.role().equals("aut")) {
                line(0, "contributor " + quote(c.name())
                        + (c.title().isEmpty() ? "" : " title=" + quote(c.title()))
                        + (c.affiliation().isEmpty() ? "" : " affiliation=" + quote(c.affiliation()))
                        + " role=" + c.role());
            }
        }
        Dateline dl = m.dateline();
        if (!dl.isEmpty()) {
            line(0, "dateline " + quote(dl.text())
                    + (dl.place().isEmpty() ? "" : " place=" + quote(dl.place()))
                    + (dl.date().isEmpty() ? "" : " date=" + quote(dl.date()))
                    + (dl.source().isEmpty() ? "" : " source=" + quote(dl.source())));
        }
        field("slug", m.slug());
        field("edition", m.edition());
        if (m.urgency() != 0) {
            line(0, "urgency: " + m.urgency());
        }
        field("copyright", m.copyright());
        field("editor-note", m.editorNote());
        BookMatter b = m.book();
        field("type", b.type());
        field("print", b.print());
        field("dedication", b.dedication());
        field("epigraph", b.epigraph());
        field("epigraph-source", b.epigraphSource());
        field("printed-in", b.printedIn());
        field("about-the-author", b.aboutTheAuthor());
        field("notes", b.notes());
    }

    private void field(String name, String value) {
        if (!value.isEmpty()) {
            line(0, name + ": " + quote(value));
        }
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block b : blocks) {
            block(b, depth);
        }
    }

    private void block(Block b, int d) {
        if (b instanceof Block.Heading h) {
            line(d, "heading " + h.level() + (h.id().isEmpty() ? "" : " #" + h.id()));
            inlines(h.content(), d + 1);
        } else if (b instanceof Block.Paragraph p) {
            line(d, "paragraph");
            inlines(p.content(), d + 1);
        } else if (b instanceof Block.BlockQuote q) {
            line(d, "quote");
            blocks(q.blocks(), d + 1);
        } else if (b instanceof Block.Division v) {
            line(d, "division lang=" + quote(v.lang()) + " dir=" + quote(v.dir()));
            blocks(v.blocks(), d + 1);
        } else if (b instanceof Block.BulletList l) {
            line(d, "bullet-list" + (l.tight() ? " tight" : " loose"));
            items(l.items(), d + 1);
        } else if (b instanceof Block.OrderedList l) {
            line(d, "ordered-list start=" + l.start() + (l.tight() ? " tight" : " loose"));
            items(l.items(), d + 1);
        } else if (b instanceof Block.CodeBlock c) {
            line(d, "code" + (c.language().isEmpty() ? "" : " " + c.language()) + " " + quote(c.code()));
        } else if (b instanceof Block.ThematicBreak) {
            line(d, "thematic-break");
        } else if (b instanceof Block.Table t) {
            line(d, "table " + t.alignments().stream().map(a -> a.name().toLowerCase()).toList());
            row("header", t.header(), d + 1);
            t.rows().forEach(r -> row("row", r, d + 1));
        } else if (b instanceof Block.Figure f) {
            line(d, "figure " + quote(f.source()) + " alt=" + quote(f.alt())
                    + (f.caption().isEmpty() ? "" : " caption=" + quote(f.caption()))
                    + (f.credit().isEmpty() ? "" : " credit=" + quote(f.credit())));
        } else if (b instanceof Block.FootnoteDefinition f) {
            line(d, "footnote [" + f.label() + "]");
            blocks(f.blocks(), d + 1);
        }
    }

    private void items(List<Block.ListItem> items, int d) {
        for (Block.ListItem it : items) {
            line(d, "item" + (it.task() == Block.Task.NONE ? "" : " task=" + it.task().name().toLowerCase()));
            blocks(it.blocks(), d + 1);
        }
    }

    private void row(String name, List<Block.TableCell> cells, int d) {
        line(d, name);
        for (Block.TableCell c : cells) {
            line(d + 1, "cell");
            inlines(c.content(), d + 2);
        }
    }

    private void inlines(List<Inline> inlines, int d) {
        for (Inline in : inlines) {
            inline(in, d);
        }
    }

    private void inline(Inline in, int d) {
        if (in instanceof Inline.Text t) {
            line(d, "text " + quote(t.text()));
        } else if (in instanceof Inline.Emphasis e) {
            line(d, "emph");
            inlines(e.content(), d + 1);
        } else if (in instanceof Inline.Strong s) {
            line(d, "strong");
            inlines(s.content(), d + 1);
        } else if (in instanceof Inline.Strikethrough s) {
            line(d, "strike");
            inlines(s.content(), d + 1);
        } else if (in instanceof Inline.Span s) {
            line(d, "span lang=" + quote(s.lang()) + " dir=" + quote(s.dir()));
            inlines(s.content(), d + 1);
        } else if (in instanceof Inline.Code c) {
            line(d, "code " + quote(c.code()));
        } else if (in instanceof Inline.Link l) {
            line(d, "link " + quote(l.target()) + (l.title().isEmpty() ? "" : " title=" + quote(l.title())));
            inlines(l.content(), d + 1);
        } else if (in instanceof Inline.Image im) {
            line(d, "image " + quote(im.source()) + " alt=" + quote(im.alt())
                    + (im.title().isEmpty() ? "" : " title=" + quote(im.title())));
        } else if (in instanceof Inline.LineBreak) {
            line(d, "line-break");
        } else if (in instanceof Inline.FootnoteRef r) {
            line(d, "footnote-ref [" + r.label() + "]");
        }
    }

    private void line(int depth, String text) {
        sb.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String quoteAll(List<String> values) {
        return String.join(", ", values.stream().map(ModelPrinter::quote).toList());
    }

    /** Java-style quoting; non-ASCII stays readable, control characters are escaped. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        q.append(String.format("\\u%04x", cp));
                    } else {
                        q.appendCodePoint(cp);
                    }
                }
            }
        });
        return q.append('"').toString();
    }
}
