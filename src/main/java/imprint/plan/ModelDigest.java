package imprint.plan;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.model.Walker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A SHA-256 digest of a document's content, over an encoding defined here on purpose: every
 * node in reading order as a one-byte kind, its fields (strings as length and UTF-8 bytes) and
 * the number of children that follow it, which makes the encoding unambiguous. A new node type
 * must be added to the visitors below or the build fails, so no content can escape the digest.
 * Walks iteratively, so deep nesting is safe.
 */
final class ModelDigest implements Block.Visitor<Void>, Inline.Visitor<Void> {
    /** Version of this encoding; change it when the encoding changes. */
    private static final int VERSION = 2;

    private final MessageDigest md;

    private ModelDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static byte[] of(Document doc) {
        ModelDigest d = new ModelDigest();
        d.number(VERSION);
        d.metadata(doc.metadata());
        d.number(doc.blocks().size());
        Walker.walk(doc.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                b.accept(d);
            }

            @Override
            public void inline(Inline in) {
                in.accept(d);
            }
        });
        return d.md.digest();
    }

    private void metadata(Metadata m) {
        strings(m.title(), m.subtitle(), m.date(), m.language(), m.identifier(), m.publisher(), m.description(),
                m.rights(), m.coverImage());
        list(m.authors());
        list(m.keywords());
        number(m.contributors().size());
        for (imprint.model.Contributor c : m.contributors()) {
            strings(c.name(), c.title(), c.affiliation(), c.role());
        }
        imprint.model.Dateline dl = m.dateline();
        strings(dl.text(), dl.place(), dl.date(), dl.source());
        strings(m.slug(), m.edition(), m.copyright(), m.editorNote());
        number(m.urgency());
        imprint.model.BookMatter b = m.book();
        if (!b.equals(imprint.model.BookMatter.EMPTY)) {
            // Only when present, so the identity of every document without book fields stays as it was.
            strings(b.type(), b.print(), b.dedication(), b.epigraph(), b.epigraphSource(), b.printedIn(), b.aboutTheAuthor(), b.notes());
        }
    }

    private void kind(int k) {
        md.update((byte) k);
    }

    private void number(long n) {
        for (int i = 7; i >= 0; i--) {
            md.update((byte) (n >>> (i * 8)));
        }
    }

    private void strings(String... values) {
        for (String s : values) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length);
            md.update(b);
        }
    }

    private void list(List<String> values) {
        number(values.size());
        values.forEach(this::strings);
    }

    private void items(List<Block.ListItem> items) {
        number(items.size());
        for (Block.ListItem it : items) {
            kind(it.task().ordinal());
            number(it.blocks().size());
        }
    }

    private void cells(List<Block.TableCell> cells) {
        for (Block.TableCell c : cells) {
            number(c.content().size());
        }
    }

    @Override
    public Void visitHeading(Block.Heading h) {
        kind(1);
        number(h.level());
        strings(h.id());
        number(h.content().size());
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph p) {
        kind(2);
        number(p.content().size());
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote q) {
        kind(3);
        number(q.blocks().size());
        return null;
    }

    @Override
    public Void visitBulletList(Block.BulletList l) {
        kind(4);
        kind(l.tight() ? 1 : 0);
        items(l.items());
        return null;
    }

    @Override
    public Void visitOrderedList(Block.OrderedList l) {
        kind(5);
        kind(l.tight() ? 1 : 0);
        number(l.start());
        items(l.items());
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock c) {
        kind(6);
        strings(c.language(), c.code());
        return null;
    }

    @Override
    public Void visitThematicBreak(Block.ThematicBreak t) {
        kind(7);
        return null;
    }

    @Override
    public Void visitTable(Block.Table t) {
        kind(8);
        number(t.columns());
        t.alignments().forEach(a -> kind(a.ordinal()));
        number(t.rows().size());
        cells(t.header());
        t.rows().forEach(this::cells);
        return null;
    }

    @Override
    public Void visitFigure(Block.Figure f) {
        kind(9);
        strings(f.source(), f.alt(), f.caption(), f.credit());
        return null;
    }

    @Override
    public Void visitFootnoteDefinition(Block.FootnoteDefinition d) {
        kind(10);
        strings(d.label());
        number(d.blocks().size());
        return null;
    }

    @Override
    public Void visitText(Inline.Text t) {
        kind(32);
        strings(t.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
        kind(33);
        number(e.content().size());
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
        kind(34);
        number(s.content().size());
        return null;
    }

    @Override
    public Void visitStrikethrough(Inline.Strikethrough s) {
        kind(35);
        number(s.content().size());
        return null;
    }

    @Override
    public Void visitCode(Inline.Code c) {
        kind(36);
        strings(c.code());
        return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
        kind(37);
        strings(l.target(), l.title());
        number(l.content().size());
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        kind(38);
        strings(im.source(), im.alt(), im.title());
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        kind(39);
        return null;
    }

    @Override
    public Void visitDivision(Block.Division d) {
        kind(11);
        strings(d.lang(), d.dir());
        number(d.blocks().size());
        return null;
    }

    @Override
    public Void visitSpan(Inline.Span s) {
        kind(41);
        strings(s.lang(), s.dir());
        number(s.content().size());
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef r) {
        kind(40);
        strings(r.label());
        return null;
    }
}
