package imprint.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.PdfValidator;
import imprint.testing.ReadingText;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The book's own pages from the front matter ({@code type: book}, {@code print: kdp},
 * dedication, epigraph, "printed in", about the author), read back from the PDF page by page.
 */
class BookFrontMatterTest {
    static final String FRONT = """
            ---
            title: The Winter Mill
            subtitle: A Novel
            author: A. Writer
            publisher: Tidewater Press
            type: book
            print: kdp
            rights: "© 2026 A. Writer. All rights reserved."
            isbn: 978-1-23456-789-7
            edition: First edition, 2026
            printed-in: Printed in the United States of America
            dedication: For my mother, who kept the mill running.
            epigraph: The snow falls, and the world forgets its edges.
            epigraph-source: Old proverb
            about-the-author: A. Writer lives by a river and writes about mills.
            ---
            """;

    static String body() {
        StringBuilder b = new StringBuilder();
        String[] titles = {"The First Snow", "Roads Closed", "Chapter 3: The Thaw"};
        for (String t : titles) {
            b.append("# ").append(t).append("\n\n");
            for (int i = 0; i < 8; i++) {
                b.append("Whatever the river carried past the mill that winter, nobody in the village "
                        + "asked where it came from or where it went, and the roads stayed closed for weeks. ".repeat(3))
                        .append("\n\n");
            }
        }
        return b.toString();
    }

    static byte[] pdf(String md, RenderOptions o) throws Exception {
        Diagnostics d = new Diagnostics();
        Document doc = Imprint.read(md, InputFormat.MARKDOWN, d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, new RenderContext(o, d, ResourceResolver.NONE, "winter.md")), OutputFormat.PDF, out);
        return out.toByteArray();
    }

    static List<String> pages(PDDocument d) throws Exception {
        List<String> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
            s.setStartPage(i);
            s.setEndPage(i);
            out.add(s.getText(d).strip());
        }
        return out;
    }

    static int page(PDDocument d, String bookmark) throws Exception {
        for (var item : d.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(bookmark)) {
                return d.getPages().indexOf(item.findDestinationPage(d)) + 1;
            }
        }
        return -1;
    }

    @Test
    void typeBookInTheFrontMatterSetsEveryPageOfTheBook() throws Exception {
        RenderOptions o = RenderOptions.DEFAULTS.withDuplex(true).withToc(RenderOptions.Toc.ON);
        byte[] pdf = pdf(FRONT + body(), o);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> t = pages(d);
            // print: kdp works as --print kdp: the 6 x 9 in trim with its bleed.
            assertNotNull(d.getPage(0).getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.TRIM_BOX));
            assertEquals(6 * 72, d.getPage(0).getTrimBox().getWidth(), 0.5);
            assertEquals("The Winter Mill", t.get(0), "the half-title: the title alone");
            assertEquals("", t.get(1), "its verso blank");
            for (String s : List.of("The Winter Mill", "A Novel", "A. Writer", "Tidewater Press")) {
                assertTrue(t.get(2).contains(s), "title page (iii) has " + s + ": " + t.get(2));
            }
            for (String s : List.of("© 2026 A. Writer", "ISBN 978-1-23456-789-7", "First edition, 2026",
                    "Published by Tidewater Press", "Printed in the United States of America")) {
                assertTrue(t.get(3).contains(s), "copyright page (iv) has " + s + ": " + t.get(3));
            }
            assertEquals("For my mother, who kept the mill running.", t.get(4), "dedication alone on the recto v");
            assertEquals("", t.get(5));
            assertTrue(t.get(6).startsWith("The snow falls, and the world forgets its edges.") && t.get(6).endsWith("\u2014 Old proverb"),
                    "epigraph on vii: " + t.get(6));
            assertTrue(t.get(8).startsWith("Contents") && t.get(8).endsWith("ix"), "contents on ix, its roman folio printed: " + t.get(8));
            for (int display = 0; display < 8; display++) {
                assertFalse(t.get(display).matches("(?s).*\\n[ivx]+$"), "no folio on display page " + (display + 1));
            }
            int first = page(d, "The First Snow");
            assertEquals(11, first, "chapter 1 on the recto after the contents' blank verso");
            String[] labels = d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("x", labels[first - 2]);
            assertEquals("1", labels[first - 1]);
            // The opener: "Chapter 1" above the title; a heading that numbers itself gets no label.
            assertTrue(t.get(first - 1).startsWith("Chapter 1\nThe First Snow"), t.get(first - 1));
            int third = page(d, "Chapter 3: The Thaw");
            assertTrue(t.get(third - 1).startsWith("Chapter 3: The Thaw"), t.get(third - 1));
            assertEquals(1, t.get(third - 1).split("Chapter 3", -1).length - 1, "no \"Chapter 3\" label over \"Chapter 3: The Thaw\"");
            // Back matter: about the author on a recto of its own, bookmarked.
            int about = page(d, "About the Author");
            assertEquals(1, about % 2, "about the author on a recto");
            assertTrue(about > third && t.get(about - 1).startsWith("About the Author\nA. Writer lives by a river"), t.get(about - 1));
            // The contents list the chapters' printed folios.
            assertTrue(t.get(8).matches("(?s).*The First Snow[ .]+1\\n.*"), t.get(8));
        }
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void aOneSidedBookKeepsItsCopyrightPage() throws Exception {
        byte[] pdf = pdf(FRONT.replace("print: kdp\n", "") + body(), RenderOptions.DEFAULTS);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> t = pages(d);
            assertEquals("The Winter Mill", t.get(0));
            assertTrue(t.get(1).contains("Tidewater Press"), "title page on page 2");
            assertTrue(t.get(2).contains("ISBN 978-1-23456-789-7"), "copyright page on page 3: " + t.get(2));
            assertEquals("For my mother, who kept the mill running.", t.get(3));
            assertTrue(t.get(4).startsWith("The snow falls"));
            assertEquals(6, page(d, "The First Snow"), "chapter 1 right after: no blank pages one-sided");
            assertNull(d.getPage(0).getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.TRIM_BOX), "no print: no trim box");
        }
    }

    @Test
    void withoutTypeBookTheFieldsDoNotMakeABook() throws Exception {
        // Negative control: the same document without "type: book" is an article.
        byte[] pdf = pdf(FRONT.replace("type: book\n", "").replace("print: kdp\n", "") + body(), RenderOptions.DEFAULTS);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertNull(d.getDocumentCatalog().getPageLabels());
            String first = pages(d).get(0);
            assertTrue(first.startsWith("The Winter Mill\nA Novel") && first.contains("The First Snow"), first);
            assertFalse(first.contains("For my mother"));
            assertEquals(-1, page(d, "About the Author"));
        }
    }

    @Test
    void anUnknownPrinterIsReportedAndTheFileIsForTheScreen() throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = Imprint.read(FRONT.replace("print: kdp", "print: lulu") + body(), InputFormat.MARKDOWN, diags);
        var plan = Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, diags, ResourceResolver.NONE, "w.md"));
        assertNull(plan.options().print());
        assertTrue(diags.list().stream().anyMatch(x -> x.message().contains("\"print\"") && x.message().contains("lulu")),
                diags.list().toString());
    }

    @Test
    void theChapterOpensWithARaisedInitialInsideItsWholeFirstWord() throws Exception {
        for (boolean book : List.of(true, false)) {
            String md = (book ? FRONT : FRONT.replace("type: book\n", "")) + body();
            byte[] pdf = pdf(md, RenderOptions.DEFAULTS);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                int p = page(d, "The First Snow");
                PDPage page = d.getPage(p - 1);
                // The first paragraph's marked content begins with the whole first word.
                Map<Integer, String> mc = ReadingText.markedContent(d).get(page);
                assertTrue(mc.values().stream().anyMatch(s -> s.startsWith("Whatever")), mc.toString());
                assertFalse(mc.values().stream().anyMatch(s -> s.equals("W")), "the initial is no element of its own");
                // Its first letter is set large in the book only (the article is the negative control).
                List<TextPosition> all = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        all.addAll(positions);
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(d);
                StringBuilder chars = new StringBuilder();
                all.forEach(tp -> chars.append(tp.getUnicode().charAt(0)));
                int at = chars.indexOf("Whatever");
                assertTrue(at >= 0, chars.toString());
                float[] sizes = {all.get(at).getFontSizeInPt(), all.get(at + 1).getFontSizeInPt()};
                assertTrue(sizes[1] > 0, "found the first word");
                if (book) {
                    assertTrue(sizes[0] > 2 * sizes[1], "raised initial: " + sizes[0] + " over " + sizes[1]);
                } else {
                    assertEquals(sizes[1], sizes[0], 0.01, "no initial in an article");
                }
            }
        }
    }

    @Test
    void theFrontMatterIsReadOnceIntoThePlan() throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = Imprint.read(FRONT + body(), InputFormat.MARKDOWN, diags);
        var plan = Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, diags, ResourceResolver.NONE, "w.md"));
        var b = plan.bookMatter();
        assertEquals("book", b.type());
        assertEquals("kdp", b.print());
        assertEquals("For my mother, who kept the mill running.", b.dedication());
        assertEquals("The snow falls, and the world forgets its edges.", b.epigraph());
        assertEquals("Old proverb", b.epigraphSource());
        assertEquals("Printed in the United States of America", b.printedIn());
        assertEquals("A. Writer lives by a river and writes about mills.", b.aboutTheAuthor());
        assertEquals("First edition, 2026", plan.metadata().edition());
        assertTrue(plan.book());
        assertEquals(imprint.plan.PrintProfile.KDP, plan.options().print().profile());
        assertEquals(imprint.plan.Paper.SIX_BY_NINE.width(), plan.options().paper().width(), 0.01);
        assertEquals(List.of("\u00A9 2026 A. Writer. All rights reserved.", "ISBN 978-1-23456-789-7", "First edition, 2026",
                "Published by Tidewater Press", "Printed in the United States of America"), imprint.plan.CopyrightPage.lines(plan));
        List<imprint.model.Block.Heading> chapters = plan.blocks().stream()
                .filter(x -> x instanceof imprint.model.Block.Heading).map(x -> (imprint.model.Block.Heading) x).toList();
        assertEquals(List.of(1, 2, 3), chapters.stream().map(plan::chapterNumber).toList());
        assertEquals(List.of("Chapter 1", "Chapter 2", ""), chapters.stream().map(plan::chapterLabel).toList());
        assertTrue(diags.list().stream().noneMatch(x -> x.code() == imprint.diag.Code.FRONT_MATTER_UNKNOWN_KEY), diags.list().toString());
        assertEquals(List.of("i", "iv", "ix", "xiv", "xl"), List.of(1, 4, 9, 14, 40).stream().map(imprint.plan.DocumentPlan::romanFolio).toList());
        // --book needs two chapters; type: book one; neither, none.
        Document one = Imprint.read(FRONT + "# Only\n\nText.\n", InputFormat.MARKDOWN, new Diagnostics());
        assertTrue(Imprint.plan(one, RenderContext.defaults("o.md")).book());
        Document oneUntyped = Imprint.read(FRONT.replace("type: book\n", "") + "# Only\n\nText.\n", InputFormat.MARKDOWN, new Diagnostics());
        assertFalse(Imprint.plan(oneUntyped, new RenderContext(RenderOptions.DEFAULTS.withBook(true), new Diagnostics(),
                ResourceResolver.NONE, "o.md")).book());
    }

    @Test
    void textBeforeTheFirstChapterHasAFrontMatterPageOfItsOwn() throws Exception {
        String md = "---\ntitle: Pre\ntype: book\ndedication: For you.\n---\n\nA preface before any chapter.\n\n"
                + "# One\n\nText one.\n\n# Two\n\nText two.\n";
        try (PDDocument d = Loader.loadPDF(pdf(md, RenderOptions.DEFAULTS))) {
            List<String> t = pages(d);
            assertEquals("For you.", t.get(3), "the dedication page holds the dedication only");
            assertEquals("A preface before any chapter.\nv", t.get(4), "the preface on page v, its roman folio printed");
            assertEquals(6, page(d, "One"));
        }
    }
}
