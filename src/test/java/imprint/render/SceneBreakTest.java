package imprint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Metadata;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.resource.FolderResourceResolver;
import imprint.testing.EpubValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A scene break is one designed element in the EPUB, the web page and the DOCX, read back from each. */
class SceneBreakTest {
    private static final Document STORY = new Document(Metadata.EMPTY.withTitle("A Story"), List.of(
            SampleDocuments.p("She closed the door."), new Block.ThematicBreak(),
            SampleDocuments.p("Morning came."), SampleDocuments.p("It rained."), new Block.ThematicBreak(),
            SampleDocuments.p("The end.")));

    static byte[] render(Document doc, OutputFormat f) throws IOException {
        RenderContext ctx = new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "story.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.newRenderer().render(DocumentPlan.of(doc, ctx), out);
        return out.toByteArray();
    }

    private static List<String> between(String html) {
        // The paragraph text just before each scene break, to show it stands where the model has it.
        Matcher m = Pattern.compile("<p[^>]*>([^<]*)</p>\\s*<hr class=\"scene-break\"\\s*/?>").matcher(html);
        List<String> l = new java.util.ArrayList<>();
        while (m.find()) {
            l.add(m.group(1));
        }
        return l;
    }

    @Test
    void epubShowsEachBreakAsAStyledHrAndStaysValid() throws IOException {
        byte[] epub = render(STORY, OutputFormat.EPUB);
        Map<String, byte[]> files = ZipFiles.read(epub);
        String chapter = files.entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/chapter-"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertEquals(List.of("She closed the door.", "It rained."), between(chapter));
        String css = new String(files.get("EPUB/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("hr.scene-break::before"), "the ornament is drawn by the stylesheet");
        assertEquals(List.of(), EpubValidator.problems(epub).stream().filter(p -> !p.startsWith("USAGE")).toList());
    }

    @Test
    void aDocumentWithoutBreaksHasNoHr() throws IOException {
        // Negative control: the pattern finds nothing where there is nothing.
        Document plain = new Document(STORY.metadata(), List.of(SampleDocuments.p("One."), SampleDocuments.p("Two.")));
        String html = new String(render(plain, OutputFormat.HTML), StandardCharsets.UTF_8);
        assertEquals(List.of(), between(html));
        assertTrue(!html.contains("<hr"));
    }

    @Test
    void htmlShowsTheSameBreaks() throws IOException {
        String html = new String(render(STORY, OutputFormat.HTML), StandardCharsets.UTF_8);
        assertEquals(List.of("She closed the door.", "It rained."), between(html));
        assertTrue(html.contains("hr.scene-break::before"));
    }

    @Test
    void docxHasACentredSceneBreakParagraphInTheStandardProfile() throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(render(STORY, OutputFormat.DOCX)))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            List<String> before = new java.util.ArrayList<>();
            for (int i = 1; i < ps.size(); i++) {
                if ("SceneBreak".equals(ps.get(i).getStyle())) {
                    assertEquals("*\u2003*\u2003*", ps.get(i).getText());
                    before.add(ps.get(i - 1).getText());
                }
            }
            assertEquals(List.of("She closed the door.", "It rained."), before);
            assertEquals(ParagraphAlignment.CENTER, d.getStyles().getStyle("SceneBreak").getCTStyle().getPPr().getJc().getVal()
                    .intValue() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.INT_CENTER
                    ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
    }
}
