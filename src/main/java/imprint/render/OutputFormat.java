package imprint.render;

import java.util.Locale;

/** The three output formats. */
public enum OutputFormat {
    PDF("pdf", "application/pdf"),
    EPUB("epub", "application/epub+zip"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    OutputFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Parses {@code pdf}, {@code epub} or {@code docx} (any case). */
    public static OutputFormat parse(String s) {
        for (OutputFormat f : values()) {
            if (f.extension.equals(s.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected pdf, epub or docx)");
    }
}
