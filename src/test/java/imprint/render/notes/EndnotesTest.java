package imprint.render.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.ExportOptions;
import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.model.ModelText;
import imprint.plan.DocumentPlan;
import imprint.plan.Notes;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.DocxValidator;
import imprint.testing.EpubValidator;
import imprint.testing.PdfValidator;
import imprint.testing.ZipFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The notes as endnotes ({@code --notes end}, front matter {@code notes: end}), read back from
 * each format and compared with the model's notes; the default, footnotes, is the control
 * that each check tells the two apart.
 */
class EndnotesTest {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    static String book(String extraFront) {
        StringBuilder b = new StringBuilder("---\ntitle: The Winter Mill\nauthor: A. Writer\ntype: book\n" + extraFront
                + "about-the-author: A. Writer lives by a river and writes about mills.\n---\n");
        int n = 0;
        for (String t : List.of("The First Snow", "Roads Closed", "The Thaw")) {
            b.append("# ").append(t).append("\n\n");
            for (int i = 0; i < 6; i++) {
                String text = "The roads stayed closed for weeks and the village waited. ".repeat(7);
                if (i % 2 == 0) {
                    n++;
                    b.append("Whatever the river carried past the mill, nobody asked.[^n").append(n).append("] ");
                }
                b.append(text).append("\n\n");
            }
        }
        for (int i = 1; i <= n; i++) {
            b.append("[^n").append(i).append("]: Note ").append(i).append(" tells where the river went, ")
                    .append("word ").append("x".repeat(i)).append(".\n\n");
        }
        return b.toString();
    }

    static DocumentPlan plan(String md, RenderOptions o) throws Exception {
        Diagnostics d = new Diagnostics();
        Document doc = Imprint.read(md, InputFormat.MARKDOWN, d);
        return Imprint.plan(doc, new RenderContext(o, d, ResourceResolver.NONE, "winter.md"));
    }

    static byte[] render(DocumentPlan plan, OutputFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(plan, f, out);
        return out.toByteArray();
    }

    static RenderOptions options(String... args) {
        ExportOptions e = new ExportOptions("--");
        for (int i = 0; i < args.length; i += 2) {
            assertTrue(e.valued(args[i], args[i + 1]));
        }
        return e.renderOptions(Optional.empty());
    }

    /** The model's note texts, in number order. */
    static List<String> modelNotes(DocumentPlan plan) {
        List<String> out = new ArrayList<>();
        for (Notes.Note n : plan.notes().inOrder()) {
            out.add(String.join(" ", ModelText.blocks(n.definition().blocks())));
        }
        return out;
    }

    @Test
    void theOptionAndTheFrontMatterKeyChooseEndnotes() throws Exception {
        assertFalse(options().endnotes());
        assertFalse(options("notes", "foot").endnotes());
        assertTrue(options("notes", "end").endnotes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options("notes", "side"));
        assertTrue(e.getMessage().contains("--notes must be foot or end"), e.getMessage());
        assertTrue(plan(book("notes: end\n"), RenderOptions.DEFAULTS).options().endnotes());
        assertFalse(plan(book(""), RenderOptions.DEFAULTS).options().endnotes());
        assertFalse(plan(book("notes: foot\n"), RenderOptions.DEFAULTS).options().endnotes());
        Diagnostics d = new Diagnostics();
        Document doc = Imprint.read(book("notes: side\n"), InputFormat.MARKDOWN, d);
        assertFalse(d.has(imprint.diag.Code.FRONT_MATTER_INVALID), "not yet: the plan decides");
        assertFalse(Imprint.plan(doc, new RenderContext(RenderOptions.DEFAULTS, d, ResourceResolver.NONE, "w.md")).options().endnotes());
        assertTrue(d.has(imprint.diag.Code.FRONT_MATTER_INVALID), "a value other than foot or end is a warning");
    }

    @Test
    void endnotesAreByteDeterministicAndChangeTheOutput() throws Exception {
        for (OutputFormat f : List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.EPUB)) {
            byte[] once = render(plan(book(""), options("notes", "end")), f);
            org.junit.jupiter.api.Assertions.assertArrayEquals(once, render(plan(book(""), options("notes", "end")), f), f.name());
            assertFalse(java.util.Arrays.equals(once, render(plan(book(""), options("notes", "foot")), f)), f.name());
        }
    }

    // ---- PDF ----

    record PdfNotes(List<String> pages, int notesPage, int aboutPage, int lastChapterPage, List<Integer> forwardFrom,
                    List<Integer> forwardTo, List<Integer> backTo) {
    }

    static PdfNotes readPdf(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(d).replaceAll("\\s+", " "));
            }
            int notesPage = -1;
            int about = -1;
            int lastChapter = -1;
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                int page = d.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage());
                if (item.getTitle().equals("Notes")) {
                    notesPage = page;
                } else if (item.getTitle().equals("About the Author")) {
                    about = page;
                } else if (item.getTitle().contains("Thaw")) {
                    lastChapter = page;
                }
            }
            List<Integer> from = new ArrayList<>();
            List<Integer> to = new ArrayList<>();
            List<Integer> back = new ArrayList<>();
            for (int p = 0; p < d.getNumberOfPages(); p++) {
                PDPage page = d.getPage(p);
                List<PDAnnotationLink> links = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo) {
                        links.add(l);
                    }
                }
                links.sort(Comparator.comparingDouble((PDAnnotationLink l) -> -l.getRectangle().getUpperRightY()));
                for (PDAnnotationLink l : links) {
                    PDPageDestination dest = (PDPageDestination) ((PDActionGoTo) l.getAction()).getDestination();
                    int target = d.getPages().indexOf(dest.getPage());
                    if (p == notesPage) {
                        back.add(target);
                    } else if (notesPage >= 0 ? target == notesPage : target == p) {
                        from.add(p);
                        to.add(target);
                    }
                }
            }
            return new PdfNotes(pages, notesPage, about, lastChapter, from, to, back);
        }
    }

    @Test
    void pdfSetsTheNotesInANotesSectionAfterTheLastChapterWithLinksBothWays() throws Exception {
        DocumentPlan plan = plan(book(""), options("notes", "end", "print", "kdp"));
        List<String> notes = modelNotes(plan);
        assertEquals(9, notes.size());
        byte[] pdf = render(plan, OutputFormat.PDF);
        PdfNotes r = readPdf(pdf);
        assertTrue(r.notesPage() > r.lastChapterPage() && r.lastChapterPage() > 0, r.notesPage() + " after " + r.lastChapterPage());
        assertTrue(r.aboutPage() > r.notesPage(), "About the Author after the notes");
        assertEquals(0, r.notesPage() % 2, "a two-sided book opens the notes on a recto (odd page number)");
        String notesText = r.pages().get(r.notesPage());
        for (int i = 0; i < notes.size(); i++) {
            assertTrue(notesText.contains((i + 1) + ". " + notes.get(i)), "note " + (i + 1) + " with its number: " + notesText);
            for (int p = 0; p < r.pages().size(); p++) {
                if (p != r.notesPage()) {
                    assertFalse(r.pages().get(p).contains(notes.get(i)), "note " + (i + 1) + " also on page " + (p + 1));
                }
            }
        }
        for (String chapter : List.of("The First Snow", "Roads Closed", "The Thaw")) {
            assertTrue(notesText.contains(chapter), "the notes are grouped under " + chapter);
        }
        // Print interiors have no links (a printer's rule); the screen PDF's are checked below.
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void pdfLinksEachReferenceToItsEndnoteAndBack() throws Exception {
        DocumentPlan plan = plan(book(""), options("notes", "end").withDuplex(true));
        byte[] pdf = render(plan, OutputFormat.PDF);
        PdfNotes r = readPdf(pdf);
        assertEquals(9, r.forwardFrom().size(), "each reference links to the Notes page");
        assertEquals(r.forwardFrom(), r.backTo(), "each note's number links back to the page of its reference, in order");
        assertTrue(r.forwardFrom().stream().allMatch(p -> p < r.notesPage()));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void footnotesStayAtThePageFootWithoutANotesSection() throws Exception {
        DocumentPlan plan = plan(book(""), RenderOptions.DEFAULTS);
        List<String> notes = modelNotes(plan);
        PdfNotes r = readPdf(render(plan, OutputFormat.PDF));
        assertEquals(-1, r.notesPage(), "no Notes bookmark");
        for (String note : notes) {
            long on = r.pages().stream().filter(p -> p.contains(note)).count();
            assertEquals(1, on, note);
        }
        int first = -1;
        for (int p = 0; p < r.pages().size(); p++) {
            if (r.pages().get(p).contains(notes.get(0))) {
                first = p;
            }
        }
        assertTrue(first < r.lastChapterPage(), "the first note is at the foot of a page before the last chapter");
        assertEquals(9, r.forwardFrom().size());
        assertEquals(r.forwardFrom(), r.forwardTo(), "a footnote's reference links within its own page");
    }

    // ---- DOCX ----

    static List<Element> elements(Element root, String local) {
        NodeList l = root.getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    static String wordText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Element t : elements(e, "t")) {
            b.append(t.getTextContent());
        }
        return b.toString().strip();
    }

    @Test
    void docxWritesWordEndnotes() throws Exception {
        DocumentPlan plan = plan(book("notes: end\n"), RenderOptions.DEFAULTS);
        List<String> notes = modelNotes(plan);
        byte[] docx = render(plan, OutputFormat.DOCX);
        assertEquals(List.of(), DocxValidator.problems(docx));
        Map<String, byte[]> parts = ZipFiles.read(docx);
        Element doc = DocxValidator.xml(parts.get("word/document.xml"));
        assertEquals(0, elements(doc, "footnoteReference").size());
        List<String> refs = elements(doc, "endnoteReference").stream().map(e -> e.getAttributeNS(W, "id")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), refs);
        Element end = DocxValidator.xml(parts.get("word/endnotes.xml"));
        List<String> texts = new ArrayList<>();
        Set<String> separators = new HashSet<>();
        for (Element n : elements(end, "endnote")) {
            if (n.hasAttributeNS(W, "type")) {
                separators.add(n.getAttributeNS(W, "type"));
            } else {
                texts.add(wordText(n));
                assertEquals(1, elements(n, "endnoteRef").size());
                assertEquals("EndnoteText", elements(n, "pStyle").get(0).getAttributeNS(W, "val"));
            }
        }
        assertEquals(Set.of("separator", "continuationSeparator"), separators);
        assertEquals(notes, texts);
        Element foot = DocxValidator.xml(parts.get("word/footnotes.xml"));
        assertEquals(2, elements(foot, "footnote").size(), "the footnotes part keeps only its separators");
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("w:styleId=\"EndnoteText\"") && styles.contains("w:styleId=\"EndnoteReference\""));
    }

    /** Pandoc reads the DOCX's endnotes as the document's notes, with the model's texts. */
    @Test
    void pandocReadsTheEndnotes() throws Exception {
        DocumentPlan plan = plan(book(""), options("notes", "end"));
        java.nio.file.Path docx = tmp.resolve("pandoc.docx");
        java.nio.file.Files.write(docx, render(plan, OutputFormat.DOCX));
        Process p = new ProcessBuilder("pandoc", "-f", "docx", "-t", "json", docx.toString())
                .redirectError(tmp.resolve("pandoc.err").toFile()).start();
        com.fasterxml.jackson.databind.JsonNode ast = new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.getInputStream());
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        List<String> found = new ArrayList<>();
        notes(ast.path("blocks"), found);
        assertEquals(modelNotes(plan), found);
    }

    private static void notes(com.fasterxml.jackson.databind.JsonNode n, List<String> out) {
        if (n.isObject() && "Note".equals(n.path("t").asText())) {
            StringBuilder b = new StringBuilder();
            plain(n.path("c"), b);
            out.add(b.toString().strip());
            return;
        }
        for (com.fasterxml.jackson.databind.JsonNode c : n) {
            notes(c, out);
        }
    }

    private static void plain(com.fasterxml.jackson.databind.JsonNode n, StringBuilder b) {
        String t = n.path("t").asText();
        if (t.equals("Str")) {
            b.append(n.path("c").asText());
        } else if (t.equals("Space") || t.equals("SoftBreak")) {
            b.append(' ');
        } else {
            for (com.fasterxml.jackson.databind.JsonNode c : n) {
                plain(c, b);
            }
        }
    }

    @Test
    void docxFootnotesByDefault() throws Exception {
        DocumentPlan plan = plan(book(""), RenderOptions.DEFAULTS);
        Map<String, byte[]> parts = ZipFiles.read(render(plan, OutputFormat.DOCX));
        Element doc = DocxValidator.xml(parts.get("word/document.xml"));
        assertEquals(0, elements(doc, "endnoteReference").size());
        assertEquals(9, elements(doc, "footnoteReference").size());
        assertEquals(2, elements(DocxValidator.xml(parts.get("word/endnotes.xml")), "endnote").size());
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    /**
     * LibreOffice opens the endnotes DOCX and sets the notes after the text, numbered 1, 2, 3
     * (Word's default for endnotes is i, ii, iii); with footnotes, the first note comes before the
     * last chapter's text.
     */
    @Test
    void libreOfficeShowsTheEndnotesAtTheEnd() throws Exception {
        for (boolean end : List.of(true, false)) {
            DocumentPlan plan = plan(book(""), end ? options("notes", "end") : RenderOptions.DEFAULTS);
            List<String> notes = modelNotes(plan);
            java.nio.file.Path docx = tmp.resolve((end ? "end" : "foot") + ".docx");
            java.nio.file.Files.write(docx, render(plan, OutputFormat.DOCX));
            java.nio.file.Path out = java.nio.file.Files.createDirectories(tmp.resolve("pdf"));
            java.nio.file.Path pdf = out.resolve((end ? "end" : "foot") + ".pdf");
            // A new profile's first start may ask for a restart (exit 81) and write nothing: run it again.
            for (int attempt = 0; attempt < 2 && !java.nio.file.Files.exists(pdf); attempt++) {
                Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
                        "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                        out.toString(), docx.toString()).redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("soffice-" + attempt + ".log").toFile()).start();
                assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "LibreOffice finished in time");
            }
            String text;
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            }
            int lastText = text.lastIndexOf("The Thaw");
            assertTrue(lastText > 0, "the last chapter is there");
            for (int i = 0; i < notes.size(); i++) {
                int at = text.indexOf(notes.get(i));
                assertTrue(at > 0, "note " + (i + 1) + " shown");
                if (end) {
                    assertTrue(at > lastText, "note " + (i + 1) + " after the last chapter's title");
                    assertTrue(text.contains((i + 1) + " " + notes.get(i)), "note " + (i + 1) + " numbered " + (i + 1));
                } else if (i == 0) {
                    assertTrue(at < lastText, "a footnote is set on its page, before the last chapter");
                }
            }
        }
    }

    // ---- EPUB ----

    static Element xhtml(byte[] b) throws Exception {
        return DocxValidator.xml(b);
    }

    static Set<String> ids(Element root) {
        Set<String> out = new HashSet<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                out.add(e.getAttribute("id"));
            }
        }
        return out;
    }

    static List<String> hrefs(Element root) {
        List<String> out = new ArrayList<>();
        NodeList a = root.getElementsByTagNameNS(XHTML, "a");
        for (int i = 0; i < a.getLength(); i++) {
            out.add(((Element) a.item(i)).getAttribute("href"));
        }
        return out;
    }

    @Test
    void epubCollectsTheNotesInOneBackMatterFile() throws Exception {
        DocumentPlan plan = plan(book(""), options("notes", "end"));
        List<String> notes = modelNotes(plan);
        byte[] epub = render(plan, OutputFormat.EPUB);
        assertEquals(List.of(), EpubValidator.problems(epub));
        Map<String, byte[]> files = ZipFiles.read(epub);
        Element file = xhtml(files.get("EPUB/notes.xhtml"));
        Element section = (Element) file.getElementsByTagNameNS(XHTML, "section").item(0);
        assertEquals("doc-endnotes", section.getAttribute("role"));
        assertTrue(section.getAttributeNS("http://www.idpf.org/2007/ops", "type").contains("endnotes"));
        NodeList items = file.getElementsByTagNameNS(XHTML, "li");
        assertEquals(notes.size(), items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            Element li = (Element) items.item(i);
            assertEquals("fn-" + (i + 1), li.getAttribute("id"));
            assertEquals(notes.get(i), li.getTextContent().replace("\u21A9\uFE0E", "").strip());
        }
        Set<String> noteIds = ids(file);
        int forward = 0;
        Pattern chapterFile = Pattern.compile("chapter-\\d+\\.xhtml");
        for (String name : files.keySet()) {
            Matcher m = chapterFile.matcher(name);
            if (!m.find()) {
                continue;
            }
            Element ch = xhtml(files.get(name));
            assertEquals(0, ch.getElementsByTagNameNS(XHTML, "aside").getLength(), "no pop-up footnotes in " + name);
            for (String h : hrefs(ch)) {
                if (h.startsWith("notes.xhtml#")) {
                    forward++;
                    assertTrue(noteIds.contains(h.substring(h.indexOf('#') + 1)), h);
                }
            }
        }
        assertEquals(notes.size(), forward);
        int back = 0;
        for (String h : hrefs(file)) {
            String target = h.substring(0, h.indexOf('#'));
            assertTrue(ids(xhtml(files.get("EPUB/" + target))).contains(h.substring(h.indexOf('#') + 1)), h);
            back++;
        }
        assertEquals(notes.size(), back);
        assertTrue(new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8).contains("<itemref idref=\"notes\"/>"));
    }

    /** A note referenced only from inside another note links back to that note, in the notes file. */
    @Test
    void epubNoteInsideANoteLinksBackWithinTheNotesFile() throws Exception {
        String md = "# One\n\nA claim.[^a]\n\n# Two\n\nAnother.[^c]\n\n[^a]: Its source, itself noted.[^b]\n\n"
                + "[^b]: The source's source.\n\n[^c]: A third note.\n";
        DocumentPlan plan = plan(md, options("notes", "end").withBook(true));
        byte[] epub = render(plan, OutputFormat.EPUB);
        assertEquals(List.of(), EpubValidator.problems(epub));
        Map<String, byte[]> files = ZipFiles.read(epub);
        Element file = xhtml(files.get("EPUB/notes.xhtml"));
        Set<String> here = ids(file);
        List<String> back = hrefs(file).stream().filter(h -> h.contains("fnref-")).toList();
        assertEquals(3, back.size(), back.toString());
        for (String h : back) {
            String target = h.substring(0, h.indexOf('#'));
            String id = h.substring(h.indexOf('#') + 1);
            assertTrue(target.isEmpty() ? here.contains(id) : ids(xhtml(files.get("EPUB/" + target))).contains(id), h);
        }
        assertTrue(back.contains("#fnref-2"), "note 2's reference is in note 1: " + back);
    }

    /** Ace by DAISY finds no violation in the EPUB with its notes file. */
    @Test
    void epubWithEndnotesPassesAce() throws Exception {
        imprint.testing.AceChecker.Verdict v = imprint.testing.AceChecker.check(
                render(plan(book(""), options("notes", "end").withPageList(true)), OutputFormat.EPUB));
        assertEquals(List.of(), v.violations());
        assertEquals("pass", v.outcome());
    }

    @Test
    void epubKeepsPopUpFootnotesByDefault() throws Exception {
        Map<String, byte[]> files = ZipFiles.read(render(plan(book(""), RenderOptions.DEFAULTS), OutputFormat.EPUB));
        assertNull(files.get("EPUB/notes.xhtml"));
        int asides = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().contains("chapter-")) {
                asides += xhtml(f.getValue()).getElementsByTagNameNS(XHTML, "aside").getLength();
            }
        }
        assertEquals(9, asides);
        assertNotNull(files.get("EPUB/chapter-001.xhtml"));
    }
}
