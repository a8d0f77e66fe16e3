package imprint.read.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.model.ModelPrinter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs of {@code <} with no {@code >} after them are read in linear time and to the same
 * model commonmark gives without the rewrite.
 */
class AngleBracketsTest {
    private final MarkdownReader reader = new MarkdownReader();

    private String dump(String md) {
        Document d = reader.read(md, new Diagnostics());
        return ModelPrinter.printBlocks(d.blocks());
    }

    @Test
    void oneHundredThousandBracketsAreTextAndReadQuickly() {
        String md = "Text " + "<".repeat(100_000) + " end.\n";
        String dump = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> dump(md));
        assertEquals("paragraph\n  text \"Text " + "<".repeat(100_000) + " end.\"\n", dump);
    }

    @Test
    void theRewriteGivesTheModelCommonmarkGivesWithoutIt() {
        // 1,500 hopeless brackets (past the threshold) around everything a < may still start
        String md = "Lead " + "< ".repeat(1_500) + "\n\n"
                + "An autolink <https://example.com/a> and a tag <b>bold</b> stay, < then.\n\n"
                + "Code `a < b` and <\n\n"
                + "```\nx < y\n```\n\n"
                + "    indented < code\n\n"
                + "<div\nnot closed\n\n"
                + "Last < one and a > closer.\n";
        String rewritten = AngleBrackets.escapeHopeless(md);
        assertTrue(rewritten.length() > md.length(), "the rewrite applies");
        org.commonmark.parser.Parser plain = org.commonmark.parser.Parser.builder().build();
        org.commonmark.renderer.html.HtmlRenderer html = org.commonmark.renderer.html.HtmlRenderer.builder().build();
        assertEquals(html.render(plain.parse(md)), html.render(plain.parse(rewritten)));
    }

    @Test
    void ordinaryDocumentsAreLeftAlone() {
        String md = "a < b and c < d\n\n" + "x < y\n".repeat(500);
        assertSame(md, AngleBrackets.escapeHopeless(md));
    }
}
