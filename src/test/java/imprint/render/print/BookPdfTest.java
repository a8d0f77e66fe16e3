package imprint.render.print;

import static imprint.render.print.PrintOutputTest.KDP;
import static imprint.render.print.PrintOutputTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.render.OutputFormat;
import imprint.testing.PdfValidator;
import imprint.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@code --book}: chapters on rectos, front matter in roman page labels, book running heads; read back per page. */
class BookPdfTest {
    private static final Document BOOK = new Document(SampleDocuments.longBook(5, 6).metadata()
            .withRights("\u00A9 2026 A. Writer. All rights reserved.").withIdentifier("978-1-23456-789-7")
            .withPublisher("Tidewater Press"), SampleDocuments.longBook(5, 6).blocks());

    private static List<String> pages(PDDocument d) throws Exception {
        List<String> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
            s.setStartPage(i);
            s.setEndPage(i);
            out.add(s.getText(d));
        }
        return out;
    }

    @Test
    void chaptersOpenOnRectosWithoutRunningHeadsAndTheFrontMatterIsRoman() throws Exception {
        byte[] pdf = render(BOOK, KDP.withBook(true), OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> text = pages(d);
            // Where each chapter opens, from the bookmarks (the level-1 outline items).
            List<Integer> openers = new ArrayList<>();
            for (var item : d.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().startsWith("Chapter")) {
                    openers.add(d.getPages().indexOf(item.findDestinationPage(d)) + 1);
                }
            }
            assertEquals(5, openers.size(), openers.toString());
            for (int p : openers) {
                assertEquals(1, p % 2, "chapter on page " + p + " is on a recto");
                String page = text.get(p - 1);
                String title = "Chapter " + (openers.indexOf(p) + 1);
                assertEquals(title, page.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip(), "page " + p);
                assertFalse(page.contains("The Long Book"), "no running head on the opener, page " + p);
                assertEquals(page.indexOf(title), page.lastIndexOf(title), "the title once: no running head repeating it");
            }
            // The verso before chapter 1 is the copyright page; the title page before it.
            int first = openers.get(0);
            assertTrue(text.get(first - 2).contains("ISBN 978-1-23456-789-7") && text.get(first - 2).contains("Tidewater Press"),
                    text.get(first - 2));
            assertTrue(text.get(0).contains("The Long Book"));
            // Running heads: the title on versos, the chapter on rectos, in the body past the openers.
            for (int p = first + 1; p <= text.size(); p++) {
                if (openers.contains(p) || text.get(p - 1).isBlank()) {
                    continue;
                }
                String head = text.get(p - 1).lines().findFirst().orElse("").strip();
                if (p % 2 == 0) {
                    assertEquals("The Long Book", head, "verso " + p);
                } else {
                    assertTrue(head.matches("Chapter \\d+"), "recto " + p + ": " + head);
                }
            }
            // Page labels: i, ii before the first chapter, then 1, 2, 3 ...; the folio printed is the label.
            String[] labels = d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("i", labels[0]);
            assertEquals(imprint.plan.DocumentPlan.romanFolio(first - 1), labels[first - 2]);
            assertEquals("iv", labels[first - 2], "half-title, its blank verso, title page, copyright page");
            assertEquals("1", labels[first - 1]);
            assertEquals(Integer.toString(d.getNumberOfPages() - first + 1), labels[d.getNumberOfPages() - 1]);
            String second = text.get(first);
            assertTrue(second.strip().endsWith("2"), "the folio of the page after chapter 1's opening is 2: " + second);
            assertFalse(text.get(first - 1).lines().anyMatch(l -> l.strip().equals(Integer.toString(first))),
                    "the physical page number is not printed");
        }
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void theContentsGiveTheFoliosWithDotLeaders() throws Exception {
        byte[] pdf = render(BOOK, KDP.withBook(true).withToc(imprint.plan.RenderOptions.Toc.ON), OutputFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String[] labels = d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<String> text = pages(d);
            int checked = 0;
            for (var item : d.getDocumentCatalog().getDocumentOutline().children()) {
                if (!item.getTitle().startsWith("Chapter")) {
                    continue;
                }
                String label = labels[d.getPages().indexOf(item.findDestinationPage(d))];
                // The contents line: the title, dot leaders, and the chapter's page label (its printed folio).
                String front = String.join("", text.subList(0, 6));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + item.getTitle() + " ?(\\. ?){5,}(\\d+)$")
                        .matcher(front);
                assertTrue(m.find(), "contents line for " + item.getTitle() + " in: " + front);
                assertEquals(label, m.group(2), item.getTitle());
                checked++;
            }
            assertEquals(5, checked);
        }
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void withoutBookOrWithOneChapterItIsAnArticle() throws Exception {
        // Negative controls: no --book, and --book on a document with one level-1 heading.
        for (byte[] pdf : List.of(render(BOOK, KDP, OutputFormat.PDF),
                render(SampleDocuments.longBook(1, 30), KDP.withBook(true), OutputFormat.PDF))) {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                assertEquals(null, d.getDocumentCatalog().getPageLabels());
                List<String> text = pages(d);
                assertTrue(text.get(0).contains("Chapter 1"), "chapter 1 follows the title on page 1");
            }
        }
    }
}
