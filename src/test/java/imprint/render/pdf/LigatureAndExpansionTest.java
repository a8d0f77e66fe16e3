package imprint.render.pdf;

import static imprint.testing.SampleDocuments.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Metadata;
import imprint.testing.PdfValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Standard ligatures and font expansion, read back from the PDF's content stream: the glyph ids
 * drawn are the font's own ligatures, the extracted text is the plain letters, justified lines
 * are drawn with a horizontal scale within 2 %, and the file still conforms.
 */
class LigatureAndExpansionTest {
    /*
     * The ligature glyphs of the bundled NotoSerif-Regular.ttf, from HarfBuzz (not from the code
     * under test): hb-shape --no-positions --no-glyph-names NotoSerif-Regular.ttf "office fluffy"
     * gives [82|2132|70|72|3|2135|88|2131|92]: o, ffi, c, e, space, fl, u, ff, y.
     */
    private static final int FFI = 2132;
    private static final int FL = 2135;
    private static final int FF = 2131;

    private static final String PROSE = "The officer was sufficiently affluent to be fluffy about the afflictions "
            + "of his office, and the fishmonger flung the flatfish at the fifty officials who had fled the "
            + "difficult affair; it was a fine and fitting finish to a flawless, efficient day of profitable "
            + "offices, fluent reflections and effortless fluency in the field.";

    private static Document doc(Block... blocks) {
        return new Document(Metadata.EMPTY.withTitle("Ligatures").withLanguage("en"), List.of(blocks));
    }

    /** Every two-byte glyph id shown on the first page, in order. */
    private static List<Integer> glyphsShown(byte[] pdf) throws IOException {
        List<Integer> out = new ArrayList<>();
        for (COSBase s : operands(pdf, "TJ", "Tj")) {
            if (s instanceof COSString str) {
                byte[] b = str.getBytes();
                for (int i = 0; i + 1 < b.length; i += 2) {
                    out.add(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
                }
            }
        }
        return out;
    }

    /** The operands of the given operators on the first page (arrays flattened). */
    private static List<COSBase> operands(byte[] pdf, String... ops) throws IOException {
        List<COSBase> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(d.getPage(0)).parse();
            List<COSBase> args = new ArrayList<>();
            for (Object t : tokens) {
                if (t instanceof Operator op) {
                    if (List.of(ops).contains(op.getName())) {
                        for (COSBase a : args) {
                            if (a instanceof COSArray arr) {
                                arr.forEach(out::add);
                            } else {
                                out.add(a);
                            }
                        }
                    }
                    args.clear();
                } else if (t instanceof COSBase b) {
                    args.add(b);
                }
            }
        }
        return out;
    }

    @Test
    void ligaturesAreTheFontsGlyphsAndExtractAsLetters() throws Exception {
        byte[] pdf = PdfRendererTest.render(doc(p("office fluffy"), p(PROSE)));
        List<Integer> shown = glyphsShown(pdf);
        assertTrue(shown.contains(FFI), "ffi drawn as one glyph: " + shown);
        assertTrue(shown.contains(FL), "fl drawn as one glyph");
        assertTrue(shown.contains(FF), "ff drawn as one glyph");
        String text = PdfRendererTest.text(pdf);
        assertTrue(text.contains("office fluffy"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("sufficiently affluent to be fluffy"), text);
        assertTrue(text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature characters in the text");
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    @Test
    void codeKeepsOneGlyphPerCharacter() throws Exception {
        // The negative control: the monospaced face draws "office" letter by letter.
        byte[] pdf = PdfRendererTest.render(doc(new Block.CodeBlock("", "office = fluffy(ff)")));
        List<Integer> shown = glyphsShown(pdf);
        assertFalse(shown.isEmpty());
        assertFalse(shown.contains(FFI) || shown.contains(FL) || shown.contains(FF), "no ligature in code: " + shown);
        assertTrue(PdfRendererTest.text(pdf).contains("office = fluffy(ff)"));
    }

    @Test
    void justifiedLinesAreExpandedWithinTwoPercent() throws Exception {
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            prose.append(PROSE).append(' ');
        }
        byte[] pdf = PdfRendererTest.render(doc(p(prose.toString().strip())));
        List<Double> scales = operands(pdf, "Tz").stream().map(n -> (double) ((COSNumber) n).floatValue()).toList();
        assertFalse(scales.isEmpty(), "some line is expanded or condensed");
        assertTrue(scales.stream().allMatch(s -> s >= 98 && s <= 102), "within 2 %: " + scales);
        assertTrue(scales.stream().anyMatch(s -> s != 100), "not all at 100 %: " + scales);
        // The words come back whole and in order.
        String text = PdfRendererTest.text(pdf).replace("\u00AD\n", "").replace("-\n", "").replaceAll("\\s+", " ").strip();
        assertTrue(text.contains(PROSE), text);
    }
}
