package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults from outside the document: inputs that disappear or change under a running batch, a
 * disk that fills up, outputs that collide with inputs or folders. Each ends with a one-line
 * error for what failed, complete files for the rest, and no temporary files.
 */
class BatchFaultTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "# Good\n\nA paragraph with *emphasis* and enough words to be a document.\n";

    /** Runs the batch with a reader that first does something to the file it is about to read. */
    private CliRun runWith(BatchRunner.DocumentReader reader, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            Options options = Options.parse(args);
            Reporter reporter = new Reporter(po, pe, false, options.quiet, options.verbose);
            code = new BatchRunner(options, reporter, Optional.empty(), reader).run().code();
        } catch (Options.UsageException ex) {
            throw new AssertionError(ex);
        }
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputsThatVanishOrStopBeingFilesMidBatchFailAloneAndNothingHangs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("a.md", "b.md", "c.md", "d.md", "e.md")) {
            Files.writeString(in.resolve(name), GOOD);
        }
        Path out = tmp.resolve("out");
        // Listed while all five exist; by the time each is read, b is gone, c is a folder and
        // d a named pipe that no writer will ever open (a naive read blocks forever).
        BatchRunner.DocumentReader meddling = (path, diags) -> {
            String name = path.getFileName().toString();
            try {
                switch (name) {
                    case "b.md" -> Files.delete(path);
                    case "c.md" -> {
                        Files.delete(path);
                        Files.createDirectory(path);
                    }
                    case "d.md" -> {
                        Files.delete(path);
                        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
                        assertEquals(0, p.waitFor());
                    }
                    default -> { }
                }
            } catch (IOException | InterruptedException ex) {
                throw new AssertionError(ex);
            }
            return Imprint.read(path, diags);
        };
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> runWith(meddling, "-o", out.toString(), in.toString()));
        assertEquals(1, r.exit(), r.err());
        for (String stem : List.of("a", "e")) {
            for (String ext : List.of("pdf", "epub", "docx")) {
                assertTrue(Files.size(out.resolve(stem + "." + ext)) > 1000, stem + "." + ext);
            }
        }
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(3, errors.size(), r.err());
        assertTrue(errors.contains(in.resolve("b.md") + ": error: no such file [INPUT_UNREADABLE]"), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith(in.resolve("c.md") + ": error: ") && l.endsWith("[INPUT_NOT_A_FILE]")), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.startsWith(in.resolve("d.md") + ": error: ") && l.endsWith("[INPUT_NOT_A_FILE]")), r.err());
        assertTrue(r.out().contains("3 failed"), r.out());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(6, s.count(), "only the exports of a and e");
        }
    }

    @Test
    void aFullDiskEndsWithOneLineErrorsAndLeavesNoFileBehind() throws Exception {
        // A real write failure from the kernel: the process may not write files past 4 KB
        // (every export is bigger), as when a disk fills up part-way through a file.
        Path in = Files.writeString(tmp.resolve("note.md"), GOOD);
        Path out = Files.createDirectories(tmp.resolve("out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "ulimit -f 8 && exec \"$0\" -XX:-UsePerfData -cp \"$1\" imprint.cli.Main -o \"$2\" \"$3\"",
                java, cp, out.toString(), in.toString());
        pb.redirectOutput(tmp.resolve("stdout.txt").toFile());
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertEquals(1, p.exitValue(), err);
        List<String> errors = err.lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(3, errors.size(), err);
        for (String ext : List.of("pdf", "epub", "docx")) {
            String want = in + ": error: cannot write " + out.resolve("note." + ext) + ": File too large [OUTPUT_FAILED]";
            assertTrue(errors.contains(want), want + " in\n" + err);
        }
        assertFalse(err.contains("\tat "), "no stack trace");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.toList(), "no partial export and no temporary file");
        }
    }

    @Test
    void writingExportsIntoTheInputFolderLeavesTheInputsAlone() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path md = Files.writeString(in.resolve("story.md"), GOOD);
        Path txt = Files.writeString(in.resolve("notes.txt"), "Notes\n\nPlain text.\n");
        CliRun r = CliRun.run("-o", in.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(GOOD, Files.readString(md));
        assertEquals("Notes\n\nPlain text.\n", Files.readString(txt));
        // A second run over the same folder finds the same two inputs, not its own exports.
        CliRun again = CliRun.run("-o", in.toString(), in.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("2 documents, all exported; 6 files"), again.out());
    }

    @Test
    void anExportUsedAsItsOwnReferenceDocxIsReadBeforeItIsReplaced() throws IOException {
        Path md = Files.writeString(tmp.resolve("story.md"), GOOD);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("--to", "docx", "-o", out.toString(), md.toString()).exit());
        Path docx = out.resolve("story.docx");
        byte[] first = Files.readAllBytes(docx);
        CliRun r = CliRun.run("--to", "docx", "--reference-docx", docx.toString(), "-o", out.toString(), md.toString());
        assertEquals(0, r.exit(), r.err());
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().contains("A paragraph with emphasis")));
        }
        assertTrue(first.length > 1000);
    }

    @Test
    void aFolderWhereAnExportShouldGoIsAClearErrorAndTheOtherFormatsAreWritten() throws IOException {
        Path md = Files.writeString(tmp.resolve("story.md"), GOOD);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("story.pdf"));
        Files.writeString(out.resolve("story.pdf/keep.txt"), "someone's file");
        CliRun r = CliRun.run("-o", out.toString(), md.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of(md + ": error: cannot write " + out.resolve("story.pdf")
                + ": a folder of that name is in the way [OUTPUT_FAILED]"), errors);
        assertEquals("someone's file", Files.readString(out.resolve("story.pdf/keep.txt")));
        assertTrue(Files.size(out.resolve("story.epub")) > 1000);
        assertTrue(Files.size(out.resolve("story.docx")) > 1000);
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files");
        }
    }

    @Test
    void everyRendererReportsAFullDeviceInsteadOfSwallowingIt() throws Exception {
        Path full = Path.of("/dev/full");
        assertTrue(Files.exists(full), "Linux's always-full device");
        var doc = Imprint.read(MainTest.SEED, new imprint.diag.Diagnostics());
        for (var format : imprint.render.OutputFormat.values()) {
            var ctx = new imprint.plan.RenderContext(imprint.plan.RenderOptions.DEFAULTS,
                    new imprint.diag.Diagnostics(), imprint.resource.ResourceResolver.NONE, "seed.txt");
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> {
                try (var s = Files.newOutputStream(full)) {
                    Imprint.render(doc, format, ctx, s);
                }
            }, format.toString());
            assertTrue(String.valueOf(e.getMessage()).contains("No space left on device")
                    || String.valueOf(e.getCause()).contains("No space left on device"), format + ": " + e);
        }
    }
}
