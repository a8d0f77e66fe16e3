package imprint.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.PrintProfile;
import imprint.testing.SampleDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preflight on PDFs built here to the printers' rules, then broken one rule at a time: each
 * broken rule must be found, and the file built to the rules must pass.
 */
class PreflightTest {
    private static final float IN = 72;
    private static final float BLEED = 0.125f * IN;

    @TempDir
    Path tmp;

    /** How the test book is made; each test breaks one thing. */
    static final class Book {
        int pages = 24;
        float trimW = 6 * IN;
        float trimH = 9 * IN;
        boolean boxes = true;
        boolean bleed = true;
        float inside = 0.6f * IN;
        float outside = 0.6f * IN;
        boolean embedded = true;
        int imagePx = 600; // placed 1 in wide: 600 ppi
        Consumer<PDDocument> extra = d -> { };
    }

    static byte[] make(Book b) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            if (b.embedded) {
                try (InputStream in = PreflightTest.class.getResourceAsStream("/imprint/fonts/NotoSerif-Regular.ttf")) {
                    font = PDType0Font.load(doc, in, true);
                }
            } else {
                font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            }
            BufferedImage img = new BufferedImage(b.imagePx, b.imagePx, BufferedImage.TYPE_INT_RGB);
            for (int n = 1; n <= b.pages; n++) {
                boolean verso = n % 2 == 0;
                // Bleed on the top, bottom and outside edge (KDP): the trim sits at the inside edge.
                float mediaW = b.trimW + (b.bleed ? BLEED : 0);
                float mediaH = b.trimH + (b.bleed ? 2 * BLEED : 0);
                PDPage page = new PDPage(new PDRectangle(mediaW, mediaH));
                float trimX = verso && b.bleed ? BLEED : 0;
                float trimY = b.bleed ? BLEED : 0;
                if (b.boxes) {
                    page.setTrimBox(new PDRectangle(trimX, trimY, b.trimW, b.trimH));
                    page.setBleedBox(new PDRectangle(0, 0, mediaW, mediaH));
                }
                doc.addPage(page);
                float left = trimX + (verso ? b.outside : b.inside);
                float right = trimX + b.trimW - (verso ? b.inside : b.outside);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(left, trimY + b.trimH - 0.8f * IN);
                    cs.showText("Page " + n + " of a book set to the printer's rules.");
                    cs.endText();
                    cs.addRect(left, trimY + 1 * IN, right - left, 0.5f); // a rule across the measure
                    cs.fill();
                    if (n == 3) {
                        cs.drawImage(LosslessFactory.createFromImage(doc, img), left, trimY + 2 * IN, IN, IN);
                    }
                }
            }
            b.extra.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static Set<Check> blocking(List<Finding> f) {
        return f.stream().filter(Finding::blocking).map(Finding::check).collect(Collectors.toSet());
    }

    static Set<Check> warnings(List<Finding> f) {
        return f.stream().filter(x -> !x.blocking()).map(Finding::check).collect(Collectors.toSet());
    }

    @Test
    void aBookMadeToKdpsRulesPasses() throws Exception {
        List<Finding> f = Preflight.check(make(new Book()), PrintProfile.KDP);
        assertEquals(List.of(), f);
    }

    @Test
    void eachBrokenRuleIsFound() throws Exception {
        Book noBoxes = new Book();
        noBoxes.boxes = false;
        noBoxes.bleed = false;
        assertTrue(blocking(Preflight.check(make(noBoxes), PrintProfile.KDP)).contains(Check.TRIM_BOX));

        Book odd = new Book();
        odd.trimW = 6.3f * IN;
        assertEquals(Set.of(Check.TRIM_SIZE), blocking(Preflight.check(make(odd), PrintProfile.KDP)));

        Book tight = new Book();
        tight.inside = 0.3f * IN;
        assertEquals(Set.of(Check.MARGIN_INSIDE), blocking(Preflight.check(make(tight), PrintProfile.KDP)));
        Book thick = new Book();
        thick.pages = 160; // 151 to 300 pages need 0.5 in inside, and 0.6 in still passes
        thick.inside = 0.45f * IN;
        assertEquals(Set.of(Check.MARGIN_INSIDE), blocking(Preflight.check(make(thick), PrintProfile.KDP)));
        thick.inside = 0.55f * IN;
        assertEquals(Set.of(), blocking(Preflight.check(make(thick), PrintProfile.KDP)));

        Book edge = new Book();
        edge.outside = 0.3f * IN; // with bleed KDP needs 0.375 in
        assertEquals(Set.of(Check.MARGIN_OUTSIDE), blocking(Preflight.check(make(edge), PrintProfile.KDP)));

        Book helvetica = new Book();
        helvetica.embedded = false;
        assertEquals(Set.of(Check.FONT_NOT_EMBEDDED), blocking(Preflight.check(make(helvetica), PrintProfile.KDP)));

        Book blurry = new Book();
        blurry.imagePx = 150;
        List<Finding> soft = Preflight.check(make(blurry), PrintProfile.KDP);
        assertEquals(Set.of(), blocking(soft));
        assertEquals(Set.of(Check.IMAGE_RESOLUTION), warnings(soft));

        Book thin = new Book();
        thin.pages = 12;
        assertEquals(Set.of(Check.PAGE_COUNT), blocking(Preflight.check(make(thin), PrintProfile.KDP)));
        Book oddCount = new Book();
        oddCount.pages = 25;
        assertEquals(Set.of(Check.PAGE_PARITY), warnings(Preflight.check(make(oddCount), PrintProfile.KDP)), "KDP pads");
        assertTrue(blocking(Preflight.check(make(oddCount), PrintProfile.INGRAM)).contains(Check.PAGE_PARITY), "Ingram does not");

        Book linked = new Book();
        linked.extra = d -> {
            try {
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(100, 100, 50, 10));
                d.getPage(0).getAnnotations().add(link);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertEquals(Set.of(Check.ANNOTATION), blocking(Preflight.check(make(linked), PrintProfile.KDP)));

        Book scripted = new Book();
        scripted.extra = d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')"));
        assertEquals(Set.of(Check.JAVASCRIPT), blocking(Preflight.check(make(scripted), PrintProfile.KDP)));

        Book locked = new Book();
        locked.extra = d -> {
            try {
                d.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertEquals(Set.of(Check.PDF_ENCRYPTED), blocking(Preflight.check(make(locked), PrintProfile.KDP)));

        assertEquals(Set.of(Check.PDF_UNREADABLE), blocking(Preflight.check("not a pdf".getBytes(), PrintProfile.KDP)));
    }

    @Test
    void ingramWantsPdfx() throws Exception {
        List<Finding> f = Preflight.check(make(new Book()), PrintProfile.INGRAM);
        assertTrue(blocking(f).contains(Check.PDFX_VERSION), f.toString());
    }

    @Test
    void ourScreenPdfIsNotAPrintFile() throws Exception {
        // The default export: A4, no trim box, clickable links.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imprint.Imprint.render(SampleDocuments.kitchenSink(), imprint.render.OutputFormat.PDF,
                imprint.plan.RenderContext.defaults("ks.md"), out);
        Set<Check> found = blocking(Preflight.check(out.toByteArray(), PrintProfile.KDP));
        assertTrue(found.containsAll(Set.of(Check.TRIM_BOX, Check.ANNOTATION, Check.PAGE_COUNT)), found.toString());
    }

    @Test
    void theCommandPrintsOneLinePerFindingAndExitsOneWhenBlocked() throws Exception {
        Path good = Files.write(tmp.resolve("good.pdf"), make(new Book()));
        Book tight = new Book();
        tight.inside = 0.3f * IN;
        Path bad = Files.write(tmp.resolve("bad.pdf"), make(tight));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = PreflightCommand.run(new String[] {"--print", "kdp", good.toString(), bad.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String text = o.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, text);
        assertTrue(text.contains(good + ": ready for Amazon KDP"), text);
        assertTrue(text.matches("(?s).*" + java.util.regex.Pattern.quote(bad.toString())
                + ": page 1: error: inside margin 0\\.300 in; Amazon KDP needs 0\\.375 in for 24 pages \\[MARGIN_INSIDE\\].*"), text);
        assertTrue(text.contains(bad + ": error: the same on 21 more pages [MARGIN_INSIDE]"), "repeats are counted: " + text);
        assertEquals(2, PreflightCommand.run(new String[] {"--print", "nowhere", good.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8)));
    }
}
