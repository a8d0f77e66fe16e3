package imprint.read;

import imprint.read.markdown.MarkdownReader;
import imprint.read.text.PlainTextReader;
import java.util.Locale;
import java.util.Optional;

/** The input types imprint reads, chosen by file extension. */
public enum InputFormat {
    /** Plain-text articles ({@code .txt}). */
    TEXT,
    /** CommonMark with GFM extensions, footnotes and YAML front matter ({@code .md}, {@code .markdown}). */
    MARKDOWN;

    private static final DocumentReader TEXT_READER = new PlainTextReader();
    private static final DocumentReader MARKDOWN_READER = new MarkdownReader();

    /** The format for a file name, or empty when imprint does not read that type. */
    public static Optional<InputFormat> forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }

    /** The shared, thread-safe reader for this format. */
    public DocumentReader reader() {
        return this == TEXT ? TEXT_READER : MARKDOWN_READER;
    }
}
