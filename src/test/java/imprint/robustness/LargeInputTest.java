package imprint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB Markdown book (about 7 million words, some 13,000 PDF pages) through the command
 * line in a separate JVM limited to a 1 GB heap, the default heap of a 4 GB machine: it must
 * finish within a few seconds per megabyte, without running out of memory, and every export
 * must be complete to its last sentence.
 */
class LargeInputTest {
    private static final long SIZE = 50L * 1000 * 1000;
    private static final String LAST = "This is the last sentence of the large book.";

    @TempDir
    Path tmp;

    @Test
    void aFiftyMegabyteBookIsExportedInBoundedMemory() throws Exception {
        Path book = tmp.resolve("large.md");
        write(book);
        assertTrue(Files.size(book) >= SIZE);
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "imprint.cli.Main", "-q", "--timeout", "3600", "-o", out.toString(),
                book.toString());
        pb.redirectOutput(tmp.resolve("stdout.txt").toFile());
        pb.redirectError(tmp.resolve("stderr.txt").toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        // A guard against a hang, not a pace (the pace is the benchmark's business, see README): about
        // 60 s alone on two cores, several times that on a shared, loaded machine.
        boolean finished = p.waitFor(1200, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "finished (no hang)");
        String err = Files.readString(tmp.resolve("stderr.txt"));
        assertEquals(0, p.exitValue(), err.lines().limit(5).toList().toString());
        assertFalse(err.contains(": error: ") || err.contains("OutOfMemory"), err);
        System.out.printf("50 MB book: %.1f s%n", (System.nanoTime() - start) / 1e9);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("large.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 10_000, "pages: " + pdf.getNumberOfPages());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pdf.getNumberOfPages() - 1);
            last.setEndPage(pdf.getNumberOfPages());
            assertTrue(last.getText(pdf).replaceAll("\\s+", " ").contains(LAST), "PDF ends with the book's end");
        }
        assertTrue(zipContains(out.resolve("large.epub"), "EPUB/", LAST), "EPUB has the last sentence");
        assertTrue(zipContains(out.resolve("large.docx"), "word/document.xml", LAST), "DOCX has the last sentence");
    }

    /** Chapters of paragraphs with a section heading, emphasis, a list and a footnote each. */
    private static void write(Path file) throws IOException {
        String[] words = ("the quick brown fox jumps over lazy dogs while typesetters argue about justification "
                + "hyphenation kerning ligatures margins widows orphans and running headers in beautifully printed "
                + "books of considerable length newsroom archive reporters editors publish").split(" ");
        Random r = new Random(7);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("---\ntitle: A Very Large Book\nauthor: A. Writer\nlang: en\n---\n\n");
            for (int chapter = 1; written < SIZE; chapter++) {
                StringBuilder sb = new StringBuilder();
                sb.append("# Chapter ").append(chapter).append("\n\n");
                for (int p = 0; p < 25; p++) {
                    if (p == 12) {
                        sb.append("## Section ").append(chapter).append(".1\n\n");
                    }
                    int n = 60 + r.nextInt(90);
                    for (int i = 0; i < n; i++) {
                        String word = words[r.nextInt(words.length)];
                        if (i == 0) {
                            word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        } else if (r.nextInt(40) == 0) {
                            word = "*" + word + "*";
                        }
                        sb.append(word).append(i == n - 1 ? "." : r.nextInt(12) == 0 ? ", " : " ");
                    }
                    if (p == 3) {
                        sb.append("[^c").append(chapter).append("]");
                    }
                    sb.append("\n\n");
                }
                sb.append("- a point in chapter ").append(chapter).append("\n- *another* point\n\n");
                sb.append("[^c").append(chapter).append("]: A note for chapter ").append(chapter).append(".\n\n");
                w.write(sb.toString());
                written += sb.length();
            }
            w.write(LAST + "\n");
        }
    }

    /** Whether an entry (or any entry under a folder prefix) of a zip holds the text. */
    private static boolean zipContains(Path zip, String entry, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                boolean wanted = entry.endsWith("/") ? e.getName().startsWith(entry) : e.getName().equals(entry);
                if (wanted) {
                    try (InputStream in = new BufferedInputStream(z.getInputStream(e))) {
                        if (contains(in, needle)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Streams through the input looking for the bytes (Knuth–Morris–Pratt), never holding it all. */
    private static boolean contains(InputStream in, byte[] needle) throws IOException {
        int[] fail = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fail[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fail[i] = k;
        }
        int k = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            while (k > 0 && (byte) b != needle[k]) {
                k = fail[k - 1];
            }
            if ((byte) b == needle[k]) {
                k++;
            }
            if (k == needle.length) {
                return true;
            }
        }
        return false;
    }
}
