package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.ModelText;
import imprint.testing.ZipFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens our DOCX files in a real office suite. LibreOffice converts every fixture to PDF and
 * to text with nothing on its standard error; the text holds every block in full, in order,
 * and each block is on the PDF's pages; and
 * LibreOffice saving one of ours as "Word 2007-365" keeps Word 2013+ mode and writes no part
 * kind we lack. CI installs LibreOffice ({@code libreoffice-writer-nogui}); without it this
 * test fails rather than passing silently.
 */
class LibreOfficeOpensDocxTest {
    @TempDir
    Path tmp;

    @Test
    void libreOfficeConvertsEveryFixtureQuietlyWithAllItsText() throws Exception {
        List<DocxFixtures.Fixture> fixtures = DocxFixtures.all();
        List<String> files = new ArrayList<>();
        for (DocxFixtures.Fixture f : fixtures) {
            Path file = tmp.resolve(f.name().replaceAll("[^A-Za-z0-9-]", "_") + ".docx");
            Files.write(file, DocxFixtures.render(f));
            files.add(file.toString());
        }
        Path pdfs = Files.createDirectories(tmp.resolve("pdf"));
        Path texts = Files.createDirectories(tmp.resolve("txt"));
        assertEquals("", soffice(with(List.of("--convert-to", "pdf", "--outdir", pdfs.toString()), files)),
                "LibreOffice said nothing on stderr making the PDFs");
        assertEquals("", soffice(with(List.of("--convert-to", "txt:Text (encoded):UTF8", "--outdir", texts.toString()), files)),
                "LibreOffice said nothing on stderr making the text");
        for (int i = 0; i < fixtures.size(); i++) {
            DocxFixtures.Fixture f = fixtures.get(i);
            String stem = Path.of(files.get(i)).getFileName().toString().replace(".docx", "");
            Path pdf = pdfs.resolve(stem + ".pdf");
            assertTrue(Files.exists(pdf), "converted: " + f.name());
            String printed = ModelText.squeeze(extract(pdf));
            // The text export has no pages to break a paragraph with a footer or the notes: every block in full, in order.
            String text = ModelText.squeeze(Files.readString(texts.resolve(stem + ".txt"), StandardCharsets.UTF_8));
            assertTrue(text.contains(ModelText.squeeze(f.doc().metadata().title())), f.name() + " title");
            int from = 0;
            for (String block : DocxReadBack.printedBlocksWithNoteNumbers(f.doc())) {
                String want = ModelText.squeeze(block);
                int at = text.indexOf(want, from);
                assertTrue(at >= 0, f.name() + ": missing or out of order in LibreOffice's reading: " + block);
                from = at + want.length();
                String start = want.substring(0, Math.min(20, want.length()));
                assertTrue(printed.contains(start), f.name() + ": not on LibreOffice's pages: " + block);
            }
        }
    }

    private static List<String> with(List<String> options, List<String> files) {
        List<String> all = new ArrayList<>(options);
        all.addAll(files);
        return all;
    }

    /** LibreOffice's own Word 2007-365 file from ours: the part kinds and the compatibility mode. */
    @Test
    void libreOfficeSavingOursAsWordKeepsWord2013Mode() throws Exception {
        Path file = tmp.resolve("kitchen-sink.docx");
        Files.write(file, DocxFixtures.render(imprint.testing.SampleDocuments.kitchenSink(), imprint.plan.RenderOptions.DEFAULTS));
        Path out = Files.createDirectories(tmp.resolve("saved"));
        assertEquals("", soffice(List.of("--convert-to", "docx:MS Word 2007 XML", "--outdir", out.toString(), file.toString())));
        Map<String, byte[]> theirs = ZipFiles.read(Files.readAllBytes(out.resolve("kitchen-sink.docx")));
        Map<String, byte[]> ours = ZipFiles.read(Files.readAllBytes(file));
        for (String part : theirs.keySet()) {
            String kind = part.replaceAll("\\d+", "");
            assertTrue(ours.keySet().stream().anyMatch(p -> p.replaceAll("\\d+", "").equals(kind)),
                    "LibreOffice writes " + part + ", we have " + ours.keySet());
        }
        String settings = new String(theirs.get("word/settings.xml"), StandardCharsets.UTF_8);
        assertTrue(settings.contains("w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\""),
                settings);
    }

    /**
     * The script corpus's right-to-left paragraphs come out right to left in LibreOffice's PDF:
     * the one-line Persian paragraph ends at the right edge of the text and starts well inside
     * it, while the left-to-right Greek one starts at the left edge.
     */
    @Test
    void libreOfficeSetsRightToLeftParagraphsFromTheRight() throws Exception {
        String md = Files.readString(Path.of("src/test/resources/scripts/corpus.md"));
        imprint.model.Document doc = imprint.transform.Pipeline.standard(
                new imprint.read.markdown.MarkdownReader().read(md, new imprint.diag.Diagnostics()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new DocxRenderer().render(imprint.plan.DocumentPlan.of(doc, new imprint.plan.RenderContext(
                imprint.plan.RenderOptions.DEFAULTS, new imprint.diag.Diagnostics(),
                new imprint.resource.FolderResourceResolver(List.of(tmp)), "corpus.md")), out);
        Path file = tmp.resolve("corpus.docx");
        Files.write(file, out.toByteArray());
        Path pdfs = Files.createDirectories(tmp.resolve("rtl"));
        soffice(List.of("--convert-to", "pdf", "--outdir", pdfs.toString(), file.toString()));
        float[] persian = {Float.MAX_VALUE, 0};
        float[] greek = {Float.MAX_VALUE, 0};
        float[] all = {Float.MAX_VALUE, 0};
        try (PDDocument d = Loader.loadPDF(pdfs.resolve("corpus.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        int cp = p.getUnicode().isEmpty() ? ' ' : p.getUnicode().codePointAt(0);
                        float x0 = p.getXDirAdj();
                        float x1 = x0 + p.getWidthDirAdj();
                        all[0] = Math.min(all[0], x0);
                        all[1] = Math.max(all[1], x1);
                        if (cp == 'پ' || text.contains("تاجیکستان")) {
                            persian[0] = Math.min(persian[0], x0);
                            persian[1] = Math.max(persian[1], x1);
                        }
                        if (text.contains("ελληνική")) {
                            greek[0] = Math.min(greek[0], x0);
                            greek[1] = Math.max(greek[1], x1);
                        }
                    }
                }
            };
            s.getText(d);
        }
        assertTrue(persian[1] > 0 && greek[1] > 0, "both paragraphs found");
        assertEquals(all[1], persian[1], 6, "the Persian line ends at the right edge");
        assertTrue(persian[0] > all[0] + 20, "and starts well inside the left edge: " + persian[0] + " vs " + all[0]);
        assertEquals(all[0], greek[0], 6, "the Greek line starts at the left edge");
    }

    /**
     * LibreOffice's PDF of a DOCX with Hebrew lists, a quote and a table sets them mirrored:
     * labels right of their items, the quote indented from the right, the first column on the
     * right (read from where the characters are); the same blocks forced left to right do not.
     */
    @Test
    void libreOfficeMirrorsRightToLeftListsQuotesAndTables() throws Exception {
        Path pdfs = Files.createDirectories(tmp.resolve("mirror"));
        for (String name : List.of("rtl", "ltr")) {
            Path file = tmp.resolve(name + ".docx");
            Files.write(file, imprint.scripts.MirroringTest.render(name.equals("rtl") ? imprint.scripts.MirroringTest.RTL
                    : imprint.scripts.MirroringTest.FORCED_LTR, new DocxRenderer()));
            soffice(List.of("--convert-to", "pdf", "--outdir", pdfs.toString(), file.toString()));
        }
        try (PDDocument d = Loader.loadPDF(pdfs.resolve("rtl.pdf").toFile())) {
            var m = imprint.scripts.MirroringTest.mirrored(imprint.scripts.MirroringTest.glyphs(d));
            assertTrue(m.all(), m.toString());
        }
        try (PDDocument d = Loader.loadPDF(pdfs.resolve("ltr.pdf").toFile())) {
            var m = imprint.scripts.MirroringTest.mirrored(imprint.scripts.MirroringTest.glyphs(d));
            assertTrue(!m.bulletsRight() && !m.numbersRight() && !m.columnsRightToLeft(), m.toString());
        }
    }

    /**
     * Runs LibreOffice headless with a private profile and returns its standard error. The
     * program itself is run rather than the {@code soffice} script, whose Java probe warns on
     * machines without a Java for LibreOffice; a new profile's first start asks for a restart
     * (exit 81), which is done.
     */
    private String soffice(List<String> args) throws IOException, InterruptedException {
        Path script = Path.of(new String(new ProcessBuilder("sh", "-c", "command -v soffice").start().getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8).strip());
        Path program = script.toRealPath().resolveSibling("soffice.bin");
        List<String> cmd = new ArrayList<>(List.of(program.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + tmp.resolve("profile").toUri()));
        cmd.addAll(args);
        for (int attempt = 0; ; attempt++) {
            Path err = tmp.resolve("soffice-" + attempt + ".err");
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile())
                    .redirectOutput(tmp.resolve("soffice-" + attempt + ".out").toFile()).start();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished in time");
            if (p.exitValue() == 81 && attempt == 0) {
                continue;
            }
            assertEquals(0, p.exitValue(), Files.readString(err));
            return Files.readString(err);
        }
    }

    private static String extract(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
