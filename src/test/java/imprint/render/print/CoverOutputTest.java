package imprint.render.print;

import static imprint.render.print.PrintOutputTest.IN;
import static imprint.render.print.PrintOutputTest.KDP;
import static imprint.render.print.PrintOutputTest.blocking;
import static imprint.render.print.PrintOutputTest.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.preflight.Check;
import imprint.preflight.CoverRules;
import imprint.render.OutputFormat;
import imprint.testing.SampleDocuments;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/** The wrap-around print cover and the stores' e-book cover, read back. */
class CoverOutputTest {
    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    private static String spineText(PDDocument d, double x, double w) throws Exception {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.setSortByPosition(true);
        PDRectangle media = d.getPage(0).getMediaBox();
        s.addRegion("spine", new Rectangle2D.Double(x, 0, w, media.getHeight()));
        s.extractRegions(d.getPage(0));
        return s.getTextForRegion("spine");
    }

    @Test
    void theSheetIsTwoTrimsASpineAndTheBleedForTheInteriorsPageCount() throws Exception {
        Document book = SampleDocuments.longBook(30, 10);
        int pages = pages(render(book, KDP, OutputFormat.PDF));
        byte[] cover = render(book, KDP, OutputFormat.COVER);
        double spine = pages * 0.002252 * IN;
        try (PDDocument d = Loader.loadPDF(cover)) {
            assertEquals(1, d.getNumberOfPages());
            PDPage p = d.getPage(0);
            assertEquals(2 * 6 * IN + spine + 2 * 0.125 * IN, p.getMediaBox().getWidth(), 0.01, pages + " pages");
            assertEquals(9.25 * IN, p.getMediaBox().getHeight(), 0.01);
            assertEquals(2 * 6 * IN + spine, p.getTrimBox().getWidth(), 0.01);
            assertEquals(0.125 * IN, p.getTrimBox().getLowerLeftX(), 0.01);
            assertEquals(p.getMediaBox().getWidth(), p.getBleedBox().getWidth(), 0.01);
            assertTrue(pages >= PrintSetup.MIN_SPINE_TEXT_PAGES, pages + " pages");
            String onSpine = spineText(d, 0.125 * IN + 6 * IN, spine);
            assertTrue(onSpine.contains("The Long Book") && onSpine.contains("Writer"), "spine: " + onSpine);
            // The barcode's keep-out box: white, 2 x 1.2 in, a quarter inch in from the foot and the spine.
            BufferedImage img = new PDFRenderer(d).renderImage(0, 1f);
            int bx = (int) Math.round(0.125 * IN + 6 * IN - 0.25 * IN - 1 * IN);
            int by = (int) Math.round(img.getHeight() - (0.125 * IN + 0.25 * IN + 0.6 * IN));
            assertEquals(0xFFFFFF, img.getRGB(bx, by) & 0xFFFFFF, "the barcode box is clear");
            assertEquals(0x1F2A44, img.getRGB(5, 5) & 0xFFFFFF, "the background runs into the bleed");
        }
        assertEquals(Set.of(), blocking(CoverRules.check(cover, PrintProfile.KDP, PrintSetup.Stock.WHITE, pages,
                new double[] {6 * IN, 9 * IN})));
        // Negative control: the same cover checked for a book 60 pages longer has the wrong spine.
        assertTrue(blocking(CoverRules.check(cover, PrintProfile.KDP, PrintSetup.Stock.WHITE, pages + 60, null))
                .contains(Check.COVER_SIZE));
        // And on cream paper the spine is wider.
        byte[] cream = render(book, KDP.withPrint(new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.CREAM)), OutputFormat.COVER);
        try (PDDocument d = Loader.loadPDF(cream)) {
            assertEquals(2 * 6 * IN + pages * 0.0025 * IN + 2 * 0.125 * IN, d.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        assertTrue(blocking(CoverRules.check(cream, PrintProfile.KDP, PrintSetup.Stock.WHITE, pages, new double[] {6 * IN, 9 * IN}))
                .contains(Check.COVER_SIZE), "a cream cover is not a white one");
    }

    @Test
    void aThinBookHasNoSpineText() throws Exception {
        Document book = SampleDocuments.longBook(2, 4);
        int pages = pages(render(book, KDP, OutputFormat.PDF));
        assertTrue(pages < PrintSetup.MIN_SPINE_TEXT_PAGES, pages + " pages");
        try (PDDocument d = Loader.loadPDF(render(book, KDP, OutputFormat.COVER))) {
            double spine = pages * 0.002252 * IN;
            assertEquals("", spineText(d, 0.125 * IN + 6 * IN, spine).strip());
            // Negative control for the region: the front does have the title.
            assertTrue(spineText(d, 0.125 * IN + 6 * IN + spine, 6 * IN).contains("Long"));
        }
    }

    @Test
    void theStoreCoverIsA1600By2560JpegThatRepeats() throws Exception {
        Document book = SampleDocuments.longBook(2, 4);
        byte[] jpeg = render(book, KDP, OutputFormat.STORE_COVER);
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(1600, img.getWidth());
        assertEquals(2560, img.getHeight());
        int bg = img.getRGB(20, 20);
        assertTrue(Math.abs(((bg >> 16) & 0xFF) - 0x1F) < 6 && Math.abs((bg & 0xFF) - 0x44) < 6, Integer.toHexString(bg));
        long ink = 0;
        for (int y = 560; y < 900; y++) {
            for (int x = 0; x < 1600; x += 2) {
                if ((img.getRGB(x, y) & 0xFF) > 0xD0) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 3000, "the title is drawn: " + ink);
        assertArrayEquals(jpeg, render(book, KDP, OutputFormat.STORE_COVER));
        assertFalse(java.util.Arrays.equals(jpeg, render(SampleDocuments.kitchenSink(), KDP, OutputFormat.STORE_COVER)));
    }

    private static byte[] coverWith(Document doc) throws Exception {
        imprint.plan.RenderContext ctx = new imprint.plan.RenderContext(KDP, new imprint.diag.Diagnostics(),
                new imprint.resource.FolderResourceResolver(java.util.List.of(SampleDocuments.FIXTURES)), "book.md");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imprint.Imprint.render(imprint.Imprint.plan(doc, ctx), OutputFormat.COVER, out);
        return out.toByteArray();
    }

    /** The image XObjects on the sheet. */
    private static java.util.List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images(PDDocument d) throws Exception {
        java.util.List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> out = new java.util.ArrayList<>();
        org.apache.pdfbox.pdmodel.PDResources r = d.getPage(0).getResources();
        for (org.apache.pdfbox.cos.COSName n : r.getXObjectNames()) {
            if (r.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                out.add(img);
            }
        }
        return out;
    }

    @Test
    void theFrontMatterCoverImageIsTheFrontPanel() throws Exception {
        Document book = SampleDocuments.longBook(3, 3);
        book = book.withMetadata(book.metadata().withCoverImage("images/gradient.png"));
        BufferedImage own = ImageIO.read(SampleDocuments.FIXTURES.resolve("images/gradient.png").toFile());
        try (PDDocument d = Loader.loadPDF(coverWith(book))) {
            var imgs = images(d);
            assertEquals(1, imgs.size(), "the cover image on the sheet");
            assertEquals(own.getWidth(), imgs.get(0).getWidth());
            assertEquals(own.getHeight(), imgs.get(0).getHeight());
            double frontX = d.getPage(0).getMediaBox().getWidth() - 6.125 * IN;
            assertFalse(spineText(d, frontX, 6.125 * IN).contains("The Long Book"), "no generated design over it");
            // Its pixels are on the front panel, not the background; the back keeps the background.
            BufferedImage page = new PDFRenderer(d).renderImage(0, 1f);
            int cx = (int) Math.round(frontX + 3.06 * IN);
            int cy = page.getHeight() / 2;
            int want = own.getRGB(own.getWidth() / 2, own.getHeight() / 2) & 0xFFFFFF;
            int got = page.getRGB(cx, cy) & 0xFFFFFF;
            for (int k = 16; k >= 0; k -= 8) {
                assertEquals((want >> k) & 0xFF, (got >> k) & 0xFF, 12.0, "the image's middle at the panel's middle");
            }
            assertEquals(0x1F2A44, page.getRGB((int) (3 * IN), cy) & 0xFFFFFF, "the back");
        }
        // Negative control: the same book without a cover image gets the generated design and no picture.
        try (PDDocument d = Loader.loadPDF(coverWith(SampleDocuments.longBook(3, 3)))) {
            assertEquals(0, images(d).size());
            double frontX = d.getPage(0).getMediaBox().getWidth() - 6.125 * IN;
            assertTrue(spineText(d, frontX, 6.125 * IN).contains("The Long Book"));
        }
    }
}
