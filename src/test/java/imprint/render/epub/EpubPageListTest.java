package imprint.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.Paper;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.EpubValidator;
import imprint.testing.ReadingText;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The EPUB's page-list from the print PDF's pagination: each page-list entry leads to a
 * page-break marker, and the text that follows the marker is the text the PDF's page begins
 * with (read from the PDF with PDFBox, page by page, without the page furniture); the labels are
 * the PDF's page labels; EPUBCheck finds nothing and epub4j reads the file.
 */
class EpubPageListTest {
    /** Letters compared per page: enough to tell any two pages of these documents apart. */
    private static final int LETTERS = 24;

    /** One page-list entry: its label, its file and the letters that follow its marker. */
    record Target(String label, String file, String id, String following, int firstWord) {
    }

    @Test
    void theBookPagesMatchThePdf() throws Exception {
        Document book = SampleDocuments.longBook(8, 24);
        RenderOptions o = RenderOptions.DEFAULTS.withBook(true).withDuplex(true).withToc(RenderOptions.Toc.ON)
                .withPageList(true);
        checkAgainstPdf(book, o, true);
    }

    @Test
    void aPrintInteriorsPagesMatch() throws Exception {
        Document book = SampleDocuments.longBook(4, 16);
        RenderOptions o = RenderOptions.DEFAULTS.withPaper(Paper.SIX_BY_NINE).withDuplex(true).withBook(true)
                .withPrint(new PrintSetup(PrintProfile.KDP, PrintSetup.Stock.WHITE)).withPageList(true);
        checkAgainstPdf(book, o, true);
    }

    @Test
    void aShortArticlesPagesMatch() throws Exception {
        // The seed article with notes, lists, a table and code: the kitchen sink, on A5 for more pages.
        checkAgainstPdf(SampleDocuments.seedArticle(), RenderOptions.DEFAULTS.withPaper(Paper.A5).withPageList(true), false);
        checkAgainstPdf(SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS.withPaper(Paper.A5).withPageList(true), false);
    }

    @Test
    void withoutTheOptionThereIsNoPageList() throws Exception {
        // Negative control: the same book, no page-list asked for.
        Plan p = plan(SampleDocuments.longBook(2, 10), RenderOptions.DEFAULTS.withBook(true));
        Map<String, byte[]> files = ZipFiles.read(p.epub);
        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertFalse(nav.contains("page-list"));
        assertFalse(new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8).contains("printPageNumbers"));
        assertFalse(new String(files.get("EPUB/chapter-001.xhtml"), StandardCharsets.UTF_8).contains("pagebreak"));
    }

    @Test
    void theCheckFailsWhenThePagesAreShifted() throws Exception {
        // Negative control of the comparison itself: each entry paired with the next page's text.
        Plan p = plan(SampleDocuments.longBook(3, 16), RenderOptions.DEFAULTS.withBook(true).withPageList(true));
        List<Target> targets = targets(p.epub);
        List<String> pages = pdfPages(p.pdf);
        List<String> shifted = new ArrayList<>(pages.subList(1, pages.size()));
        shifted.add("");
        assertNotEquals(List.of(), mismatches(targets, shifted));
        assertEquals(List.of(), mismatches(targets, pages));
    }

    private static void checkAgainstPdf(Document doc, RenderOptions o, boolean book) throws Exception {
        Plan p = plan(doc, o);
        List<Target> targets = targets(p.epub);
        List<String> pages = pdfPages(p.pdf);
        List<String> labels = pdfLabels(p.pdf);
        assertTrue(pages.size() >= 2, "a document of several pages: " + pages.size());
        // One entry per page the layout made (a print interior's closing blank leaf is added after it).
        int made = o.print() != null && targets.size() == pages.size() - 1 ? pages.size() - 1 : pages.size();
        assertEquals(made, targets.size(), "one page-list entry per PDF page");
        assertEquals(labels.subList(0, made), targets.stream().map(Target::label).toList(), "the PDF's page labels");
        if (book) {
            assertEquals("i", targets.get(0).label(), "front matter in roman");
            assertTrue(targets.stream().anyMatch(t -> t.label().equals("1")));
        }
        assertEquals(List.of(), mismatches(targets, pages));
        List<String> problems = EpubValidator.problems(p.epub).stream().filter(s -> !s.startsWith("USAGE")).toList();
        assertEquals(List.of(), problems, "EPUBCheck");
        String opf = new String(ZipFiles.read(p.epub).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>"), opf);
        assertTrue(opf.contains("property=\"pageBreakSource\""), opf);
        io.documentnode.epub4j.domain.Book read = new EpubReader().readEpub(new ByteArrayInputStream(p.epub));
        assertTrue(read.getSpine().size() > 3, "epub4j reads the spine");
        for (Target t : targets) {
            String xhtml = new String(read.getResources().getByHref(t.file()).getData(), StandardCharsets.UTF_8);
            assertTrue(xhtml.contains("id=\"" + t.id() + "\""), t + " in what epub4j read");
        }
    }

    /**
     * Pages whose text does not begin where their marker is. A page of body text must begin
     * with the marker's following letters; a marker before a word split across two pages
     * stands before the whole word, so the page may begin inside the first word. Front matter
     * past the title page and pages without body text (blank versos) have no words of their
     * own to compare.
     */
    static List<String> mismatches(List<Target> targets, List<String> pages) {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String page = pages.get(i);
            boolean front = !t.file().startsWith("chapter-");
            if (page.isEmpty() || front && i > 0 || t.following().isEmpty() && page.isEmpty()) {
                continue;
            }
            // The title page's file ends where its text does; the PDF's page goes on (the contents).
            String want = page.substring(0, Math.min(Math.min(LETTERS, page.length()), Math.max(8, t.following().length())));
            int at = t.following().indexOf(want);
            if (at < 0 || at >= Math.max(1, t.firstWord())) {
                bad.add("page " + t.label() + ": PDF begins '" + want + "', EPUB marker is followed by '"
                        + t.following().substring(0, Math.min(40, t.following().length())) + "'");
            }
        }
        return bad;
    }

    // ---------------------------------------------------------------- reading back

    private record Plan(byte[] pdf, byte[] epub) {
    }

    private static Plan plan(Document doc, RenderOptions o) throws IOException {
        RenderContext ctx = new RenderContext(o, new Diagnostics(), ResourceResolver.NONE, "book.md");
        DocumentPlan plan = Imprint.plan(doc, ctx);
        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        Imprint.render(plan, OutputFormat.EPUB, epub); // before the PDF: the plan paginates on its own
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Imprint.render(plan, OutputFormat.PDF, pdf);
        return new Plan(pdf.toByteArray(), epub.toByteArray());
    }

    /** Each PDF page's body text (marked content, so no running head or folio), letters only. */
    static List<String> pdfPages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> content = ReadingText.markedContent(doc);
            for (PDPage page : doc.getPages()) {
                StringBuilder sb = new StringBuilder();
                new TreeMap<>(content.get(page)).values().forEach(sb::append);
                pages.add(letters(sb.toString()));
            }
        }
        return pages;
    }

    static List<String> pdfLabels(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
            List<String> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(labels == null ? Integer.toString(i + 1) : labels.getLabelsByPageIndices()[i]);
            }
            return out;
        }
    }

    /** The page-list's entries, each with the letters that follow its marker in its file. */
    static List<Target> targets(byte[] epub) throws Exception {
        Map<String, byte[]> files = ZipFiles.read(epub);
        String nav = new String(files.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        int from = nav.indexOf("epub:type=\"page-list\"");
        assertTrue(from > 0, "a page-list nav");
        Matcher m = Pattern.compile("<a href=\"([^\"#]+)#([^\"]+)\">([^<]+)</a>").matcher(nav.substring(from));
        List<Target> out = new ArrayList<>();
        while (m.find()) {
            Element root = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get("EPUB/" + m.group(1)))).getDocumentElement();
            Element marker = byId(root, m.group(2));
            assertTrue(marker != null, "marker " + m.group(2) + " in " + m.group(1));
            assertEquals("pagebreak", marker.getAttribute("epub:type"));
            assertEquals("doc-pagebreak", marker.getAttribute("role"));
            assertEquals(m.group(3), marker.getAttribute("aria-label"));
            assertFalse(marker.hasChildNodes(), "an empty marker");
            String text = following(marker).strip();
            String first = text.split("\\s+", 2)[0];
            out.add(new Target(m.group(3), m.group(1), m.group(2), letters(text), letters(first).length()));
        }
        return out;
    }

    private static Element byId(Node n, String id) {
        if (n instanceof Element e && id.equals(e.getAttribute("id"))) {
            return e;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Element found = byId(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The text after a node in document order, footnotes and note numbers left out. */
    private static String following(Node marker) {
        StringBuilder sb = new StringBuilder();
        Node n = marker;
        while (sb.length() < 400) {
            if (n.getFirstChild() != null && n != marker && !skipped(n)) {
                n = n.getFirstChild();
            } else {
                while (n != null && n.getNextSibling() == null) {
                    n = n.getParentNode();
                }
                if (n == null) {
                    break;
                }
                n = n.getNextSibling();
            }
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }

    private static boolean skipped(Node n) {
        return n instanceof Element e && (e.getTagName().equals("aside") || e.getTagName().equals("sup"));
    }

    static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetter).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
