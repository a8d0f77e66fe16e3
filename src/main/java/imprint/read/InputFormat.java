package imprint.read;

import imprint.read.markdown.MarkdownReader;
import imprint.read.text.PlainTextReader;
import java.util.Locale;
import java.util.Optional;

/** The source formats imprint reads, recognised by file name extension. */
public enum InputFormat {
    /** Plain-text articles ({@code .txt}). */
    TEXT,
    /** CommonMark with GitHub extensions and YAML front matter ({@code .md}, {@code .markdown}). */
    MARKDOWN;

    /** The format for a file name by its extension (case-insensitive), if imprint reads it. */
    public static Optional<InputFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }

    /** A reader for this format (readers are stateless; a fresh one is cheap). */
    public DocumentReader reader() {
        return this == TEXT ? new PlainTextReader() : new MarkdownReader();
    }
}
