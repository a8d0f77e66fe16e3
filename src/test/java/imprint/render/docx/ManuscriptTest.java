package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.testing.DocxValidator;
import imprint.testing.ZipFiles;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Element;

/**
 * {@code --docx-style manuscript}: Standard Manuscript Format, read back with POI. Times New
 * Roman 12 pt, double-spaced, one-inch margins, half-inch first-line indents and no space
 * between paragraphs; the contact block and the approximate word count on the first page;
 * "Surname / SHORT TITLE / page" in the header from the second page; chapters on new pages;
 * scene breaks as a centred {@code #}.
 */
class ManuscriptTest {
    private final Document story = DocxFixtures.story();
    private final byte[] docx = DocxFixtures.render(story, DocxFixtures.MANUSCRIPT);

    @Test
    void bodyTextIsTwelvePointTimesDoubleSpacedWithIndentsAndNoSpaceBetween() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(docx)) {
            var defaults = d.getStyle().getDocDefaults();
            var fonts = defaults.getRPrDefault().getRPr().getRFontsArray(0);
            assertEquals("Times New Roman", fonts.getAscii());
            assertEquals("Times New Roman", fonts.getHAnsi());
            assertEquals(BigInteger.valueOf(24), defaults.getRPrDefault().getRPr().getSzArray(0).getVal(), "12 pt in half-points");
            var spacing = defaults.getPPrDefault().getPPr().getSpacing();
            assertEquals(BigInteger.valueOf(480), spacing.getLine(), "double spacing: 480 of 240");
            assertEquals("auto", spacing.getLineRule().toString());
            assertEquals(BigInteger.ZERO, spacing.getAfter(), "no space between paragraphs");
            CTPPrGeneral body = d.getStyles().getStyle("BodyText").getCTStyle().getPPr();
            assertEquals(BigInteger.valueOf(720), body.getInd().getFirstLine(), "half-inch first-line indent");
            assertFalse(body.isSetSpacing(), "body text keeps the default spacing");
            for (String style : List.of("BodyText", "Heading1", "Quote", "SceneBreak")) {
                assertFalse(hasOwnFont(d.getStyles().getStyle(style)), style + " stays in the manuscript font");
            }
            CTSectPr sect = d.getDocument().getBody().getSectPr();
            for (Object m : List.of(sect.getPgMar().getTop(), sect.getPgMar().getBottom(), sect.getPgMar().getLeft(),
                    sect.getPgMar().getRight())) {
                assertEquals("1440", m.toString(), "one-inch margins");
            }
        }
    }

    @Test
    void theHeaderRunsFromTheSecondPage() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(docx)) {
            CTSectPr sect = d.getDocument().getBody().getSectPr();
            assertTrue(sect.isSetTitlePg(), "a different first page");
            XWPFHeader first = d.getHeaderFooterPolicy().getFirstPageHeader();
            XWPFHeader others = d.getHeaderFooterPolicy().getDefaultHeader();
            assertEquals("", first.getText().strip(), "no header on the first page");
            assertEquals("Writer / THE LIGHTHOUSE KEEPER / 2", others.getText().strip());
            assertEquals("right", others.getParagraphs().get(0).getAlignment().toString().toLowerCase());
            String xml = others.getParagraphs().get(0).getCTP().xmlText();
            assertTrue(xml.contains(" PAGE "), "the number is a PAGE field");
            assertTrue(d.getFooterList().isEmpty(), "no footer");
        }
    }

    @Test
    void theFirstPageHasTheContactBlockWordCountTitleAndByline() throws Exception {
        try (XWPFDocument d = DocxReadBack.open(docx)) {
            var paras = DocxReadBack.paragraphs(d);
            assertEquals(new DocxReadBack.Para("ContactInfo", "Jane Q. Writer\tabout 100 words", null, -1, -1), paras.get(0));
            assertEquals(List.of("12 Harbour Road", "Port Isaac", "jane@example.com"),
                    paras.subList(1, 4).stream().map(DocxReadBack.Para::text).toList());
            assertEquals("The Lighthouse Keeper: A Story", paras.get(4).text());
            assertEquals("Title", paras.get(4).style());
            assertEquals("by Jane Q. Writer", paras.get(5).text());
            var contact = d.getStyles().getStyle("ContactInfo").getCTStyle().getPPr().getSpacing();
            assertEquals(BigInteger.valueOf(240), contact.getLine(), "the contact block is single-spaced");
            var tab = d.getParagraphs().get(0).getCTP().getPPr().getTabs().getTabArray(0);
            assertEquals("right", tab.getVal().toString(), "the word count at the right margin");
        }
        int words = TitleBlock.words(Imprint.plan(story, RenderContext.defaults("story.md")));
        assertEquals(74, words, "the story's words, counted by hand: 28 + 11 + 15 + 4 + 14 and two headings");
    }

    @Test
    void wordCountsAreRoundedAsManuscriptsRoundThem() {
        assertEquals("about 100 words", TitleBlock.wordCount(7));
        assertEquals("about 2,300 words", TitleBlock.wordCount(2_349));
        assertEquals("about 2,400 words", TitleBlock.wordCount(2_350));
        assertEquals("about 19,900 words", TitleBlock.wordCount(19_949));
        assertEquals("about 85,000 words", TitleBlock.wordCount(84_612));
    }

    @Test
    void chaptersStartNewPagesAndSceneBreaksAreACentredHash() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(docx);
        Element body = DocxValidator.xml(parts.get("word/document.xml"));
        List<String> headings = new java.util.ArrayList<>();
        var ps = body.getElementsByTagNameNS(DocxConformanceTest.W, "p");
        int breaks = 0;
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            Element style = DocxConformanceTest.first(p, "pStyle");
            String s = style == null ? "" : style.getAttributeNS(DocxConformanceTest.W, "val");
            if (s.equals("Heading1")) {
                headings.add(p.getTextContent() + (p.getElementsByTagNameNS(DocxConformanceTest.W, "pageBreakBefore").getLength() > 0
                        ? " (new page)" : ""));
            } else if (s.equals("SceneBreak")) {
                assertEquals("#", p.getTextContent());
                breaks++;
            }
        }
        assertEquals(List.of("One", "Two (new page)"), headings, "the first chapter follows the title; the others turn the page");
        assertEquals(2, breaks, "a thematic break and a line holding only #");
        try (XWPFDocument d = DocxReadBack.open(docx)) {
            assertEquals("center", d.getStyles().getStyle("SceneBreak").getCTStyle().getPPr().getJc().getVal().toString());
            assertEquals("center", d.getStyles().getStyle("Heading1").getCTStyle().getPPr().getJc().getVal().toString());
        }
        assertFalse(new String(parts.get("word/document.xml"), java.nio.charset.StandardCharsets.UTF_8).contains("TOCHeading"),
                "a manuscript has no contents list unless asked");
    }

    private static boolean hasOwnFont(XWPFStyle s) {
        return s.getCTStyle().isSetRPr() && s.getCTStyle().getRPr().sizeOfRFontsArray() > 0;
    }
}
