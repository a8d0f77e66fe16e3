package imprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.read.markdown.MarkdownReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/**
 * The PDF structure tree read back with PDFBox: element types, nesting of lists and tables,
 * note numbers as labels, and children in reading order with the text each marked-content
 * reference points at (so a link is read after the words before it, not first).
 */
class StructureTreeTest {
    private static final String MARKDOWN = String.join("\n",
            "# Chapter One",
            "",
            "Words before a [link](https://example.com/) and after it.[^1]",
            "",
            "- first",
            "- second",
            "  1. inner one",
            "  2. inner two",
            "",
            "| Name | Count |",
            "|------|------:|",
            "| ab   | 1     |",
            "",
            "[^1]: The note.",
            "");

    private static String tree(String markdown) throws IOException {
        Document doc = new MarkdownReader().read(markdown, new Diagnostics());
        byte[] pdf = PdfRendererTest.render(doc, RenderOptions.DEFAULTS, new Diagnostics());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> text = imprint.testing.ReadingText.markedContent(d);
            StringBuilder sb = new StringBuilder();
            write(d.getDocumentCatalog().getStructureTreeRoot(), null, text, sb);
            return sb.toString().strip();
        }
    }

    /** One element per line, indented by depth; marked content as its quoted text, annotations as "annot". */
    private static void write(PDStructureNode root, PDPage rootPage, Map<PDPage, Map<Integer, String>> text,
                              StringBuilder sb) {
        Deque<Object[]> stack = new ArrayDeque<>(); // node, depth, page: iterative, as deep trees are fine
        stack.push(new Object[] {root, -1, rootPage});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (Integer) top[1];
            PDPage page = (PDPage) top[2];
            if (top[0] instanceof PDStructureNode n) {
                if (n instanceof PDStructureElement e) {
                    sb.append("  ".repeat(depth)).append(e.getStructureType());
                    var attributes = e.getAttributes();
                    for (int i = 0; i < attributes.size(); i++) {
                        PDAttributeObject a = attributes.getObject(i);
                        String scope = a.getCOSObject().getNameAsString(COSName.getPDFName("Scope"));
                        if (scope != null) {
                            sb.append(" scope=").append(scope);
                        }
                    }
                    sb.append('\n');
                    page = e.getPage() != null ? e.getPage() : page;
                }
                List<Object> kids = new ArrayList<>(n.getKids());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {kids.get(i), depth + 1, page});
                }
            } else if (top[0] instanceof PDMarkedContentReference r) {
                PDPage p = r.getPage() != null ? r.getPage() : page;
                sb.append("  ".repeat(depth)).append('"').append(text.get(p).get(r.getMCID()).strip()).append("\"\n");
            } else if (top[0] instanceof Integer mcid) {
                sb.append("  ".repeat(depth)).append('"').append(text.get(page).get(mcid).strip()).append("\"\n");
            } else if (top[0] instanceof PDObjectReference) {
                sb.append("  ".repeat(depth)).append("annot\n");
            }
        }
    }

    @Test
    void rolesNestingAndReadingOrder() throws IOException {
        String expected = String.join("\n",
                "Document",
                "  H1", // the document's first heading is its title, set as the title block
                "    \"Chapter One\"",
                "  P",
                "    \"Words before a\"", // the words before the link are read first
                "    Link",
                "      \"link\"",
                "      annot",
                "    \"and after it.\"",
                "    Link",
                "      \"1\"",
                "      annot",
                "    Note", // the note sits in the paragraph that refers to it, read after it
                "      Lbl",
                "        \"1.\"",
                "      P",
                "        \"The note.\"",
                "  L",
                "    LI",
                "      Lbl",
                "        \"•\"",
                "      LBody",
                "        P",
                "          \"first\"",
                "    LI",
                "      Lbl",
                "        \"•\"",
                "      LBody",
                "        P",
                "          \"second\"",
                "        L",
                "          LI",
                "            Lbl",
                "              \"1.\"",
                "            LBody",
                "              P",
                "                \"inner one\"",
                "          LI",
                "            Lbl",
                "              \"2.\"",
                "            LBody",
                "              P",
                "                \"inner two\"",
                "  Table",
                "    THead",
                "      TR",
                "        TH scope=Column",
                "          \"Name\"",
                "        TH scope=Column",
                "          \"Count\"",
                "    TBody",
                "      TR",
                "        TD",
                "          \"ab\"",
                "        TD",
                "          \"1\"");
        assertEquals(expected, tree(MARKDOWN));
    }

    /** Negative control: the same reading of a document whose heading moved gives a different tree. */
    @Test
    void aMovedHeadingShowsInTheTree() throws IOException {
        String moved = MARKDOWN.replace("# Chapter One\n\n", "").replace("[^1]: The note.", "# Chapter One\n\n[^1]: The note.");
        assertNotEquals(tree(MARKDOWN), tree(moved));
    }
}
