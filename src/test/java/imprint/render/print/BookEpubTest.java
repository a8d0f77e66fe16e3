package imprint.render.print;

import static imprint.render.print.PrintOutputTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.testing.EpubValidator;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --book} in the EPUB: a copyright page after the title page, read back, EPUBCheck clean. */
class BookEpubTest {
    private static final Document BOOK = new Document(SampleDocuments.longBook(3, 3).metadata()
            .withRights("\u00A9 2026 A. Writer").withIdentifier("978-1-23456-789-7").withPublisher("Tidewater Press"),
            SampleDocuments.longBook(3, 3).blocks());

    @Test
    void theBookHasACopyrightPageAfterItsTitlePage() throws Exception {
        byte[] epub = render(BOOK, RenderOptions.DEFAULTS.withBook(true), OutputFormat.EPUB);
        Map<String, byte[]> files = ZipFiles.read(epub);
        String page = new String(files.get("EPUB/copyright.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page.contains("epub:type=\"copyright-page\""), page);
        for (String want : List.of("\u00A9 2026 A. Writer", "ISBN 978-1-23456-789-7", "Published by Tidewater Press")) {
            assertTrue(page.contains("<p>" + want + "</p>"), want + " in " + page);
        }
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        int title = opf.indexOf("<itemref idref=\"titlepage\"");
        int copyright = opf.indexOf("<itemref idref=\"copyright\"");
        assertTrue(title > 0 && copyright > title, "the copyright page follows the title page in the spine: " + opf);
        assertEquals(List.of(), EpubValidator.problems(epub).stream().filter(p -> !p.startsWith("USAGE")).toList());
    }

    @Test
    void anArticleHasNone() throws Exception {
        // Negative control: the same document without --book.
        Map<String, byte[]> files = ZipFiles.read(render(BOOK, RenderOptions.DEFAULTS, OutputFormat.EPUB));
        assertFalse(files.containsKey("EPUB/copyright.xhtml"));
    }
}
