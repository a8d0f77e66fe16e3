package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.model.ModelText;
import imprint.plan.RenderOptions;
import imprint.testing.SampleDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens our DOCX files in a real office suite: LibreOffice converts each to PDF, and the text
 * of that PDF must hold the title and every paragraph. CI installs LibreOffice
 * ({@code libreoffice-writer-nogui}); without it this test fails rather than passing silently.
 */
class LibreOfficeOpensDocxTest {
    @TempDir
    Path tmp;

    @Test
    void libreOfficeConvertsEveryFixture() throws Exception {
        List<Document> docs = List.of(SampleDocuments.seedArticle(), SampleDocuments.kitchenSink(),
                SampleDocuments.longBook(12, 8));
        List<String> names = List.of("seed", "kitchen-sink", "long-book");
        for (int i = 0; i < docs.size(); i++) {
            Files.write(tmp.resolve(names.get(i) + ".docx"), DocxRendererTest.render(docs.get(i), RenderOptions.DEFAULTS));
        }
        Path out = Files.createDirectories(tmp.resolve("pdf"));
        Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", out.toString(),
                tmp.resolve("seed.docx").toString(), tmp.resolve("kitchen-sink.docx").toString(),
                tmp.resolve("long-book.docx").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "LibreOffice finished in time");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("soffice.log")));
        for (int i = 0; i < docs.size(); i++) {
            Path pdf = out.resolve(names.get(i) + ".pdf");
            assertTrue(Files.exists(pdf), "converted: " + names.get(i) + "\n" + Files.readString(tmp.resolve("soffice.log")));
            String text = ModelText.squeeze(extract(pdf));
            assertTrue(text.contains(ModelText.squeeze(docs.get(i).metadata().title())), names.get(i) + " title");
            for (String block : ModelText.printedBodyBlocks(docs.get(i))) {
                String first = ModelText.squeeze(block);
                // LibreOffice wraps code lines and may hyphenate nothing; compare a prefix of each block.
                String probe = first.substring(0, Math.min(25, first.length()));
                assertTrue(text.contains(probe), names.get(i) + ": " + block);
            }
        }
    }

    private static String extract(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
