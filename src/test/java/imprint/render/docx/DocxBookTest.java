package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.DocxValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code --book} in the DOCX: a front-matter section numbered in roman, one section per chapter
 * (the first numbered from 1, each on a new page, an odd one when two-sided), a different first
 * page without running head, the book's title on even pages and the chapter's on odd ones,
 * page numbers in the footers. Read back from the XML, checked against the ECMA-376 schemas,
 * and laid out by LibreOffice, whose PDF is read page by page.
 */
class DocxBookTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int CHAPTERS = 4;
    private static final Document BOOK = new Document(SampleDocuments.longBook(CHAPTERS, 14).metadata()
            .withRights("\u00A9 2026 A. Writer").withIdentifier("978-1-23456-789-7"), SampleDocuments.longBook(CHAPTERS, 14).blocks());

    @TempDir
    Path tmp;

    @Test
    void aBookHasItsSectionsHeadsAndNumbers() throws Exception {
        byte[] docx = docx(RenderOptions.DEFAULTS.withBook(true).withDuplex(true).withToc(RenderOptions.Toc.ON));
        assertEquals(List.of(), DocxValidator.problems(docx), "ECMA-376 schemas");
        Map<String, byte[]> parts = ZipFiles.read(docx);
        Map<String, String> rels = rels(parts.get("word/_rels/document.xml.rels"));
        Element body = (Element) xml(parts.get("word/document.xml")).getElementsByTagNameNS(W, "body").item(0);
        NodeList sects = body.getElementsByTagNameNS(W, "sectPr");
        // The front matter: half-title, title page, copyright page, contents, a section each.
        int fronts = 4;
        assertEquals(fronts + CHAPTERS, sects.getLength(), "the front matter's pages and one section per chapter");
        assertTrue(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("<w:evenAndOddHeaders/>"));

        for (int f = 0; f < fronts; f++) {
            Element front = (Element) sects.item(f);
            assertEquals("lowerRoman", attr(front, "pgNumType", "fmt"));
            assertEquals(f == 0 ? "1" : "", attr(front, "pgNumType", "start"), "numbered from i at the half-title");
            // The title page and the contents open on rectos, the copyright page is the title page's verso.
            assertEquals(List.of("", "oddPage", "nextPage", "oddPage").get(f), attr(front, "type", "val") == null ? ""
                    : attr(front, "type", "val"));
            boolean contents = f == fronts - 1;
            for (String type : List.of("default", "even", "first")) {
                String id = ref(front, "footerReference", type);
                assertEquals(contents, fields(parts, rels, id).contains("PAGE"), "folio on page " + f + " (" + type + ")");
            }
            assertEquals(null, ref(front, "headerReference", "default"), "no running head in the front matter");
        }

        for (int c = 0; c < CHAPTERS; c++) {
            Element s = (Element) sects.item(c + fronts);
            assertEquals("oddPage", attr(s, "type", "val"), "chapter " + (c + 1) + " opens on a recto");
            assertEquals("decimal", attr(s, "pgNumType", "fmt"));
            assertEquals(c == 0 ? "1" : "", attr(s, "pgNumType", "start"), "numbered from 1 at chapter 1, then on");
            assertTrue(has(s, "titlePg"));
            assertEquals("", text(parts, rels, ref(s, "headerReference", "first")), "no head on the opener");
            assertEquals("Chapter " + (c + 1), text(parts, rels, ref(s, "headerReference", "default")), "odd pages");
            assertEquals("The Long Book", text(parts, rels, ref(s, "headerReference", "even")), "even pages");
            for (String type : List.of("default", "even", "first")) {
                assertTrue(fields(parts, rels, ref(s, "footerReference", type)).contains("PAGE"), type + " footer");
            }
        }
        // Each section but the last ends in the empty paragraph just before its chapter's heading.
        for (int c = 0; c < CHAPTERS; c++) {
            Element p = (Element) sects.item(c + fronts - 1).getParentNode().getParentNode();
            Element next = nextElement(p);
            assertEquals("Chapter " + (c + 1), next.getTextContent());
            assertEquals("", p.getTextContent());
        }
        assertEquals(body, sects.item(fronts + CHAPTERS - 1).getParentNode(), "the last section's properties are the body's");

        // LibreOffice lays it out: roman folios in the front matter, chapters on odd folios without head.
        Heads duplex = laidOut(libreOfficePages(docx), true);
        assertTrue(duplex.odd() >= CHAPTERS, "the chapter's title heads odd pages: " + duplex);
        // LibreOffice 7.4 leaves the even page after an odd-page section start without its header (the
        // XML gives it one, as the assertions above read); one-sided, it shows the book's title there.
        Heads oneSided = laidOut(libreOfficePages(docx(RenderOptions.DEFAULTS.withBook(true).withToc(RenderOptions.Toc.ON))), false);
        assertTrue(oneSided.even() >= CHAPTERS, "the book's title heads even pages: " + oneSided);
    }

    /** How many pages LibreOffice gave an odd and an even running head. */
    record Heads(int odd, int even) {
    }

    private static Heads laidOut(List<Page> pages, boolean twoSided) {
        assertEquals("The Long Book", pages.get(0).text(), "the half-title: the title alone, without folio");
        assertTrue(pages.get(1).text().contains("The Long Book") && !pages.get(1).folio().matches("[ivx]+"),
                "the title page, without folio: " + pages.get(1));
        // The contents print their roman folio: v two-sided (i half-title, iii title, iv copyright), iv one-sided.
        Page contents = pages.stream().filter(p -> p.first().equals("Contents")).findFirst().orElseThrow();
        assertEquals(twoSided ? "v" : "iv", contents.folio());
        assertEquals(1, pages.stream().filter(p -> p.folio().matches("[ivx]+")).count(), "no folio on display pages");
        int openers = 0;
        int oddHeads = 0;
        int evenHeads = 0;
        for (Page page : pages) {
            boolean number = page.folio().matches("\\d+");
            int n = number ? Integer.parseInt(page.folio()) : -1;
            if (page.first().matches("Chapter \\d+") && page.firstSize() > 12 && number) {
                openers++; // the heading itself, large, at the top: no running head above it
                assertTrue(n % 2 == 1 || !twoSided, "a chapter opens on an odd page: " + page.first() + " on " + n);
                if (page.first().equals("Chapter 1")) {
                    assertEquals(1, n, "the body is numbered from 1");
                }
            } else if (page.first().matches("Chapter \\d+") && number) {
                oddHeads++;
                assertTrue(n % 2 == 1 || !twoSided, "the chapter heads odd pages: " + page.first() + " on " + n);
            } else if (page.first().equals("The Long Book") && number) {
                evenHeads++;
                assertEquals(0, n % 2, "the book's title heads even pages, not " + n);
            }
        }
        assertEquals(CHAPTERS, openers, "every chapter opener found, without running head");
        return new Heads(oddHeads, evenHeads);
    }

    @Test
    void withoutBookOneSectionAndNoEvenHeads() throws Exception {
        // Negative control: the same document without --book.
        Map<String, byte[]> parts = ZipFiles.read(docx(RenderOptions.DEFAULTS.withDuplex(true)));
        assertEquals(1, xml(parts.get("word/document.xml")).getElementsByTagNameNS(W, "sectPr").getLength());
        assertFalse(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("evenAndOddHeaders"));
    }

    @Test
    void oneSidedChaptersStartOnTheNextPage() throws Exception {
        Map<String, byte[]> parts = ZipFiles.read(docx(RenderOptions.DEFAULTS.withBook(true)));
        NodeList sects = xml(parts.get("word/document.xml")).getElementsByTagNameNS(W, "sectPr");
        assertEquals("nextPage", attr((Element) sects.item(1), "type", "val"));
    }

    private static byte[] sampleDocx(boolean typed, RenderOptions o) throws Exception {
        String md = Files.readString(Path.of("src/docs/sample-book.md"));
        Document doc = Imprint.read(typed ? md : md.replace("type: book\n", ""), imprint.read.InputFormat.MARKDOWN,
                new Diagnostics());
        RenderContext ctx = new RenderContext(o, new Diagnostics(), ResourceResolver.NONE, "sample-book.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), OutputFormat.DOCX, out);
        return out.toByteArray();
    }

    /** The body's paragraphs as "Style|text". */
    private static List<String> styledParagraphs(Map<String, byte[]> parts) throws Exception {
        Element body = (Element) xml(parts.get("word/document.xml")).getElementsByTagNameNS(W, "body").item(0);
        List<String> out = new ArrayList<>();
        NodeList ps = body.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            String style = attr(p, "pStyle", "val");
            out.add((style == null ? "" : style) + "|" + p.getTextContent());
        }
        return out;
    }

    @Test
    void typeBookGivesTheDedicationEpigraphLabelsAndAboutTheAuthor() throws Exception {
        // No --book: the front matter's type: book alone, two-sided.
        byte[] docx = sampleDocx(true, RenderOptions.DEFAULTS.withDuplex(true));
        assertEquals(List.of(), DocxValidator.problems(docx), "ECMA-376 schemas");
        Map<String, byte[]> parts = ZipFiles.read(docx);
        List<String> ps = styledParagraphs(parts);
        int dedication = ps.indexOf("Dedication|For my mother, who kept the mill running.");
        int epigraph = ps.indexOf("Epigraph|The snow falls, and the world forgets its edges.");
        assertTrue(dedication > 0 && epigraph > dedication, ps.toString());
        assertEquals("EpigraphSource|\u2014 Old proverb", ps.get(epigraph + 1));
        int ch2 = ps.indexOf("Heading1|Roads Closed");
        assertEquals("ChapterLabel|Chapter 2", ps.get(ch2 - 1), "the label just above the heading");
        assertEquals("ChapterLabel|Chapter 1", ps.get(ps.indexOf("Heading1|The First Snow") - 1));
        int ch3 = ps.indexOf("Heading1|Chapter 3: The Thaw");
        assertFalse(ps.get(ch3 - 1).startsWith("ChapterLabel"), "no label over a self-numbered chapter");
        int about = ps.indexOf("Heading1|About the Author");
        assertTrue(about > ch3 && ps.get(about + 1).startsWith("BodyText|A. Writer lives by a river"), ps.toString());
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        for (String id : List.of("Dedication", "Epigraph", "EpigraphSource", "ChapterLabel")) {
            assertTrue(styles.contains("w:styleId=\"" + id + "\""), id + " is defined");
        }
        assertTrue(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("<w:mirrorMargins/>"));
        // About the Author is a section of its own, with its own running head on odd pages.
        Map<String, String> rels = rels(parts.get("word/_rels/document.xml.rels"));
        NodeList sects = xml(parts.get("word/document.xml")).getElementsByTagNameNS(W, "sectPr");
        assertEquals(10, sects.getLength(), "half-title, title, copyright, dedication, epigraph, contents, three chapters, about");
        Element last = (Element) sects.item(9);
        assertEquals("About the Author", text(parts, rels, ref(last, "headerReference", "default")));
        assertEquals("oddPage", attr(last, "type", "val"));

        // LibreOffice's pages: the dedication and the epigraph alone, the label over the title, about the author last.
        List<Page> pages = libreOfficePages(docx);
        Page ded = pages.stream().filter(p -> p.text().contains("For my mother")).findFirst().orElseThrow();
        assertEquals(List.of("For my mother, who kept the mill running."), body(ded));
        Page epi = pages.stream().filter(p -> p.text().contains("The snow falls")).findFirst().orElseThrow();
        assertEquals(List.of("The snow falls, and the world forgets its edges.", "\u2014 Old proverb"), body(epi));
        Page roads = pages.stream().filter(p -> p.text().contains("Roads Closed") && !p.text().contains("Contents"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Chapter 2", "Roads Closed"), body(roads).subList(0, 2));
        Page aboutPage = pages.stream().filter(p -> p.first().equals("About the Author")).findFirst().orElseThrow();
        assertEquals(1, Integer.parseInt(aboutPage.folio()) % 2, "about the author on a recto");
        // Two-sided, as in the PDF (half-title i, title iii, copyright iv, dedication v, epigraph vii): the
        // display pages without folio, the contents on ix with theirs.
        assertEquals("The Winter Mill", pages.get(0).text(), "the half-title");
        assertEquals("For my mother, who kept the mill running.", ded.text(), "no folio on the dedication");
        assertEquals("\u2014 Old proverb", epi.folio(), "no folio on the epigraph");
        assertEquals("ix", pages.stream().filter(p -> p.first().equals("Contents")).findFirst().orElseThrow().folio());
    }

    /** A page's lines without its folio. */
    private static List<String> body(Page p) {
        List<String> lines = new ArrayList<>(List.of(p.text().split("\\R")));
        lines.replaceAll(String::strip);
        lines.removeIf(String::isEmpty);
        if (lines.get(lines.size() - 1).matches("[ivx]+|\\d+")) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    @Test
    void withoutTypeBookNoneOfThem() throws Exception {
        // Negative control: the same file without type: book; and one-sided, no mirrored margins.
        Map<String, byte[]> parts = ZipFiles.read(sampleDocx(false, RenderOptions.DEFAULTS.withDuplex(true)));
        for (String p : styledParagraphs(parts)) {
            assertFalse(p.matches("(Dedication|Epigraph|EpigraphSource|ChapterLabel)\\|.*") || p.contains("About the Author"), p);
        }
        assertFalse(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("mirrorMargins"));
        Map<String, byte[]> oneSided = ZipFiles.read(sampleDocx(true, RenderOptions.DEFAULTS));
        assertTrue(styledParagraphs(oneSided).contains("Dedication|For my mother, who kept the mill running."));
        assertFalse(new String(oneSided.get("word/settings.xml"), StandardCharsets.UTF_8).contains("mirrorMargins"));
    }

    @Test
    void aPrintedBookHasThePrintersInsideMargin() throws Exception {
        // 300+ pages in the KDP interior: 0.625 in inside, plus the PDF's eighth of an inch, wider than the page's own margin.
        Document big = SampleDocuments.longBook(90, 14);
        RenderOptions kdp = RenderOptions.DEFAULTS.withPaper(imprint.plan.Paper.SIX_BY_NINE).withDuplex(true).withBook(true)
                .withPrint(new imprint.plan.PrintSetup(imprint.plan.PrintProfile.KDP, imprint.plan.PrintSetup.Stock.WHITE));
        RenderContext ctx = new RenderContext(kdp, new Diagnostics(), ResourceResolver.NONE, "book.md");
        imprint.plan.DocumentPlan plan = Imprint.plan(big, ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(plan, OutputFormat.DOCX, out);
        int pages = plan.pageNumbers().pageCount();
        assertTrue(pages > 300 && pages <= 500, pages + " pages");
        Map<String, byte[]> parts = ZipFiles.read(out.toByteArray());
        Element mar = child(xml(parts.get("word/document.xml")), "pgMar");
        assertEquals(Math.round((0.625 * 72 + 9) * 20), Long.parseLong(mar.getAttributeNS(W, "left")), "inside");
        assertTrue(Long.parseLong(mar.getAttributeNS(W, "right")) < Long.parseLong(mar.getAttributeNS(W, "left")));
        assertTrue(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8).contains("<w:mirrorMargins/>"));
        // Negative control: the same book two-sided but not for a printer keeps equal margins.
        RenderContext screen = new RenderContext(kdp.withPrint(null), new Diagnostics(), ResourceResolver.NONE, "book.md");
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(big, screen), OutputFormat.DOCX, out2);
        Element mar2 = child(xml(ZipFiles.read(out2.toByteArray()).get("word/document.xml")), "pgMar");
        assertEquals(mar2.getAttributeNS(W, "right"), mar2.getAttributeNS(W, "left"));
    }

    // ---------------------------------------------------------------- reading back

    private static byte[] docx(RenderOptions o) throws Exception {
        RenderContext ctx = new RenderContext(o, new Diagnostics(), ResourceResolver.NONE, "book.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(BOOK, ctx), OutputFormat.DOCX, out);
        return out.toByteArray();
    }

    private static Element xml(byte[] b) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(b)).getDocumentElement();
    }

    private static Map<String, String> rels(byte[] b) throws Exception {
        Map<String, String> out = new HashMap<>();
        NodeList l = xml(b).getElementsByTagName("Relationship");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            out.put(e.getAttribute("Id"), "word/" + e.getAttribute("Target"));
        }
        return out;
    }

    private static Element child(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(W, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static boolean has(Element e, String name) {
        return child(e, name) != null;
    }

    private static String attr(Element e, String name, String attr) {
        Element c = child(e, name);
        return c == null ? null : c.getAttributeNS(W, attr);
    }

    /** The r:id of the header or footer reference of a type, or null. */
    private static String ref(Element sect, String name, String type) {
        NodeList l = sect.getElementsByTagNameNS(W, name);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (e.getAttributeNS(W, "type").equals(type)) {
                return e.getAttributeNS(R, "id");
            }
        }
        return null;
    }

    /** A header's or footer's text, field instructions left out. */
    private static String text(Map<String, byte[]> parts, Map<String, String> rels, String id) throws Exception {
        Element root = xml(parts.get(rels.get(id)));
        StringBuilder sb = new StringBuilder();
        NodeList t = root.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < t.getLength(); i++) {
            sb.append(t.item(i).getTextContent());
        }
        return sb.toString();
    }

    private static String fields(Map<String, byte[]> parts, Map<String, String> rels, String id) throws Exception {
        Element root = xml(parts.get(rels.get(id)));
        StringBuilder sb = new StringBuilder();
        NodeList t = root.getElementsByTagNameNS(W, "instrText");
        for (int i = 0; i < t.getLength(); i++) {
            sb.append(t.item(i).getTextContent());
        }
        return sb.toString();
    }

    private static Element nextElement(Element e) {
        org.w3c.dom.Node n = e.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    /** A page as LibreOffice laid it out: its text, its first line and that line's size, its last line. */
    record Page(String text, String first, float firstSize, String folio) {
    }

    /** LibreOffice's PDF of the DOCX, each page read with PDFBox. */
    private List<Page> libreOfficePages(byte[] docx) throws Exception {
        Path in = tmp.resolve("book.docx");
        Files.write(in, docx);
        Path script = Path.of(new String(new ProcessBuilder("sh", "-c", "command -v soffice").start().getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8).strip());
        List<String> cmd = List.of(script.toRealPath().resolveSibling("soffice.bin").toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir", tmp.toString(),
                in.toString());
        for (int attempt = 0; ; attempt++) {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("lo.log").toFile()).start();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished in time");
            if (p.exitValue() == 81 && attempt == 0) {
                continue; // a new profile's first start asks for a restart
            }
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("lo.log")));
            break;
        }
        List<Page> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(tmp.resolve("book.pdf").toFile())) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                float[] size = {0};
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
                            throws java.io.IOException {
                        if (size[0] == 0 && !text.isBlank()) {
                            size[0] = positions.get(0).getFontSizeInPt();
                        }
                        super.writeString(text, positions);
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                String text = s.getText(d).strip();
                String[] lines = text.split("\\R");
                pages.add(new Page(text, lines[0].strip(), size[0], lines[lines.length - 1].strip()));
            }
        }
        return pages;
    }
}
