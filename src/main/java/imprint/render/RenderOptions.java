package imprint.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Options shared by the renderers. Immutable; use the withers.
 *
 * @param paper         page size for PDF and DOCX
 * @param duplex        mirrored margins for two-sided printing (PDF)
 * @param raggedRight   ragged-right instead of justified text (PDF)
 * @param toc           table of contents choice (DOCX; others may follow)
 * @param referenceDocx a DOCX whose styles and page setup to reuse, or {@code null}
 * @param epubSplitLevel heading level at which EPUB chapters are split (1..6)
 * @param timestamp     the modification time written into outputs; never the wall clock
 *                      unless the caller asks for it
 */
public record RenderOptions(
        Paper paper,
        boolean duplex,
        boolean raggedRight,
        Toc toc,
        Path referenceDocx,
        int epubSplitLevel,
        Instant timestamp) {

    /** Whether to include a table of contents. */
    public enum Toc { AUTO, ON, OFF }

    /** 1980-01-01T00:00:00Z, the earliest zip time: used when nothing gives a date. */
    public static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-01-01T00:00:00Z");

    public static final RenderOptions DEFAULTS =
            new RenderOptions(Paper.A4, false, false, Toc.AUTO, null, 1, DEFAULT_TIMESTAMP);

    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(toc, "toc");
        Objects.requireNonNull(timestamp, "timestamp");
        if (epubSplitLevel < 1 || epubSplitLevel > 6) {
            throw new IllegalArgumentException("split level must be 1..6");
        }
    }

    public RenderOptions withPaper(Paper p) {
        return new RenderOptions(p, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, timestamp);
    }

    public RenderOptions withDuplex(boolean d) {
        return new RenderOptions(paper, d, raggedRight, toc, referenceDocx, epubSplitLevel, timestamp);
    }

    public RenderOptions withRaggedRight(boolean r) {
        return new RenderOptions(paper, duplex, r, toc, referenceDocx, epubSplitLevel, timestamp);
    }

    public RenderOptions withToc(Toc t) {
        return new RenderOptions(paper, duplex, raggedRight, t, referenceDocx, epubSplitLevel, timestamp);
    }

    public RenderOptions withReferenceDocx(Path p) {
        return new RenderOptions(paper, duplex, raggedRight, toc, p, epubSplitLevel, timestamp);
    }

    public RenderOptions withEpubSplitLevel(int l) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, l, timestamp);
    }

    public RenderOptions withTimestamp(Instant t) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, t);
    }

    /*
     * Spelled out, in the form a record's generated toString gives (the PDF's file identifier
     * is a digest of it, so the text must not change): the generated one is bootstrapped at
     * first use, which took a tenth of the PDF time of a one-article run.
     */
    @Override
    public String toString() {
        return "RenderOptions[paper=" + paper + ", duplex=" + duplex + ", raggedRight=" + raggedRight + ", toc=" + toc
                + ", referenceDocx=" + referenceDocx + ", epubSplitLevel=" + epubSplitLevel + ", timestamp=" + timestamp
                + "]";
    }
}
