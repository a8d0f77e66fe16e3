package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.read.markdown.MarkdownReader;
import imprint.render.pdf.PdfRenderer;
import imprint.resource.FolderResourceResolver;
import imprint.testing.SampleDocuments;
import imprint.transform.Pipeline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every paragraph of the script corpus, extracted from the PDF, reads as written (logical
 * order), right-to-left paragraphs included: exactly with PDFBox's PDFTextStripper, and word
 * for word with poppler's pdftotext, whose line ordering is its own (see {@link #popplerWords}).
 */
class LogicalExtractionTest {
    private static final Path CORPUS = Path.of("src/test/resources/scripts/corpus.md");
    private static List<String> paragraphs;
    private static String pdfbox;
    private static String poppler;

    @BeforeAll
    static void extract() throws Exception {
        String md = Files.readString(CORPUS);
        paragraphs = paragraphs(md);
        Diagnostics diags = new Diagnostics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(DocumentPlan.of(Pipeline.standard(new MarkdownReader().read(md, diags)),
                new RenderContext(RenderOptions.DEFAULTS, diags,
                        new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "corpus.md")), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            pdfbox = new PDFTextStripper().getText(d);
        }
        Path f = Files.createTempFile("corpus", ".pdf");
        Files.write(f, out.toByteArray());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", f.toString(), "-").redirectErrorStream(true).start();
        poppler = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), poppler);
        Files.delete(f);
    }

    /** The corpus's paragraphs as written: no headings, fences or front matter; spans unwrapped. */
    static List<String> paragraphs(String md) {
        List<String> out = new ArrayList<>();
        String body = md.substring(md.indexOf("\n---\n", 4) + 5);
        for (String line : body.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith(":::")) {
                continue;
            }
            out.add(line.replaceAll("\\[([^\\]]*)\\]\\{[^}]*\\}", "$1").strip());
        }
        return out;
    }

    @Test
    void theCorpusHasRightToLeftAndLeftToRightParagraphs() {
        assertTrue(paragraphs.size() >= 16, paragraphs.toString());
        assertTrue(paragraphs.stream().filter(LogicalExtractionTest::hasRtl).count() >= 4, paragraphs.toString());
    }

    /** PDFBox gives every paragraph exactly, right-to-left ones in logical order. */
    @Test
    void pdfboxExtractsEveryParagraphAsWritten() {
        String text = joinLines(pdfbox);
        List<String> missing = new ArrayList<>();
        for (String para : paragraphs) {
            if (!text.contains(para)) {
                missing.add(para);
            }
        }
        assertEquals(List.of(), missing, text);
    }

    /**
     * pdftotext gives every left-to-right paragraph exactly and every word of a right-to-left
     * one with its letters in logical order. The order of a right-to-left line's pieces is not
     * ours to give: poppler (22.12) takes the page's majority direction and reverses each
     * right-to-left stretch of the line as a whole, spaces and punctuation included; a PDF
     * Chromium prints gets the same treatment.
     */
    @Test
    void pdftotextExtractsEveryParagraphWordForWord() {
        String text = joinLines(poppler.replaceAll("[\u202A-\u202E]", ""));
        for (String para : paragraphs) {
            if (hasRtl(para)) {
                assertEquals(Map.of(), missing(popplerWords(para), popplerWords(text, para)), para + "\n" + text);
            } else if (para.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON
                    && Character.getType(cp) == Character.OTHER_SYMBOL)) {
                // A line of evenly spaced symbols (the emoji) is letter-spaced text to poppler:
                // it drops the spaces whoever made the PDF. The symbols themselves are in order.
                assertTrue(text.replace(" ", "").contains(para.replace(" ", "")), para + "\n" + text);
            } else {
                assertTrue(text.contains(para), para + "\n" + text);
            }
        }
    }

    /** Negative control: a right-to-left word extracted with its letters reversed is caught. */
    @Test
    void theWordCheckCatchesReversedLetters() {
        String para = paragraphs.stream().filter(LogicalExtractionTest::hasRtl).findFirst().orElseThrow();
        StringBuilder reversed = new StringBuilder();
        for (String w : para.split(" ")) {
            reversed.append(new StringBuilder(w).reverse()).append(' ');
        }
        assertEquals(Map.of(), missing(popplerWords(para), popplerWords(para)));
        assertNotEquals(Map.of(), missing(popplerWords(para), popplerWords(reversed.toString().strip())));
        assertFalse(joinLines(reversed.toString()).contains(para));
    }

    /**
     * Lines joined into one text: without a space where a line break fell between two
     * characters of a script written without spaces (CJK, Thai), with one elsewhere.
     */
    static String joinLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                sb.append('\n');
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
                boolean tight = unspaced(sb.codePointBefore(sb.length())) && unspaced(l.codePointAt(0));
                if (!tight) {
                    sb.append(' ');
                }
            }
            sb.append(l);
        }
        return sb.toString().replaceAll("[ \\t]+", " ");
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static boolean hasRtl(String s) {
        return s.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHebrew}]+|[\\p{IsArabic}\\p{M}]+|[\\p{L}\\p{M}&&[^\\p{IsHebrew}\\p{IsArabic}]]+|\\p{N}+");

    /** The words wanted that the text lacks (or has fewer times), with how many are missing. */
    private static Map<String, Integer> missing(Map<String, Integer> want, Map<String, Integer> got) {
        Map<String, Integer> out = new TreeMap<>();
        want.forEach((w, n) -> {
            if (got.getOrDefault(w, 0) < n) {
                out.put(w, n - got.getOrDefault(w, 0));
            }
        });
        return out;
    }

    /** The words (runs of letters and marks of one script family, or of digits; joiners dropped) of a text, counted. */
    static Map<String, Integer> popplerWords(String text) {
        Map<String, Integer> words = new TreeMap<>();
        Matcher m = WORD.matcher(text.replaceAll("[\u200C\u200D]", ""));
        while (m.find()) {
            words.merge(m.group(), 1, Integer::sum);
        }
        return words;
    }

    /** The words of the extracted paragraph (text between blank lines) that holds most of the paragraph's words. */
    private static Map<String, Integer> popplerWords(String text, String para) {
        Map<String, Integer> want = popplerWords(para);
        Map<String, Integer> best = Map.of();
        int bestHits = -1;
        for (String block : text.split("\n")) {
            Map<String, Integer> got = popplerWords(block);
            int hits = 0;
            for (String w : want.keySet()) {
                if (got.containsKey(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = got;
            }
        }
        return best;
    }
}
