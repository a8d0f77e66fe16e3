package imprint.testing;

import imprint.model.ModelText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The text a reader meets in an exported file, in reading order, read back with each format's
 * own tools and none of ours: the PDF through its structure tree (the logical order assistive
 * technology follows, page furniture excluded), the EPUB's chapters in spine order, the DOCX's
 * body through POI, the web page through the Nu checker's HTML parser. Footnote texts are kept
 * apart from the body, and note reference numbers are left out of it, so both can be compared
 * with the model's text. All white space (and soft hyphens) is removed, so line breaking and
 * hyphenation cannot hide or fake a difference.
 *
 * @param body  the squeezed text of the body, title block included
 * @param notes the squeezed text of the footnotes, in number order
 */
public record ReadingText(String body, String notes) {

    /**
     * The first of {@code blocks} that is not found, whole and in order, in {@code text}, or null
     * when all are. Each block is searched for after the end of the one before.
     */
    public static String firstMissing(List<String> blocks, String text) {
        int from = 0;
        for (String block : blocks) {
            String want = ModelText.squeeze(block);
            if (want.isEmpty()) {
                continue;
            }
            int at = text.indexOf(want, from);
            if (at < 0) {
                return block;
            }
            from = at + want.length();
        }
        return null;
    }

    private static String squeeze(CharSequence s) {
        // The wrap mark of long code lines is drawn, not part of the code.
        return ModelText.squeeze(s.toString()).replace("\u21AA", "");
    }

    // ---------------------------------------------------------------- PDF

    /** The PDF's text in structure-tree order; Note elements go to the notes, note references are skipped. */
    public static ReadingText pdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> content = markedContent(doc);
            StringBuilder body = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            // Depth first, in order, without recursion; each entry knows whether it is inside a Note.
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {doc.getDocumentCatalog().getStructureTreeRoot(), Boolean.FALSE, null});
            while (!stack.isEmpty()) {
                Object[] top = stack.pop();
                Object node = top[0];
                boolean inNote = (Boolean) top[1];
                PDPage page = (PDPage) top[2];
                if (node instanceof PDStructureNode n) {
                    if (n instanceof PDStructureElement e) {
                        if ("Link".equals(e.getStructureType()) && e.getAlternateDescription() != null
                                && e.getAlternateDescription().startsWith("Footnote ")) {
                            continue; // a note reference: its number is not text of the paragraph
                        }
                        if (inNote && "Lbl".equals(e.getStructureType())) {
                            continue; // a note's number, as the other formats' back links
                        }
                        inNote |= "Note".equals(e.getStructureType());
                        if (e.getPage() != null) {
                            page = e.getPage();
                        }
                    }
                    List<Object> kids = n.getKids();
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        stack.push(new Object[] {kids.get(i), inNote, page});
                    }
                } else {
                    String t = null;
                    if (node instanceof PDMarkedContentReference r) {
                        PDPage p = r.getPage() != null ? r.getPage() : page;
                        t = content.getOrDefault(p, Map.of()).get(r.getMCID());
                    } else if (node instanceof Integer mcid) {
                        t = content.getOrDefault(page, Map.of()).get(mcid);
                    }
                    if (t != null) {
                        (inNote ? notes : body).append(t);
                    }
                }
            }
            return new ReadingText(squeeze(body), squeeze(notes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's marked content: its text by MCID (pieces with the same MCID joined in drawing order). */
    public static Map<PDPage, Map<Integer, String>> markedContent(PDDocument doc) throws IOException {
        Map<PDPage, Map<Integer, String>> content = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
            x.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent mc : x.getMarkedContents()) {
                if (mc.getMCID() >= 0) {
                    byMcid.merge(mc.getMCID(), text(mc), String::concat);
                }
            }
            content.put(page, byMcid);
        }
        return content;
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>(mc.getContents());
        while (!stack.isEmpty()) {
            Object o = stack.pollFirst();
            if (o instanceof TextPosition tp) {
                sb.append(tp.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                List<Object> kids = inner.getContents();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.addFirst(kids.get(i));
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- EPUB

    /** The EPUB's content documents in spine order; footnote asides go to the notes. */
    public static ReadingText epub(byte[] epub) {
        Map<String, byte[]> files;
        try {
            files = ZipFiles.read(epub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Element opf = xml(files.get("EPUB/package.opf"));
        Map<String, String> hrefs = new HashMap<>();
        for (Element item : elements(opf, "item")) {
            hrefs.put(item.getAttribute("id"), item.getAttribute("href"));
        }
        StringBuilder body = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        Map<Integer, String> numbered = new java.util.TreeMap<>();
        for (Element ref : elements(opf, "itemref")) {
            String href = hrefs.get(ref.getAttribute("idref"));
            if (href.equals("nav.xhtml")) {
                continue; // the contents repeat the headings; the body comes after
            }
            Element html = xml(files.get("EPUB/" + href));
            for (Element aside : elements(html, "aside")) {
                numbered.put(Integer.parseInt(aside.getAttribute("id").replace("fn-", "")), noteText(aside));
                aside.getParentNode().removeChild(aside);
            }
            dropNoteRefs(html);
            body.append(html.getElementsByTagNameNS("*", "body").item(0).getTextContent());
        }
        numbered.values().forEach(notes::append);
        return new ReadingText(squeeze(body), squeeze(notes));
    }

    /** A note's text without the number that opens it (it is the back link). */
    private static String noteText(Element note) {
        for (Element a : elements(note, "a")) {
            if ("doc-backlink".equals(a.getAttribute("role"))) {
                a.getParentNode().removeChild(a);
            }
        }
        dropNoteRefs(note);
        return note.getTextContent();
    }

    private static void dropNoteRefs(Element root) {
        for (Element a : elements(root, "a")) {
            if ("doc-noteref".equals(a.getAttribute("role"))) {
                a.getParentNode().removeChild(a);
            }
        }
    }

    // ---------------------------------------------------------------- HTML

    /** The web page's article; the list of notes goes to the notes. */
    public static ReadingText html(byte[] html) {
        org.w3c.dom.Document dom;
        try {
            dom = new HtmlDocumentBuilder().parse(new InputSource(new ByteArrayInputStream(html)));
        } catch (Exception e) {
            throw new IllegalStateException("HTML parser failed", e);
        }
        Element article = elements(dom.getDocumentElement(), "article").get(0);
        StringBuilder notes = new StringBuilder();
        for (Element section : elements(article, "section")) {
            if ("doc-endnotes".equals(section.getAttribute("role"))) {
                for (Element li : elements(section, "li")) {
                    notes.append(noteText(li));
                }
                section.getParentNode().removeChild(section);
            }
        }
        dropNoteRefs(article);
        return new ReadingText(squeeze(article.getTextContent()), squeeze(notes));
    }

    // ---------------------------------------------------------------- DOCX

    /** The DOCX body (paragraphs and tables in order, the text of runs only) and its footnotes. */
    public static ReadingText docx(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder body = new StringBuilder();
            Deque<IBodyElement> stack = new ArrayDeque<>(d.getBodyElements());
            while (!stack.isEmpty()) {
                IBodyElement e = stack.pollFirst();
                if (e instanceof XWPFParagraph p) {
                    body.append(runText(p));
                } else if (e instanceof XWPFTable t) {
                    List<IBodyElement> inner = new ArrayList<>();
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            inner.addAll(cell.getBodyElements());
                        }
                    }
                    for (int i = inner.size() - 1; i >= 0; i--) {
                        stack.addFirst(inner.get(i));
                    }
                }
            }
            StringBuilder notes = new StringBuilder();
            for (XWPFFootnote fn : d.getFootnotes()) {
                if (fn.getId().signum() > 0) {
                    fn.getParagraphs().forEach(p -> notes.append(runText(p)));
                }
            }
            return new ReadingText(squeeze(body), squeeze(notes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the w:t text of a paragraph's runs (hyperlinks included): no field codes, no note marks. */
    private static String runText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (org.apache.xmlbeans.XmlObject t : p.getCTP().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:t")) {
            sb.append(((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText) t).getStringValue());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- XML helpers

    private static Element xml(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + new String(bytes, 0, Math.min(200, bytes.length),
                    StandardCharsets.UTF_8), e);
        }
    }

    /** Descendant elements by local name, in document order (a copy: callers may remove them). */
    private static List<Element> elements(Node root, String localName) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList l = root instanceof Element e ? e.getElementsByTagNameNS("*", localName)
                : ((org.w3c.dom.Document) root).getElementsByTagNameNS("*", localName);
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }
}
