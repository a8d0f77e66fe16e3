package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.markdown.MarkdownReader;
import imprint.render.docx.DocxRenderer;
import imprint.render.epub.EpubRenderer;
import imprint.render.pdf.PdfRenderer;
import imprint.resource.FolderResourceResolver;
import imprint.testing.EpubValidator;
import imprint.testing.PdfValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import imprint.transform.Pipeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The corpus of every script (src/test/resources/scripts/corpus.md) through every format:
 * bundled fonts show every character, shaping equals HarfBuzz's own hb-shape on the same font
 * file, the validators pass, and the direction and language of passages reach EPUB and DOCX.
 */
class ScriptsTest {
    private static Document corpus;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        String md = Files.readString(Path.of("src/test/resources/scripts/corpus.md"));
        Diagnostics diags = new Diagnostics();
        corpus = Pipeline.standard(new MarkdownReader().read(md, diags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(DocumentPlan.of(corpus, context(diags)), out);
        pdf = out.toByteArray();
        assertTrue(diags.list().stream().noneMatch(d -> d.code() == Code.GLYPH_MISSING), diags.list().toString());
    }

    private static RenderContext context(Diagnostics diags) {
        return new RenderContext(RenderOptions.DEFAULTS, diags,
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "corpus.md");
    }

    @Test
    void theCorpusPassesPdfAAndPdfUa() throws Exception {
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    /**
     * For every shaped word drawn (a span with /ActualText, or for a right-to-left word a
     * /ReversedChars sequence of one span per cluster), the glyph ids in the content stream
     * equal what hb-shape gives for that word and the same font file.
     */
    @Test
    void glyphsDrawnEqualHarfBuzzForEveryScript() throws Exception {
        Map<String, List<Integer>> drawn = new LinkedHashMap<>();
        Map<String, String> fontOf = new LinkedHashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                collect(page, drawn, fontOf);
            }
        }
        Map<String, Integer> perFont = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : drawn.entrySet()) {
            String word = e.getKey().strip();
            String font = fontOf.get(e.getKey());
            String file = fontFile(font);
            List<Integer> expected = hbShape(file, word);
            assertEquals(expected, e.getValue(), word + " in " + font);
            perFont.merge(file, 1, Integer::sum);
        }
        for (String f : List.of("NotoNaskhArabic-Regular", "NotoSansHebrew-Regular", "NotoSansDevanagari-Regular",
                "NotoSansBengali-Regular", "NotoSansTamil-Regular", "NotoSansThai-Regular")) {
            assertTrue(perFont.getOrDefault(f, 0) > 0, "no shaped word in " + f + ": " + perFont);
        }
        // Negative control: shaping matters, the characters' own glyphs differ from the shaped ones.
        assertNotEquals(hbShape("NotoNaskhArabic-Regular", "العربية"), cmapGlyphs("NotoNaskhArabic-Regular", "العربية"));
    }

    private static void collect(PDPage page, Map<String, List<Integer>> drawn, Map<String, String> fontOf) throws Exception {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        String font = null;
        String actual = null;
        List<Integer> glyphs = null;
        StringBuilder word = null; // a right-to-left word: its clusters' texts, in logical order
        boolean inCluster = false;
        for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
            if (!(t instanceof Operator op)) {
                operands.add((COSBase) t);
                continue;
            }
            switch (op.getName()) {
                case "Tf" -> {
                    PDFont f = page.getResources().getFont((COSName) operands.get(0));
                    font = f.getName().substring(f.getName().indexOf('+') + 1);
                }
                case "BMC" -> {
                    if (operands.get(0) == COSName.getPDFName("ReversedChars")) {
                        word = new StringBuilder();
                        glyphs = new ArrayList<>();
                    }
                }
                case "BDC" -> {
                    if (operands.size() == 2 && operands.get(1) instanceof COSDictionary dict
                            && dict.getString(COSName.ACTUAL_TEXT) != null) {
                        if (word != null) {
                            word.insert(0, dict.getString(COSName.ACTUAL_TEXT)); // clusters come in display order
                            inCluster = true;
                        } else {
                            actual = dict.getString(COSName.ACTUAL_TEXT);
                            glyphs = new ArrayList<>();
                        }
                    }
                }
                case "Tj" -> {
                    if (glyphs != null) {
                        byte[] b = ((COSString) operands.get(0)).getBytes();
                        for (int i = 0; i + 1 < b.length; i += 2) {
                            glyphs.add(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
                        }
                    }
                }
                case "TJ" -> {
                    // Latin words with ligatures are drawn with kerning, as one TJ array
                    if (glyphs != null) {
                        for (COSBase e : (org.apache.pdfbox.cos.COSArray) operands.get(0)) {
                            if (e instanceof COSString str) {
                                byte[] b = str.getBytes();
                                for (int i = 0; i + 1 < b.length; i += 2) {
                                    glyphs.add(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
                                }
                            }
                        }
                    }
                }
                case "EMC" -> {
                    if (inCluster) {
                        inCluster = false;
                    } else if (word != null) {
                        drawn.putIfAbsent(word.toString(), glyphs);
                        fontOf.putIfAbsent(word.toString(), font);
                        word = null;
                        glyphs = null;
                    } else if (glyphs != null) {
                        drawn.putIfAbsent(actual, glyphs);
                        fontOf.putIfAbsent(actual, font);
                        glyphs = null;
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
    }

    /** The bundled font file behind a PDF font name (NotoSansThai-Regular → the resource). */
    private static String fontFile(String pdfName) {
        return pdfName;
    }

    private static Path extracted(String name) throws Exception {
        Path f = Path.of("target", "hb-fonts", name + ".ttf");
        if (!Files.exists(f)) {
            Files.createDirectories(f.getParent());
            try (var in = ScriptsTest.class.getResourceAsStream("/imprint/fonts/" + name + ".ttf")) {
                Files.write(f, in.readAllBytes());
            }
        }
        return f;
    }

    /** hb-shape's glyph ids (visual order) for the text in the bundled font of that name. */
    static List<Integer> hbShape(String font, String text) throws Exception {
        Process p = new ProcessBuilder("hb-shape", "--no-positions", "--no-glyph-names", "--no-clusters",
                extracted(font).toString(), text).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.startsWith("[") && out.endsWith("]"), out);
        List<Integer> ids = new ArrayList<>();
        for (String g : out.substring(1, out.length() - 1).split("\\|")) {
            ids.add(Integer.parseInt(g.strip()));
        }
        return ids;
    }

    private static List<Integer> cmapGlyphs(String font, String text) throws Exception {
        try (var ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(extracted(font).toFile()))) {
            var cmap = ttf.getUnicodeCmapLookup();
            List<Integer> ids = new ArrayList<>();
            text.codePoints().forEach(cp -> ids.add(cmap.getGlyphId(cp)));
            java.util.Collections.reverse(ids); // visual order of a right-to-left word
            return ids;
        }
    }

    @Test
    void epubMarksLanguageAndDirectionAndPassesEpubCheck() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(DocumentPlan.of(corpus, context(new Diagnostics())), out);
        assertEquals(List.of(), EpubValidator.problems(out.toByteArray()));
        StringBuilder xhtml = new StringBuilder();
        for (Map.Entry<String, byte[]> e : ZipFiles.read(out.toByteArray()).entrySet()) {
            if (e.getKey().endsWith(".xhtml")) {
                xhtml.append(new String(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        String x = xhtml.toString();
        assertTrue(x.contains("<div lang=\"fa\" xml:lang=\"fa\" dir=\"rtl\">"), x);
        assertTrue(x.contains("<div lang=\"ja\" xml:lang=\"ja\">"), x);
        assertTrue(x.contains("<span lang=\"he\" xml:lang=\"he\">עברית</span>"), x);
        // The Hebrew paragraph of an English book: its language guessed from its script.
        assertTrue(x.contains("<p dir=\"auto\"><span lang=\"he\" xml:lang=\"he\" dir=\"rtl\">עברית היא"), x);
        assertFalse(x.contains("<p dir=\"auto\">Tiếng Việt"), "a left-to-right paragraph gets no dir");
    }

    @Test
    void rightToLeftBookTurnsPagesRightToLeft() throws Exception {
        Document he = Pipeline.standard(new MarkdownReader().read("---\ntitle: ספר\nlang: he\n---\n\nעברית היא שפה שמית.\n",
                new Diagnostics()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(DocumentPlan.of(he, context(new Diagnostics())), out);
        assertEquals(List.of(), EpubValidator.problems(out.toByteArray()));
        Map<String, byte[]> files = ZipFiles.read(out.toByteArray());
        String opf = files.entrySet().stream().filter(e -> e.getKey().endsWith(".opf"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(opf.contains("page-progression-direction=\"rtl\""), opf);
        assertFalse(new String(render(corpus, new EpubRenderer()), StandardCharsets.ISO_8859_1).isEmpty());
    }

    @Test
    void docxMarksRightToLeftParagraphsRunsAndLanguages() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(render(corpus, new DocxRenderer()));
        String doc = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        String arabic = paragraphWith(doc, "اللغة");
        assertTrue(arabic.contains("<w:bidi/>") && arabic.contains("<w:rtl/>"), arabic);
        assertTrue(arabic.contains("w:cs=\"Noto Naskh Arabic\""), arabic);
        String hindi = paragraphWith(doc, "हिन्दी");
        assertFalse(hindi.contains("<w:bidi/>"), hindi);
        assertTrue(hindi.contains("w:cs=\"Noto Sans Devanagari\""), hindi);
        String mixed = paragraphWith(doc, "means Hebrew");
        assertFalse(mixed.contains("<w:bidi/>"), "a Latin paragraph with Hebrew words stays left to right");
        assertTrue(mixed.contains("<w:lang w:bidi=\"he\"/>"), mixed);
        String japanese = paragraphWith(doc, "日本語");
        assertTrue(japanese.contains("<w:lang w:eastAsia=\"ja\"/>") && japanese.contains("w:eastAsia=\"Noto Sans JP\""), japanese);
        assertEquals(List.of(), imprint.testing.DocxValidator.problems(render(corpus, new DocxRenderer())));
    }

    private static String paragraphWith(String doc, String text) {
        int at = doc.indexOf(text);
        assertTrue(at > 0, text);
        return doc.substring(doc.lastIndexOf("<w:p>", at), doc.indexOf("</w:p>", at));
    }

    private static byte[] render(Document d, imprint.render.Renderer r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(DocumentPlan.of(d, context(new Diagnostics())), out);
        return out.toByteArray();
    }

    /** The language of a span picks the CJK face of its characters and is its element's /Lang. */
    @Test
    void aJapaneseSpanInChineseTextIsSetInTheJapaneseFace() throws Exception {
        Diagnostics diags = new Diagnostics();
        Document d = Pipeline.standard(new MarkdownReader().read(
                "---\ntitle: 字\nlang: zh-Hans\n---\n\n汉字和 [漢字]{lang=ja} 的写法。\n", diags));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(DocumentPlan.of(d, context(diags)), out);
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    String name = page.getResources().getFont(n).getName();
                    fonts.add(name.substring(name.indexOf('+') + 1));
                }
            }
            assertTrue(fonts.contains("NotoSansJP-Regular") && fonts.contains("NotoSansSC-Regular"), fonts.toString());
            String tree = structure(doc.getDocumentCatalog().getStructureTreeRoot().getKids());
            assertTrue(tree.contains("Span lang=ja"), tree);
        }
    }

    private static String structure(List<Object> kids) {
        StringBuilder sb = new StringBuilder();
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                sb.append(e.getStructureType());
                if (e.getLanguage() != null) {
                    sb.append(" lang=").append(e.getLanguage());
                }
                sb.append('\n').append(structure(e.getKids()));
            }
        }
        return sb.toString();
    }

    @Test
    void smartTypographyFollowsThePassageLanguage() {
        String md = "---\nlang: fr\n---\n\nRapport: 3\n\n::: {lang=de}\nGrößenverhältnisse: 3\n:::\n";
        String printed = imprint.model.ModelPrinter.print(Pipeline.standard(new MarkdownReader().read(md, new Diagnostics())));
        assertTrue(printed.contains("Rapport\u202F: 3"), printed); // the French rule applies in French
        assertTrue(printed.contains("Größenverhältnisse: 3"), printed); // and not in the German passage
    }
}
