package imprint.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.ResourceResolver;
import imprint.testing.AceChecker;
import imprint.testing.SampleDocuments;
import imprint.testing.ZipFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Ace by DAISY, the accessibility checker publishers and stores run, finds no violation in our
 * EPUBs: the seed article as the command line writes it with the PDF (so with its page-list),
 * and a book with a copyright page, contents and the print edition's page-list. An EPUB with a
 * picture lacking alternative text is the negative control.
 */
class AceAccessibilityTest {
    @Test
    void theSeedArticlePasses() throws Exception {
        Document seed = Imprint.read(Path.of("seeds/france-girds-against-cyberattacks.txt"), new Diagnostics());
        AceChecker.Verdict v = AceChecker.check(epub(seed, RenderOptions.DEFAULTS.withPageList(true)));
        assertEquals(List.of(), v.violations());
        assertEquals("pass", v.outcome());
    }

    @Test
    void aBookWithItsPageListPasses() throws Exception {
        Document book = new Document(SampleDocuments.longBook(4, 12).metadata().withRights("\u00A9 2026 A. Writer")
                .withIdentifier("978-1-23456-789-7"), SampleDocuments.longBook(4, 12).blocks());
        byte[] epub = epub(book, RenderOptions.DEFAULTS.withBook(true).withDuplex(true)
                .withToc(RenderOptions.Toc.ON).withPageList(true));
        assertTrue(new String(ZipFiles.read(epub).get("EPUB/nav.xhtml"), StandardCharsets.UTF_8).contains("page-list"));
        AceChecker.Verdict v = AceChecker.check(epub);
        assertEquals(List.of(), v.violations());
        assertEquals("pass", v.outcome());
    }

    @Test
    void aPictureWithoutAlternativeTextFails() throws Exception {
        // Negative control: the seed's EPUB with an <img> lacking alt put into its first chapter.
        Document seed = Imprint.read(Path.of("seeds/france-girds-against-cyberattacks.txt"), new Diagnostics());
        Map<String, byte[]> files = ZipFiles.read(epub(seed, RenderOptions.DEFAULTS));
        String ch = new String(files.get("EPUB/chapter-001.xhtml"), StandardCharsets.UTF_8);
        int p = ch.indexOf("<p>");
        files.put("EPUB/chapter-001.xhtml", (ch.substring(0, p) + "<p><img src=\"images/cover.png\"/></p>"
                + ch.substring(p)).getBytes(StandardCharsets.UTF_8));
        AceChecker.Verdict v = AceChecker.check(zip(files));
        assertEquals("fail", v.outcome());
        assertTrue(v.violations().stream().anyMatch(s -> s.startsWith("image-alt")), v.violations().toString());
    }

    private static byte[] epub(Document doc, RenderOptions o) throws IOException {
        RenderContext ctx = new RenderContext(o, new Diagnostics(), ResourceResolver.NONE, "book.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), OutputFormat.EPUB, out);
        return out.toByteArray();
    }

    /** An EPUB container again: the mimetype first and stored, the rest deflated. */
    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry e = new ZipEntry(f.getKey());
                if (f.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(f.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(f.getValue().length);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
