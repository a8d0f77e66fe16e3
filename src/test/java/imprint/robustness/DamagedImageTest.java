package imprint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.resource.Resource;
import imprint.testing.ReadingText;
import imprint.testing.TestImages;
import imprint.testing.ZipFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One damaged photo never costs the reader the book: an image that cannot be decoded, or whose
 * header declares more pixels than the limit, is reported with the reason and shown as its
 * description in every format, and the rest of the document is exported. Huge but valid images
 * reach the PDF at 300 ppi of their placed size and the EPUB within 4 megapixels.
 */
class DamagedImageTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("truncated.png", TestImages.truncatedPng(300, 200), Code.IMAGE_INVALID),
                Arguments.of("corrupt.png", TestImages.corruptPng(300, 200), Code.IMAGE_INVALID),
                Arguments.of("noscan.jpg", TestImages.jpegWithoutScan(300, 200), Code.IMAGE_INVALID),
                // the data of a 144-megapixel image of one colour: 430 MB decoded, 400 kB in the file
                Arguments.of("bomb.png", TestImages.png(12_000, 12_000), Code.IMAGE_TOO_LARGE),
                // what the header claims is enough: 900 megapixels, never inflated
                Arguments.of("claims.png", TestImages.png(30_000, 30_000, new byte[] {0x78, 0x01}), Code.IMAGE_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void isRefusedWithTheReasonInOneLine(String name, byte[] bytes, Code code) throws Exception {
        Files.write(tmp.resolve(name), bytes);
        Diagnostics d = new Diagnostics();
        Optional<Resource> r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new FolderResourceResolver(List.of(tmp)).image(name, d));
        assertTrue(r.isEmpty(), name + " must not be used");
        assertEquals(1, d.list().size(), d.list().toString());
        Diagnostic w = d.list().get(0);
        assertEquals(code, w.code(), w.message());
        assertTrue(w.message().contains(name) && !w.message().contains("\n"), w.message());
    }

    @Test
    void validImagesOfBothKindsPassTheCheck() throws Exception {
        // the negative control of the cases above: the same sizes, undamaged
        Files.write(tmp.resolve("ok.png"), TestImages.png(300, 200));
        Files.write(tmp.resolve("ok.jpg"), TestImages.jpeg(300, 200));
        Diagnostics d = new Diagnostics();
        FolderResourceResolver resolver = new FolderResourceResolver(List.of(tmp));
        assertEquals(300, resolver.image("ok.png", d).orElseThrow().width());
        assertEquals(200, resolver.image("ok.jpg", d).orElseThrow().height());
        assertTrue(d.list().isEmpty(), d.list().toString());
    }

    @Test
    void thePixelLimitIsAnOption() throws Exception {
        Files.write(tmp.resolve("two.png"), TestImages.png(2000, 1000));
        Diagnostics d = new Diagnostics();
        assertTrue(new FolderResourceResolver(List.of(tmp)).image("two.png", d).isPresent());
        assertTrue(new FolderResourceResolver(List.of(tmp), 1_000_000).image("two.png", d).isEmpty());
        assertEquals(List.of(Code.IMAGE_TOO_LARGE), d.list().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aDocumentWithDamagedImagesIsExportedToEveryFormatWithPlaceholders() throws Exception {
        Files.write(tmp.resolve("good.png"), TestImages.png(300, 200));
        Files.write(tmp.resolve("truncated.png"), TestImages.truncatedPng(300, 200));
        Files.write(tmp.resolve("corrupt.png"), TestImages.corruptPng(300, 200));
        Files.write(tmp.resolve("noscan.jpg"), TestImages.jpegWithoutScan(300, 200));
        Files.write(tmp.resolve("bomb.png"), TestImages.png(30_000, 30_000, new byte[] {0x78, 0x01}));
        Path md = tmp.resolve("photos.md");
        Files.writeString(md, """
                # Photos

                Before the photos.

                ![the good photo](good.png)

                ![the truncated photo](truncated.png)

                ![the corrupt photo](corrupt.png)

                Inline ![the scanless photo](noscan.jpg) in a sentence.

                ![the bomb](bomb.png)

                After the photos.
                """);
        Diagnostics d = new Diagnostics();
        Document doc = Imprint.read(md, d);
        DocumentPlan plan = Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, d,
                new FolderResourceResolver(List.of(tmp)), "photos.md"));
        Map<OutputFormat, byte[]> out = new EnumMap<>(OutputFormat.class);
        for (OutputFormat f : OutputFormat.values()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Imprint.render(plan, f, b);
            out.put(f, b.toByteArray());
        }
        assertEquals(List.of(Code.IMAGE_INVALID, Code.IMAGE_INVALID, Code.IMAGE_INVALID, Code.IMAGE_TOO_LARGE),
                d.list().stream().map(Diagnostic::code).sorted().toList(), d.list().toString());
        List<String> expected = List.of("Before the photos.", "[the truncated photo]", "[the corrupt photo]",
                "Inline [the scanless photo] in a sentence.", "[the bomb]", "After the photos.");
        Map<OutputFormat, ReadingText> texts = Map.of(
                OutputFormat.PDF, ReadingText.pdf(out.get(OutputFormat.PDF)),
                OutputFormat.EPUB, ReadingText.epub(out.get(OutputFormat.EPUB)),
                OutputFormat.DOCX, ReadingText.docx(out.get(OutputFormat.DOCX)),
                OutputFormat.HTML, ReadingText.html(out.get(OutputFormat.HTML)));
        texts.forEach((f, t) -> assertEquals(null, ReadingText.firstMissing(expected, t.body()), f + ": " + t.body()));
        // the one good photo is in every format, and only it
        assertEquals(1, pdfImages(out.get(OutputFormat.PDF)).size());
        assertEquals(1, ZipFiles.read(out.get(OutputFormat.EPUB)).keySet().stream()
                .filter(n -> n.startsWith("EPUB/images/image-")).count());
        assertEquals(1, ZipFiles.read(out.get(OutputFormat.DOCX)).keySet().stream()
                .filter(n -> n.startsWith("word/media/")).count());
        String html = new String(out.get(OutputFormat.HTML), StandardCharsets.UTF_8);
        assertEquals(1, html.split("data:image/", -1).length - 1);
    }

    @Test
    void aHugeValidPhotoIsDownsampledForThePdfAndTheEpub() throws Exception {
        Files.write(tmp.resolve("huge.png"), TestImages.png(6000, 4000));
        Path md = tmp.resolve("huge.md");
        Files.writeString(md, "# Huge\n\n![a wide photo](huge.png)\n\nText.\n");
        Diagnostics d = new Diagnostics();
        DocumentPlan plan = Imprint.plan(Imprint.read(md, d), new RenderContext(RenderOptions.DEFAULTS, d,
                new FolderResourceResolver(List.of(tmp)), "huge.md"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Imprint.render(plan, OutputFormat.PDF, pdf);
        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        Imprint.render(plan, OutputFormat.EPUB, epub);
        assertTrue(d.list().isEmpty(), d.list().toString());

        List<PDImageXObject> images = pdfImages(pdf.toByteArray());
        assertEquals(1, images.size());
        PDImageXObject x = images.get(0);
        // an A4 page is 8.27 in wide: at 300 ppi nothing placed on it needs more than 2,481 pixels
        assertTrue(x.getWidth() <= 2481 && x.getWidth() >= 1000, "PDF image width " + x.getWidth());
        assertEquals(1.5, (double) x.getWidth() / x.getHeight(), 0.01);

        byte[] stored = ZipFiles.read(epub.toByteArray()).entrySet().stream()
                .filter(e -> e.getKey().startsWith("EPUB/images/image-")).findFirst().orElseThrow().getValue();
        BufferedImage bi = ImageIO.read(new ByteArrayInputStream(stored));
        assertTrue((long) bi.getWidth() * bi.getHeight() <= 4_000_000L, bi.getWidth() + " x " + bi.getHeight());
        assertTrue((long) bi.getWidth() * bi.getHeight() > 3_900_000L, bi.getWidth() + " x " + bi.getHeight());
        assertEquals(1.5, (double) bi.getWidth() / bi.getHeight(), 0.01);
        // still the photo: the gradient runs from red on the left to blue on the right
        int left = bi.getRGB(2, bi.getHeight() / 2);
        int right = bi.getRGB(bi.getWidth() - 3, bi.getHeight() / 2);
        assertTrue((left >> 16 & 0xff) < 10 && (left & 0xff) > 245, Integer.toHexString(left));
        assertTrue((right >> 16 & 0xff) > 245 && (right & 0xff) < 10, Integer.toHexString(right));
    }

    private static List<PDImageXObject> pdfImages(byte[] pdf) throws Exception {
        List<PDImageXObject> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(n);
                    if (x instanceof PDImageXObject im) {
                        found.add(im);
                    }
                }
            }
            // read the sizes while the document is open
            found.forEach(PDImageXObject::getWidth);
        }
        return found;
    }
}
