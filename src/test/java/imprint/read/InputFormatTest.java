package imprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import imprint.read.markdown.MarkdownReader;
import imprint.read.text.PlainTextReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputFormatTest {
    @Test
    void formatsByExtension() {
        assertEquals(Optional.of(InputFormat.TEXT), InputFormat.forFileName("seeds/article.txt"));
        assertEquals(Optional.of(InputFormat.MARKDOWN), InputFormat.forFileName("notes.md"));
        assertEquals(Optional.of(InputFormat.MARKDOWN), InputFormat.forFileName("NOTES.Markdown"));
        assertEquals(Optional.empty(), InputFormat.forFileName("book.docx"));
        assertEquals(Optional.empty(), InputFormat.forFileName("md"));
    }

    @Test
    void readers() {
        assertInstanceOf(PlainTextReader.class, InputFormat.TEXT.reader());
        assertInstanceOf(MarkdownReader.class, InputFormat.MARKDOWN.reader());
    }
}
