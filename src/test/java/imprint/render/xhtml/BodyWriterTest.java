package imprint.render.xhtml;

import static imprint.testing.SampleDocuments.p;
import static imprint.testing.SampleDocuments.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.RenderContext;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared body writer, directly: markup for each construct in both dialects. */
class BodyWriterTest {
    private static final Placement HERE = new Placement() {
        @Override
        public String internalHref(LinkTarget target) {
            return "#" + target.id();
        }

        @Override
        public String noteHref(Notes.Note note) {
            return "#fn-" + note.number();
        }

        @Override
        public String imageSrc(String source) {
            return null;
        }
    };

    private static String write(Dialect dialect, Block... blocks) {
        Document doc = new Document(Metadata.EMPTY.withTitle("T"), List.of(blocks));
        DocumentPlan plan = DocumentPlan.of(doc, RenderContext.defaults("t.md"));
        XhtmlWriter w = new XhtmlWriter(dialect == Dialect.EPUB);
        new BodyWriter(w, dialect, plan, HERE, new HashMap<>()).blocks(doc.blocks());
        return w.toString();
    }

    @Test
    void textAndAttributesAreEscapedAndForbiddenCharactersDropped() {
        String html = write(Dialect.HTML, p(t("<b>&\"x\"\u0001</b>")),
                p(new Inline.Link("https://example.org/?a=1&b=2", "t\"itle", List.of(t("link")))));
        assertTrue(html.contains("<p>&lt;b&gt;&amp;\"x\"&lt;/b&gt;</p>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\" title=\"t&quot;itle\">link</a>"), html);
    }

    @Test
    void onlyThePlansLinksBecomeAnchors() {
        String html = write(Dialect.HTML, new Block.Heading(1, List.of(t("Top")), "top"),
                p(new Inline.Link("#top", "", List.of(t("up"))), t(" "), new Inline.Link("javascript:alert(1)", "", List.of(t("evil"))),
                        t(" "), new Inline.Link("ftp://example.org/f", "", List.of(t("ftp"))), t(" "),
                        new Inline.Link("#gone", "", List.of(t("gone")))));
        assertTrue(html.contains("<a href=\"#top\">up</a>"), html);
        assertTrue(html.contains(" evil ftp gone</p>"), "unsafe, unvetted and dangling links keep their text only: " + html);
    }

    @Test
    void noteReferencesAreNumberedLinksAndNeverNestInALink() {
        Block.FootnoteDefinition note = new Block.FootnoteDefinition("n", List.of(p("The note.")));
        String epub = write(Dialect.EPUB, p(t("a"), new Inline.FootnoteRef("n"), t(" b"),
                new Inline.Link("https://example.org", "", List.of(t("link"), new Inline.FootnoteRef("n")))), note);
        assertTrue(epub.contains("<sup><a epub:type=\"noteref\" role=\"doc-noteref\" id=\"fnref-1\" href=\"#fn-1\">1</a></sup>"), epub);
        assertTrue(epub.contains("<a href=\"https://example.org\">link</a><sup><a epub:type=\"noteref\" role=\"doc-noteref\" id=\"fnref-1-2\""),
                "the second reference follows the link and has its own id: " + epub);
        String html = write(Dialect.HTML, p(t("a"), new Inline.FootnoteRef("n")), note);
        assertTrue(html.contains("<sup><a role=\"doc-noteref\" id=\"fnref-1\" href=\"#fn-1\">1</a></sup>"),
                "no epub:type in HTML: " + html);
        assertTrue(write(Dialect.HTML, p(t("a"), new Inline.FootnoteRef("nope"))).contains("a[nope]"));
    }

    @Test
    void listsTablesFiguresAndCode() {
        String html = write(Dialect.HTML,
                new Block.BulletList(List.of(new Block.ListItem(List.of(p("done")), Block.Task.DONE)), true),
                new Block.OrderedList(3, List.of(new Block.ListItem(List.of(p("three")))), false),
                new Block.Table(List.of(Block.Alignment.RIGHT), List.of(new Block.TableCell(List.of(t("H")))),
                        List.of(List.of(new Block.TableCell(List.of(t("1.5")))))),
                new Block.Figure("missing.png", "A map", "Caption"),
                new Block.CodeBlock("java", "if (a < b) {}\n"));
        assertTrue(html.contains("<li class=\"task\"><p><span class=\"check\" role=\"img\" aria-label=\"done\">\u2611</span> done</p></li>"), html);
        assertTrue(html.contains("<ol start=\"3\">"), html);
        assertTrue(html.contains("<th class=\"right\" scope=\"col\">H</th>") && html.contains("<td class=\"right\">1.5</td>"), html);
        assertTrue(html.contains("<figure><p class=\"missing-image\">[A map]</p><figcaption>Caption</figcaption></figure>"), html);
        assertTrue(html.contains("<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>"), html);
    }

    @Test
    void voidElementsFollowTheDialect() {
        Block.Paragraph br = p(t("a"), new Inline.LineBreak(), t("b"));
        assertTrue(write(Dialect.EPUB, br).contains("a<br/>b"));
        assertTrue(write(Dialect.HTML, br).contains("a<br>b"));
        assertEquals(write(Dialect.HTML, br), write(Dialect.HTML, br));
    }
}
