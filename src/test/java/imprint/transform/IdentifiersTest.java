package imprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.model.ModelPrinter;
import imprint.read.markdown.MarkdownReader;
import imprint.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    private static String dump(String md) {
        Document doc = new MarkdownReader().read(md, new Diagnostics());
        return ModelPrinter.printBlocks(Identifiers.apply(doc).blocks());
    }

    @Test
    void slugs() {
        assertEquals("level-three", Identifiers.slug("Level three"));
        assertEquals("francais", Identifiers.slug("Français"));
        assertEquals("tieng-viet", Identifiers.slug("Tiếng Việt"));
        assertEquals("strasse-und-lodz", Identifiers.slug("Straße und Łódź"));
        assertEquals("ελληνικα", Identifiers.slug("Ελληνικά"));
        assertEquals("русскии", Identifiers.slug("Русский"));
        assertEquals("whats-new-in-2-0", Identifiers.slug("What’s new in 2.0?"));
        assertEquals("section-1-1", Identifiers.slug("Section 1.1"));
        assertEquals("a-b", Identifiers.slug("  A -- _ b  "));
        assertEquals("section", Identifiers.slug("!?"));
        assertEquals("section", Identifiers.slug(""));
        assertEquals("h-2024-review", Identifiers.slug("2024 Review"));
    }

    @Test
    void duplicatesGetNumbers() {
        assertEquals("""
                paragraph
                  text "Text"
                heading 1 #intro
                  text "Intro"
                heading 2 #intro-1
                  text "Intro"
                heading 2 #intro-2
                  text "Intro"
                heading 3 #section
                  text "***"
                """, dump("Text\n\n# Intro\n## Intro\n## Intro\n### \\*\\*\\*\n"));
    }

    @Test
    void identicalHeadingsNumberOnPastIdsAlreadyTaken() {
        // "same-2" is a heading's own id: the third "Same" skips it, as a scan from 1 would
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading("Taken", "same-2"));
        for (int i = 0; i < 5; i++) {
            blocks.add(heading("Same", ""));
        }
        List<String> ids = new ArrayList<>();
        Identifiers.apply(new Document(Metadata.EMPTY, blocks)).blocks().forEach(b -> ids.add(((Block.Heading) b).id()));
        assertEquals(List.of("same-2", "same", "same-1", "same-3", "same-4", "same-5"), ids);
    }

    @Test
    void oneHundredThousandIdenticalHeadingsGetDistinctIds() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            blocks.add(heading("Same", ""));
        }
        List<String> ids = new ArrayList<>();
        Identifiers.apply(new Document(Metadata.EMPTY, blocks)).blocks().forEach(b -> ids.add(((Block.Heading) b).id()));
        assertEquals(100_000, new java.util.HashSet<>(ids).size());
        assertEquals("same-99999", ids.get(99_999));
    }

    @Test
    void uniqueExistingIdsAreKeptAndGeneratedOnesAvoidThem() {
        Document doc = new Document(Metadata.EMPTY, List.of(
                heading("Results", ""),
                heading("Other", "results"),
                heading("Twice", "dup"),
                heading("Twice again", "dup"),
                heading("Bad", "1st")));
        List<String> ids = new ArrayList<>();
        Identifiers.apply(doc).blocks().forEach(b -> ids.add(((Block.Heading) b).id()));
        assertEquals(List.of("results-1", "results", "twice", "twice-again", "bad"), ids);
    }

    @Test
    void internalLinksFollowTheirHeadings() {
        assertEquals("""
                paragraph
                  link "#whats-new-in-2-0"
                    text "gh"
                  text " "
                  link "#whats-new-in-2-0"
                    text "same"
                  text " "
                  link "#cafe-1"
                    text "second café"
                  text " "
                  link "#nowhere"
                    text "unknown"
                  text " "
                  link "https://x.org/#whats-new-in-2.0"
                    text "external"
                heading 1 #whats-new-in-2-0
                  text "What's New in 2.0?"
                heading 2 #cafe
                  text "Café"
                heading 2 #cafe-1
                  text "Café"
                """, dump("[gh](#whats-new-in-20) [same](#whats-new-in-2-0) [second café](#café-1) "
                + "[unknown](#nowhere) [external](https://x.org/#whats-new-in-2.0)\n\n"
                + "# What's New in 2.0?\n## Café\n## Café\n"));
    }

    @Test
    void theKitchenSinkModelKeepsItsIds() {
        Document doc = SampleDocuments.kitchenSink();
        assertEquals(ModelPrinter.print(doc), ModelPrinter.print(Identifiers.apply(doc)));
    }

    @Test
    void stableAcrossRuns() {
        Document doc = SampleDocuments.longBook(3, 4);
        Document stripped = doc.withBlocks(doc.blocks().stream()
                .map(b -> b instanceof Block.Heading h ? h.withId("") : b).toList());
        assertEquals(ModelPrinter.print(Identifiers.apply(stripped)), ModelPrinter.print(Identifiers.apply(stripped)));
        assertEquals(ModelPrinter.print(doc), ModelPrinter.print(Identifiers.apply(stripped)));
    }

    @Test
    void deepDocumentsDoNotOverflow() {
        Block b = new Block.Paragraph(List.of(new Inline.Text("x")));
        for (int i = 0; i < 10_000; i++) {
            b = new Block.BlockQuote(List.of(b));
        }
        Inline in = new Inline.Text("'deep'");
        for (int i = 0; i < 10_000; i++) {
            in = new Inline.Emphasis(List.of(in));
        }
        Document doc = new Document(Metadata.EMPTY, List.of(b, heading("Top", ""), new Block.Paragraph(List.of(in))));
        Document out = Pipeline.standard(doc);
        assertEquals("top", ((Block.Heading) out.blocks().get(1)).id());
    }

    private static Block.Heading heading(String text, String id) {
        return new Block.Heading(1, List.of(new Inline.Text(text)), id);
    }
}
