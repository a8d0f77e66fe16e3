package imprint.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.model.ModelPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smart typography and heading identifiers. */
class TransformTest {
    private static String typo(String lang, String text) {
        Document d = new Document(Metadata.EMPTY.withLanguage(lang), List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
        return ((Inline.Text) ((Block.Paragraph) SmartTypography.apply(d).blocks().get(0)).content().get(0)).text();
    }

    @Test
    void englishQuotesDashesAndEllipses() {
        assertEquals("\u201CHi,\u201D she said \u2014 it\u2019s \u2018fine\u2019\u2026 in the \u201990s, pages 3\u20135.",
                typo("en", "\"Hi,\" she said --- it's 'fine'... in the '90s, pages 3--5."));
    }

    @Test
    void germanLowHighQuotes() {
        assertEquals("\u201EJa\u201C, sagte er, \u201Aeinfach\u2018.", typo("de", "\"Ja\", sagte er, 'einfach'."));
    }

    @Test
    void quotesPairAcrossInlineBoundariesAndCodeIsUntouched() {
        Document d = new Document(Metadata.EMPTY, List.of(new Block.Paragraph(List.of(
                new Inline.Text("He said \""), new Inline.Emphasis(List.of(new Inline.Text("stop"))),
                new Inline.Text("\" and ran "), new Inline.Code("x = \"a\" -- b...")))));
        assertEquals("paragraph\n  text \"He said \u201C\"\n  emph\n    text \"stop\"\n  text \"\u201D and ran \"\n"
                + "  code \"x = \\\"a\\\" -- b...\"\n", ModelPrinter.printBlocks(SmartTypography.apply(d).blocks()));
    }

    @Test
    void headingIdsAreSlugsAndUnique() {
        Document d = new Document(Metadata.EMPTY, List.of(
                new Block.Heading(1, List.of(new Inline.Text("Caf\u00E9 & Cr\u00E8me")), ""),
                new Block.Heading(2, List.of(new Inline.Text("Caf\u00E9 & Cr\u00E8me")), ""),
                new Block.Heading(2, List.of(new Inline.Text("2024 plans")), ""),
                new Block.Heading(2, List.of(new Inline.Text("!!!")), "")));
        List<String> ids = Identifiers.apply(d).blocks().stream().map(b -> ((Block.Heading) b).id()).toList();
        assertEquals(List.of("cafe-creme", "cafe-creme-1", "h-2024-plans", "section"), ids);
    }
}
