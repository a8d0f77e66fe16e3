package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document over its time budget ({@code --timeout}) or out of memory fails alone with its
 * code, nothing is written for it, and the next document of the batch is exported.
 */
class DocumentBudgetTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "# Good\n\nA paragraph with *emphasis* and enough words to be a document.\n";

    private CliRun runWith(BatchRunner.DocumentReader reader, String... args) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            Options options = Options.parse(args);
            Reporter reporter = new Reporter(po, pe, false, options.quiet, options.verbose);
            code = new BatchRunner(options, reporter, Optional.empty(), reader).run().code();
        }
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The exports in a folder; hidden temporary files of work still unwinding are left out. */
    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Everything in a folder, temporary files included. */
    private static List<String> everything(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLongBookOverItsBudgetFailsAloneAndTheNextIsExported() throws Exception {
        StringBuilder book = new StringBuilder("# A long book\n\n");
        String para = "The quick brown fox jumps over the lazy dog while the printer waits for the proofs. ".repeat(12);
        for (int ch = 1; ch <= 300; ch++) {
            book.append("## Chapter ").append(ch).append("\n\n");
            for (int p = 0; p < 20; p++) {
                book.append(para).append("\n\n");
            }
        }
        Files.writeString(tmp.resolve("book.md"), book); // some 1.1 million words
        Files.writeString(tmp.resolve("next.md"), GOOD);
        Path out = tmp.resolve("out");
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runWith(Imprint::read,
                "-j", "1", "--timeout", "3", "-o", out.toString(), tmp.resolve("book.md").toString(),
                tmp.resolve("next.md").toString()));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("book.md: error: ") && r.err().contains("[TIMEOUT]"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), files(out));
    }

    @Test
    void aDocumentStuckWhereNoCheckpointReachesDoesNotHoldUpTheBatch() throws Exception {
        // A library call that ignores interrupts (a parser deep in one input): the batch gives up
        // on it, runs the next document on an extra worker, and writes nothing when it ends.
        Files.writeString(tmp.resolve("stuck.md"), GOOD);
        Files.writeString(tmp.resolve("next.md"), GOOD);
        Path out = tmp.resolve("out");
        long[] stuckUntil = new long[1];
        BatchRunner.DocumentReader reader = (path, diags) -> {
            if (path.getFileName().toString().equals("stuck.md")) {
                long end = System.nanoTime() + 8_000_000_000L;
                stuckUntil[0] = end;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return Imprint.read(path, diags);
        };
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runWith(reader,
                "-j", "1", "--timeout", "3", "-o", out.toString(), tmp.resolve("stuck.md").toString(),
                tmp.resolve("next.md").toString()));
        assertTrue(r.err().contains("stuck.md: error: ") && r.err().contains("[TIMEOUT]"), r.err());
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), files(out));
        // once the stuck read returns, its late document is not exported either
        while (System.nanoTime() < stuckUntil[0] + 3_000_000_000L) {
            Thread.sleep(100);
        }
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), everything(out));
    }

    @Test
    void outOfMemoryFailsThatDocumentAloneWithItsCode() throws Exception {
        Files.writeString(tmp.resolve("huge.md"), GOOD);
        Files.writeString(tmp.resolve("next.md"), GOOD);
        Path out = tmp.resolve("out");
        BatchRunner.DocumentReader reader = (path, diags) -> {
            if (path.getFileName().toString().equals("huge.md")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return Imprint.read(path, diags);
        };
        CliRun r = runWith(reader, "-o", out.toString(), tmp.resolve("huge.md").toString(), tmp.resolve("next.md").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("huge.md: error: ") && r.err().contains("[OUT_OF_MEMORY]"), r.err());
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), files(out));
    }

    @Test
    void withinItsBudgetADocumentIsExported() throws Exception {
        // the negative control: the same batch with the default budget
        Files.writeString(tmp.resolve("next.md"), GOOD);
        Path out = tmp.resolve("out");
        CliRun r = runWith(Imprint::read, "-o", out.toString(), tmp.resolve("next.md").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), files(out));
    }

    @Test
    void aDocumentPastAPerDocumentLimitFailsAloneBeforeRendering() throws Exception {
        StringBuilder notes = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < 6; i++) {
            notes.append("Text[^").append(i).append("].\n\n");
        }
        for (int i = 0; i < 6; i++) {
            notes.append("[^").append(i).append("]: Note ").append(i).append(".\n");
        }
        Files.writeString(tmp.resolve("notes.md"), notes);
        Files.writeString(tmp.resolve("heads.md"), "# A\n\n## B\n\n## C\n\n## D\n\nText.\n");
        Files.writeString(tmp.resolve("table.md"), "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");
        Files.writeString(tmp.resolve("next.md"), GOOD);
        Path out = tmp.resolve("out");
        CliRun r = runWith(Imprint::read, "--max-footnotes", "5", "--max-headings", "2", "--max-table-cells", "5",
                "-o", out.toString(), tmp.resolve("notes.md").toString(), tmp.resolve("heads.md").toString(),
                tmp.resolve("table.md").toString(), tmp.resolve("next.md").toString());
        assertEquals(1, r.exit(), r.err());
        for (String n : List.of("notes.md: error: not exported: has 6 footnotes, more than the limit of 5 (--max-footnotes)",
                "heads.md: error: not exported: has 3 headings, more than the limit of 2 (--max-headings)",
                "table.md: error: not exported: has 6 table cells, more than the limit of 5 (--max-table-cells)")) {
            assertTrue(r.err().contains(n + " [DOCUMENT_LIMIT]"), r.err());
        }
        assertEquals(List.of("next.docx", "next.epub", "next.pdf"), files(out));
        // the negative control: within the default limits all four are exported
        Path out2 = tmp.resolve("out2");
        CliRun ok = runWith(Imprint::read, "--to", "html", "-o", out2.toString(), tmp.resolve("notes.md").toString(),
                tmp.resolve("heads.md").toString(), tmp.resolve("table.md").toString(), tmp.resolve("next.md").toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(List.of("heads.html", "next.html", "notes.html", "table.html"), files(out2));
    }
}
