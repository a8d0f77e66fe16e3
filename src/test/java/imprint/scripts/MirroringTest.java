package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.markdown.MarkdownReader;
import imprint.render.Renderer;
import imprint.render.docx.DocxRenderer;
import imprint.render.epub.EpubRenderer;
import imprint.render.pdf.PdfRenderer;
import imprint.resource.FolderResourceResolver;
import imprint.testing.EpubValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import imprint.transform.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Right-to-left lists, quotes and tables mirror: read back from the PDF (where each character
 * sits), the DOCX (w:bidi, w:bidiVisual) and the EPUB (dir). The same Hebrew blocks forced
 * left to right are the negative control: every check fails on them.
 */
public class MirroringTest {
    /** Hebrew blocks in an English document. */
    public static final String BLOCKS = """
            - פריט ראשון ברשימה
            - פריט שני ברשימה

            1. צעד אחד
            2. צעד שני

            > ציטוט קצר בעברית שנמשך על פני שורה אחת לפחות.

            | שם | גיל | עיר |
            |----|-----|-----|
            | דנה | 30 | חיפה |
            """;
    public static final String RTL = "---\ntitle: Mirror\nlang: en\n---\n\nEnglish first.\n\n" + BLOCKS;
    public static final String FORCED_LTR = "---\ntitle: Mirror\nlang: en\n---\n\nEnglish first.\n\n::: {dir=ltr}\n"
            + BLOCKS + ":::\n";

    /** A drawn character and where it is (PDF user space, y down). */
    public record Glyph(int cp, float x0, float x1, float y) {
    }

    /** What of the layout is mirrored, read from where the characters are. */
    public record Mirrored(boolean bulletsRight, boolean numbersRight, boolean quoteFromRight, boolean columnsRightToLeft) {
        public boolean all() {
            return bulletsRight && numbersRight && quoteFromRight && columnsRightToLeft;
        }

        public boolean none() {
            return !bulletsRight && !numbersRight && !quoteFromRight && !columnsRightToLeft;
        }
    }

    public static List<Glyph> glyphs(PDDocument d) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isEmpty()) {
                        out.add(new Glyph(p.getUnicode().codePointAt(0), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                                p.getYDirAdj()));
                    }
                }
            }
        };
        s.getText(d);
        return out;
    }

    public static Mirrored mirrored(List<Glyph> g) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Glyph x : g) {
            left = Math.min(left, x.x0());
            right = Math.max(right, x.x1());
        }
        boolean bullets = labelRightOf(g, '•', "פריט");
        boolean numbers = labelRightOf(g, '1', "צעד");
        List<Glyph> quote = line(g, "ציטוט");
        float qMin = (float) quote.stream().mapToDouble(Glyph::x0).min().orElse(0);
        float qMax = (float) quote.stream().mapToDouble(Glyph::x1).max().orElse(0);
        boolean fromRight = qMin > left + 30 && qMax < right - 8;
        List<Glyph> head = line(g, "גיל");
        boolean columns = x(head, 'ש') > x(head, 'ג') && x(head, 'ג') > x(head, 'ע');
        return new Mirrored(bullets, numbers, fromRight, columns);
    }

    private static boolean labelRightOf(List<Glyph> g, int label, String word) {
        List<Glyph> line = line(g, word);
        float letters = 0;
        float at = -1;
        for (Glyph x : line) {
            if (x.cp() == label) {
                at = x.x0();
            } else if (Character.isLetter(x.cp())) {
                letters = Math.max(letters, x.x1());
            }
        }
        return at >= letters && letters > 0;
    }

    /** The characters on the line (same baseline) where the word's first letter is drawn. */
    private static List<Glyph> line(List<Glyph> g, String word) {
        StringBuilder all = new StringBuilder();
        for (Glyph x : g) {
            all.appendCodePoint(x.cp());
        }
        int at = all.indexOf(new StringBuilder(word).reverse().toString()); // positions come in display order
        assertTrue(at >= 0, word + " in " + all);
        float y = g.get(all.codePointCount(0, at)).y();
        return g.stream().filter(x -> Math.abs(x.y() - y) < 2).toList();
    }

    private static float x(List<Glyph> line, int cp) {
        return (float) line.stream().filter(x -> x.cp() == cp).mapToDouble(Glyph::x0).findFirst().orElse(-1);
    }

    public static byte[] render(String md, Renderer r) throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = Pipeline.standard(new MarkdownReader().read(md, diags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(DocumentPlan.of(doc, new RenderContext(RenderOptions.DEFAULTS, diags,
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "mirror.md")), out);
        return out.toByteArray();
    }

    @Test
    void pdfMirrorsListsQuotesAndTables() throws Exception {
        try (PDDocument d = Loader.loadPDF(render(RTL, new PdfRenderer()))) {
            Mirrored m = mirrored(glyphs(d));
            assertTrue(m.all(), m.toString());
        }
        try (PDDocument d = Loader.loadPDF(render(FORCED_LTR, new PdfRenderer()))) {
            Mirrored m = mirrored(glyphs(d));
            assertTrue(m.none(), "forced left to right, nothing mirrors: " + m);
        }
    }

    @Test
    void docxMarksListsQuotesAndTablesRightToLeft() throws Exception {
        String doc = new String(ZipFiles.read(render(RTL, new DocxRenderer())).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("<w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:bidiVisual/>"), doc);
        for (String word : List.of("פריט ראשון", "צעד אחד", "ציטוט", "דנה", "30")) {
            int at = doc.indexOf(word);
            String para = doc.substring(doc.lastIndexOf("<w:p>", at), at);
            assertTrue(para.contains("<w:bidi/>"), word + ": " + para);
        }
        String ltr = new String(ZipFiles.read(render(FORCED_LTR, new DocxRenderer())).get("word/document.xml"),
                StandardCharsets.UTF_8);
        assertFalse(ltr.contains("<w:bidiVisual/>") || ltr.contains("<w:bidi/>"), ltr);
        String he = new String(ZipFiles.read(render("---\ntitle: ספר\nlang: he\n---\n\nטקסט.\n", new DocxRenderer()))
                .get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(he.contains("<w:pStyle w:val=\"Title\"/><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">ספר"), he);
    }

    @Test
    void epubMarksListsQuotesAndTablesByTheirDirection() throws Exception {
        byte[] epub = render(RTL, new EpubRenderer());
        assertEquals(List.of(), EpubValidator.problems(epub));
        String x = new String(ZipFiles.read(epub).get("EPUB/chapter-001.xhtml"), StandardCharsets.UTF_8);
        for (String open : List.of("<ul class=\"tight\" dir=\"auto\">", "<ol class=\"tight\" dir=\"auto\">",
                "<blockquote dir=\"auto\">", "<table dir=\"auto\">")) {
            assertTrue(x.contains(open), open + "\n" + x);
        }
        String en = new String(ZipFiles.read(render("---\ntitle: M\nlang: en\n---\n\n- one\n\n> two\n", new EpubRenderer()))
                .get("EPUB/chapter-001.xhtml"), StandardCharsets.UTF_8);
        assertFalse(en.contains("dir="), en);
    }
}
