package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process through {@link Main#run}. */
class MainTest {
    static final Path SEED = Path.of("seeds/france-girds-against-cyberattacks.txt");

    @TempDir
    Path tmp;

    @Test
    void exportsTheSeedToAllThreeFormats() throws IOException {
        CliRun r = CliRun.run("--out", tmp.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        for (String ext : List.of("pdf", "epub", "docx")) {
            Path f = tmp.resolve("france-girds-against-cyberattacks." + ext);
            assertTrue(Files.size(f) > 1000, ext + " written");
        }
        assertTrue(r.out().contains("1 document, all exported; 3 files"), r.out());
        // The dropped web boilerplate is reported as a notice, in the documented format.
        assertTrue(r.err().matches("(?s).*france-girds-against-cyberattacks\\.txt:\\d+:\\d+: notice: .*\\[BOILERPLATE_DROPPED\\].*"), r.err());
        assertNoTemporaryFiles();
    }

    @Test
    void toChoosesFormats() throws IOException {
        CliRun r = CliRun.run("--to", "epub,pdf", "-o", tmp.toString(), SEED.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(tmp.resolve("france-girds-against-cyberattacks.pdf")));
        assertTrue(Files.exists(tmp.resolve("france-girds-against-cyberattacks.epub")));
        assertFalse(Files.exists(tmp.resolve("france-girds-against-cyberattacks.docx")));
    }

    @Test
    void aFolderExportsItsDocumentsAndBadInputsFailAlone() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.md"), "# Good\n\nSome *text*.\n");
        Files.write(in.resolve("bad.md"), new byte[] {(byte) 0xC3, 0x28, 'a', 'b'});
        Files.writeString(in.resolve("empty.txt"), "  \n\n ");
        Files.writeString(in.resolve("ignored.pdf"), "not an input");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run("-o", out.toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("good.pdf")));
        assertTrue(Files.exists(out.resolve("good.epub")));
        assertTrue(Files.exists(out.resolve("good.docx")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(3, s.count(), "only the good document's exports");
        }
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith(in.resolve("bad.md") + ": error: ") && l.endsWith("[INPUT_ENCODING]")), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith(in.resolve("empty.txt") + ": error: ") && l.endsWith("[INPUT_EMPTY]")), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace without --verbose");
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertTrue(r.out().contains("2 failed"), r.out());
    }

    @Test
    void missingInputAndUnsupportedTypeAreOneLineErrors() throws IOException {
        Path doc = Files.writeString(tmp.resolve("notes.doc"), "x");
        CliRun r = CliRun.run("-o", tmp.toString(), tmp.resolve("nope.md").toString(), doc.toString());
        assertEquals(1, r.exit());
        assertEquals(2, r.err().lines().filter(l -> l.contains(": error: ")).count(), r.err());
        assertTrue(r.err().contains("nope.md: error: no such file or folder"), r.err());
        assertTrue(r.err().contains("notes.doc: error: unsupported file type"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.run("--to", "odt").exit());
        assertEquals(2, CliRun.run("--paper", "b17").exit());
        assertEquals(2, CliRun.run("--no-such-option").exit());
        assertEquals(2, CliRun.run("--jobs", "0", SEED.toString()).exit());
        CliRun r = CliRun.run("--split-level", "9");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("imprint: "), r.err());
    }

    @Test
    void helpAndVersion() {
        CliRun h = CliRun.run("--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--to"), h.out());
        CliRun v = CliRun.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("imprint "), v.out());
    }

    @Test
    void strictFailsAnInputWithWarningsAndWritesNothing() throws IOException {
        Path md = Files.writeString(tmp.resolve("warn.md"), "# T\n\nText <b>bold</b> here.\n");
        Path out = tmp.resolve("out");
        CliRun lax = CliRun.run("-o", out.toString(), md.toString());
        assertEquals(0, lax.exit(), lax.err());
        assertTrue(lax.err().contains("[RAW_HTML_DROPPED]"), lax.err());
        Path strictOut = tmp.resolve("strict");
        CliRun strict = CliRun.run("--strict", "-o", strictOut.toString(), md.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().contains("[STRICT_FAILED]"), strict.err());
        try (Stream<Path> s = Files.list(strictOut)) {
            assertEquals(0, s.count(), "nothing written, not even temporary files");
        }
    }

    @Test
    void outputsAreByteIdenticalAcrossRunsAndJobCounts() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliRun.run("-j", "1", "-o", a.toString(), SEED.toString()).exit());
        assertEquals(0, CliRun.run("-j", "2", "-o", b.toString(), SEED.toString()).exit());
        for (String ext : List.of("pdf", "epub", "docx")) {
            String name = "france-girds-against-cyberattacks." + ext;
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void sourceDateEpochChangesOnlyDates() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliRun.withEpoch("1700000000", "--to", "epub", "-o", a.toString(), SEED.toString()).exit());
        assertEquals(0, CliRun.withEpoch("1700000000", "--to", "epub", "-o", b.toString(), SEED.toString()).exit());
        byte[] x = Files.readAllBytes(a.resolve("france-girds-against-cyberattacks.epub"));
        assertArrayEquals(x, Files.readAllBytes(b.resolve("france-girds-against-cyberattacks.epub")));
        assertEquals(2, CliRun.withEpoch("yesterday", "-o", a.toString(), SEED.toString()).exit());
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("same.md"), "# One\n\nFirst.\n");
        Files.writeString(in.resolve("same.txt"), "Two\n\nSecond.\n");
        CliRun r = CliRun.run("--to", "pdf", "-o", tmp.resolve("out").toString(), in.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("[OUTPUT_COLLISION]"), r.err());
        assertTrue(Files.exists(tmp.resolve("out/same.pdf")));
    }

    @Test
    void unwritableOutputFolderIsAClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("occupied"), "a file, not a folder");
        CliRun r = CliRun.run("-o", file.resolve("sub").toString(), SEED.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(": error: cannot use output folder"), r.err());
    }

    @Test
    void aFailingFormatDoesNotStopTheOtherFormatsOrDocuments() throws IOException {
        Path notDocx = Files.writeString(tmp.resolve("reference.docx"), "not a zip at all");
        Path md = Files.writeString(tmp.resolve("second.md"), "# Second\n\nText.\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.run("--reference-docx", notDocx.toString(), "-o", out.toString(), SEED.toString(), md.toString());
        assertEquals(1, r.exit(), r.err());
        for (String name : List.of("france-girds-against-cyberattacks", "second")) {
            assertTrue(Files.exists(out.resolve(name + ".pdf")), name + ".pdf");
            assertTrue(Files.exists(out.resolve(name + ".epub")), name + ".epub");
            assertFalse(Files.exists(out.resolve(name + ".docx")), name + ".docx must not exist");
        }
        assertEquals(2, r.err().lines().filter(l -> l.contains(": error: docx export failed") && l.endsWith("[RENDER_FAILED]")).count(), r.err());
        assertTrue(r.out().contains("2 failed"), r.out());
        assertNoTemporaryFiles();
    }

    @Test
    void verboseShowsStackTracesAndWrittenFiles() throws IOException {
        Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0});
        CliRun r = CliRun.run("--verbose", "-o", tmp.resolve("o").toString(), bad.toString(), SEED.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("\tat "), "stack trace with --verbose");
        assertTrue(r.out().contains("wrote "), r.out());
        assertTrue(new String(Files.readAllBytes(tmp.resolve("o/france-girds-against-cyberattacks.pdf")), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }
}
