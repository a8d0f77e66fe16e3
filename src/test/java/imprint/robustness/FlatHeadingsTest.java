package imprint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.testing.ZipFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * A dictionary or a long glossary is 10,000 headings at one level: nothing is nested, and
 * every format exports it with every heading in its outline (the PDF failed with "nested too
 * deeply" from 7,000 on: PDFBox marked the bookmarks' /Next chain recursively).
 */
class FlatHeadingsTest {
    private static final int N = 10_000;

    @Test
    void tenThousandFlatHeadingsReachEveryFormatsOutline() throws Exception {
        StringBuilder md = new StringBuilder("# Glossary\n\n");
        for (int i = 0; i < N; i++) {
            md.append("## Term ").append(i).append("\n\nMeaning ").append(i).append(".\n\n");
        }
        Diagnostics d = new Diagnostics();
        DocumentPlan plan = Imprint.plan(Imprint.read(md.toString(), InputFormat.MARKDOWN, d),
                new RenderContext(RenderOptions.DEFAULTS.withToc(RenderOptions.Toc.ON), d,
                        new FolderResourceResolver(List.of(Path.of("target"))), "glossary.md"));
        Map<OutputFormat, byte[]> out = new java.util.EnumMap<>(OutputFormat.class);
        for (OutputFormat f : OutputFormat.values()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            Imprint.render(plan, f, b);
            out.put(f, b.toByteArray());
        }
        // PDF: the bookmarks, read by walking the outline with PDFBox, in order
        try (PDDocument pdf = Loader.loadPDF(out.get(OutputFormat.PDF))) {
            int n = 0;
            int expected = 0;
            for (PDOutlineItem top = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild(); top != null;
                 top = top.getNextSibling()) {
                for (PDOutlineItem item = top.hasChildren() ? top.getFirstChild() : top; item != null;
                     item = item == top ? null : item.getNextSibling()) {
                    if (item.getTitle().startsWith("Term ")) {
                        assertEquals("Term " + expected++, item.getTitle());
                        n++;
                    }
                }
            }
            assertEquals(N, n);
        }
        // EPUB: the navigation document lists every term
        String nav = new String(ZipFiles.read(out.get(OutputFormat.EPUB)).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertEquals(N, count(nav, ">Term \\d+</a>"));
        // DOCX: every term is a Heading 2 paragraph
        String body = new String(ZipFiles.read(out.get(OutputFormat.DOCX)).get("word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(N, count(body, "<w:pStyle w:val=\"Heading2\"/>"));
        // HTML: every term is an h2
        String html = new String(out.get(OutputFormat.HTML), StandardCharsets.UTF_8);
        assertEquals(N, count(html, "<h2[^>]*>Term \\d+</h2>"));
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
