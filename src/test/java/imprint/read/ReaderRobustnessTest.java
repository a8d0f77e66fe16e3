package imprint.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.Document;
import imprint.model.ModelPrinter;
import imprint.transform.Pipeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs built from the characters that matter to the readers: every reader
 * returns a document (and the standard transforms run on it) without throwing.
 */
class ReaderRobustnessTest {
    private static final String[] TOKENS = {
        "\n", "\n\n", " ", "  ", "\t", "#", "## ", ">", "> ", "- ", "* ", "+ ", "1. ", "3) ", "`", "```",
        "~~", "*", "_", "**", "[", "]", "(", ")", "![", "[^", "]:", "|", "|:-", "-:|", "---", "...",
        "<b>", "</b>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#0;", "\"", "'", "javascript:",
        "http://x.org", "#frag", "word", "Mot", "BY JANE DOE", "By Ann Lee", "PARIS (AP) --", "[ ] ",
        "[x] ", "\\", "\u00A0", "é", "Ω", "\uD83D\uDE00", "\r\n", "\r", "«", "»", ":", "!", "?"};

    @Test
    void randomMarkdownAndText() {
        Random random = new Random(20241124L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 400; i++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(200);
                for (int k = 0; k < n; k++) {
                    sb.append(TOKENS[random.nextInt(TOKENS.length)]);
                }
                String input = sb.toString();
                for (InputFormat f : InputFormat.values()) {
                    Document doc = f.reader().read(input, new Diagnostics());
                    assertNotNull(ModelPrinter.print(Pipeline.standard(doc)), input);
                }
            }
        });
    }

    @Test
    void randomBytesEitherDecodeOrFailWithACode() {
        Random random = new Random(7L);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                bytes = ("text " + i).getBytes(StandardCharsets.UTF_16LE);
            }
            try {
                String s = TextDecoder.decode(bytes);
                new imprint.read.markdown.MarkdownReader().read(s, new Diagnostics());
            } catch (ImprintException e) {
                assertNotNull(e.code());
            }
        }
    }
}
