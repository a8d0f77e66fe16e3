package imprint.plan;

import static imprint.testing.SampleDocuments.h;
import static imprint.testing.SampleDocuments.p;
import static imprint.testing.SampleDocuments.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.resource.FolderResourceResolver;
import imprint.resource.Resource;
import imprint.resource.ResourceResolver;
import imprint.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the plan works out once for every format. */
class DocumentPlanTest {
    private static DocumentPlan plan(Document doc) {
        return DocumentPlan.of(doc, RenderContext.defaults("notes.md"));
    }

    private static Document doc(Block... blocks) {
        return new Document(Metadata.EMPTY.withTitle("T"), List.of(blocks));
    }

    @Test
    void linksResolveByThePolicyAndTheDocumentsIds() {
        DocumentPlan plan = plan(doc(h(1, "One", "one"), p("x"), h(2, "Two", "two")));
        assertEquals(new LinkTarget(LinkTarget.Kind.INTERNAL, "", "two", 2), plan.link("#two"));
        assertEquals(LinkTarget.Kind.TEXT, plan.link("#nowhere").kind(), "an id the document lacks");
        assertEquals(new LinkTarget(LinkTarget.Kind.EXTERNAL, "https://example.org", "", -1), plan.link("https://example.org"));
        assertEquals(LinkTarget.Kind.TEXT, plan.link("ftp://example.org").kind());
        assertEquals(LinkTarget.Kind.TEXT, plan.link("javascript:alert(1)").kind());
        assertEquals(LinkTarget.Kind.TEXT, plan.link("chapter2.html").kind());
    }

    @Test
    void theOutlineHasEveryHeadingAndEachFormatPicksItsDepth() {
        DocumentPlan plan = plan(doc(h(1, "One", "one"), h(3, "Three", "three"), h(2, "", "empty"), p("x"),
                h(2, "Two", "two")));
        assertEquals(4, plan.outline().entries().size());
        assertEquals(List.of("one", "two"), plan.outline().upTo(2).stream().map(Outline.Entry::id).toList(),
                "empty headings are not listed");
        assertEquals(4, plan.outline().entries().get(3).block(), "the block index of each heading");
    }

    @Test
    void headingLevelsNeverSkipOne() {
        Block.Heading a = h(1, "A", "a");
        Block.Heading b = h(4, "B", "b");
        Block.Heading c = h(6, "C", "c");
        Block.Heading d = h(2, "D", "d");
        Block.Heading first = h(3, "First", "first");
        DocumentPlan plan = plan(doc(a, b, c, d));
        assertEquals(List.of(1, 2, 3, 2), List.of(plan.headingLevel(a), plan.headingLevel(b), plan.headingLevel(c),
                plan.headingLevel(d)));
        assertEquals(2, plan(doc(first)).headingLevel(first), "the title is the first level");
    }

    @Test
    void notesAreNumberedInReadingOrderAndBelongWhereFirstReferenced() {
        Block.FootnoteDefinition inner = new Block.FootnoteDefinition("inner", List.of(p("Inner note.")));
        Block.FootnoteDefinition b = new Block.FootnoteDefinition("b", List.of(p(t("B, see"), new Inline.FootnoteRef("inner"))));
        Block.FootnoteDefinition a = new Block.FootnoteDefinition("a", List.of(p("A.")));
        Block.FootnoteDefinition unused = new Block.FootnoteDefinition("unused", List.of(p("Never referenced.")));
        Document d = doc(p(t("First"), new Inline.FootnoteRef("b")), p(t("Second"), new Inline.FootnoteRef("a"),
                new Inline.FootnoteRef("b"), new Inline.FootnoteRef("missing")), a, b, inner, unused);
        Notes notes = plan(d).notes();
        assertEquals(List.of("b", "inner", "a"), notes.inOrder().stream().map(Notes.Note::label).toList());
        assertEquals(List.of(1, 2, 3), notes.inOrder().stream().map(Notes.Note::number).toList());
        assertEquals(List.of("b", "inner"), notes.belongingTo(0).stream().map(Notes.Note::label).toList(),
                "a note referenced only from a note belongs with it");
        assertEquals(List.of("a"), notes.belongingTo(1).stream().map(Notes.Note::label).toList());
        assertEquals(0, notes.number("missing"));
        assertEquals(0, notes.number("unused"));
        assertEquals("[missing]", Notes.unresolved("missing"));
    }

    @Test
    void identityIsTheContentAndThePageChangingOptions() {
        Document doc = SampleDocuments.kitchenSink();
        DocumentPlan one = plan(doc);
        DocumentPlan again = plan(SampleDocuments.kitchenSink());
        assertArrayEquals(one.identity().content(), again.identity().content(), "same content, same digest");
        assertArrayEquals(one.identity().fileId(), again.identity().fileId());
        assertEquals(one.identifier(), again.identifier());
        assertTrue(one.identifier().startsWith("urn:uuid:"));

        List<Block> changed = new ArrayList<>(doc.blocks());
        changed.set(1, p("A different paragraph."));
        assertFalse(java.util.Arrays.equals(one.identity().content(), plan(doc.withBlocks(changed)).identity().content()));

        DocumentPlan letter = DocumentPlan.of(doc, new RenderContext(RenderOptions.DEFAULTS.withPaper(Paper.LETTER),
                new Diagnostics(), ResourceResolver.NONE, "notes.md"));
        assertArrayEquals(one.identity().content(), letter.identity().content(), "the paper is not content");
        assertFalse(java.util.Arrays.equals(one.identity().fileId(), letter.identity().fileId()), "but it is another PDF");
        assertEquals("urn:isbn:9780000000000", plan(doc.withMetadata(doc.metadata().withIdentifier("urn:isbn:9780000000000")))
                .identifier(), "the document's own identifier wins");
    }

    @Test
    void theEncodingIsUnambiguous() {
        // The same text split differently between two list items must not digest the same.
        Document one = doc(new Block.BulletList(List.of(new Block.ListItem(List.of(p("a"), p("b"))),
                new Block.ListItem(List.of(p("c")))), true));
        Document two = doc(new Block.BulletList(List.of(new Block.ListItem(List.of(p("a"))),
                new Block.ListItem(List.of(p("b"), p("c")))), true));
        assertFalse(java.util.Arrays.equals(plan(one).identity().content(), plan(two).identity().content()));
    }

    @Test
    void imagesAreReadOnceForEveryFormat() {
        AtomicInteger calls = new AtomicInteger();
        ResourceResolver real = new FolderResourceResolver(List.of(SampleDocuments.FIXTURES));
        ResourceResolver counting = (source, diags) -> {
            calls.incrementAndGet();
            return real.image(source, diags);
        };
        Document doc = doc(new Block.Figure("images/gradient.png", "A gradient", "Figure 1"),
                p(t("inline "), new Inline.Image("images/gradient.png", "g", "")),
                new Block.Figure("images/missing.png", "", ""));
        Diagnostics diags = new Diagnostics();
        DocumentPlan plan = DocumentPlan.of(doc, new RenderContext(RenderOptions.DEFAULTS, diags, counting, "x.md"));
        assertEquals(2, calls.get(), "each source once");
        Optional<PlannedImage> img = plan.image("images/gradient.png");
        assertTrue(img.isPresent());
        Resource r = img.get().resource();
        assertEquals(r.width() * 72.0 / (r.dpi() > 0 ? r.dpi() : 96), img.get().widthPt(), 1e-9);
        assertTrue(plan.image("images/missing.png").isEmpty());
        assertEquals(1, diags.list().size(), "the missing image is reported once: " + diags.list());
        assertEquals(1, plan.images().size());
        assertEquals("[image]", DocumentPlan.imagePlaceholder(" "));
        assertEquals("[A gradient]", DocumentPlan.imagePlaceholder("A gradient"));
    }
}
