package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.RenderOptions;
import imprint.testing.SampleDocuments;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Nesting kept as Word keeps it, read back with POI: each quote level one indentation step of
 * the Quote style further in, lists inside quotes indented with them and quotes inside list
 * items with the item, list levels as Word numbering levels, and notes holding links, pictures,
 * tables and the notes they refer to.
 */
class DocxStructureTest {
    /** What one paragraph must be: style, text, list level (-1 none), direct left indent (-1 none). */
    private record Want(String style, String text, int ilvl, long left) {
    }

    @Test
    void quotesAndListsNestAsIndentation() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(DocxFixtures.render(DocxFixtures.structures(), RenderOptions.DEFAULTS))) {
            List<DocxReadBack.Para> paras = DocxReadBack.paragraphs(d);
            int from = paras.indexOf(paras.stream().filter(p -> p.text().equals("Nesting")).findFirst().orElseThrow()) + 1;
            List<Want> want = List.of(
                    new Want("Quote", "Quote level one.", -1, -1), // the Quote style's own 720
                    new Want("Quote", "Quote level two.", -1, 1440),
                    new Want("Quote", "Quote level three.", -1, 2160),
                    new Want("Quote", "Back at level one.", -1, -1),
                    new Want("ListBullet", "An item inside the quote", 0, 1440),
                    new Want("ListBullet", "Another item inside the quote", 0, 1440),
                    new Want("ListNumber", "Numbered, deeper", 1, 1800),
                    new Want("ListBulletLoose", "An item holding a quote", 0, -1), // the numbering's own 720
                    new Want("Quote", "Quoted inside the item.", -1, 1440),
                    new Want("ListBulletLoose", "", 0, -1), // the number of an item that opens with code
                    new Want("SourceCode", "code first in an item", -1, 720),
                    new Want("ListBulletLoose", "Then a paragraph", 0, -1),
                    new Want("ListContinue", "and its continuation", -1, 720));
            for (int i = 0; i < want.size(); i++) {
                DocxReadBack.Para p = paras.get(from + i);
                Want w = want.get(i);
                assertEquals(w, new Want(p.style(), p.text(), p.ilvl(), p.left()), "paragraph " + i);
            }
            // Each list its own numbering instance, the nested one inside the quote included.
            assertTrue(paras.get(from + 4).numId().equals(paras.get(from + 5).numId()));
            assertTrue(!paras.get(from + 6).numId().equals(paras.get(from + 4).numId()));
            assertTrue(!paras.get(from + 7).numId().equals(paras.get(from + 4).numId()));
        }
    }

    @Test
    void notesHoldLinksPicturesTablesAndTheNotesTheyCite() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(DocxFixtures.render(DocxFixtures.structures(), RenderOptions.DEFAULTS))) {
            List<XWPFFootnote> notes = d.getFootnotes().stream().filter(f -> f.getId().signum() > 0).toList();
            assertEquals(4, notes.size());
            XWPFFootnote links = notes.get(0);
            String url = links.getParagraphs().get(0).getRuns().stream()
                    .filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
                    .map(r -> ((org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun) r).getHyperlinkId())
                    .findFirst().orElseThrow();
            var footnotesPart = d.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/footnotes.xml")).get(0);
            url = footnotesPart.getRelationship(url).getTargetURI().toString();
            assertEquals("https://example.org/notes?a=1&b=2", url, "resolved in footnotes.xml.rels");
            assertEquals(1, links.getParagraphs().get(0).getRuns().stream().mapToInt(r -> r.getEmbeddedPictures().size()).sum());
            assertEquals(1, notes.get(1).getTables().size(), "the table note keeps its table");
            assertEquals("Body", notes.get(1).getTables().get(0).getRow(1).getCell(0).getText());
            List<String> outer = notes.get(2).getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(List.of(" The outer note, citinga.", "a The inner note, referenced only from a note."), outer,
                    "the note cited only from a note, printed under its mark at the end of the citing note");
            assertEquals(" A note from a table cell.", notes.get(3).getParagraphs().get(0).getText());
        }
    }

    @Test
    void theKitchenSinksNestedQuoteIsIndentedOneStepFurther() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(DocxFixtures.render(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS))) {
            List<DocxReadBack.Para> quotes = DocxReadBack.paragraphs(d).stream().filter(p -> "Quote".equals(p.style())).toList();
            assertEquals(2, quotes.size());
            assertEquals(-1, quotes.get(0).left());
            assertEquals(1440, quotes.get(1).left());
            assertEquals("A nested quote.", quotes.get(1).text());
        }
    }
}
