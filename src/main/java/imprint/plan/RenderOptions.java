package imprint.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Options shared by the renderers. Immutable; use the withers.
 *
 * @param paper          page size for PDF and DOCX
 * @param duplex         mirrored margins for two-sided printing (PDF)
 * @param raggedRight    ragged-right instead of justified text (PDF)
 * @param toc            table of contents choice
 * @param referenceDocx  a DOCX whose styles and page setup to reuse, or {@code null}
 * @param epubSplitLevel heading level at which EPUB chapters are split (1..6)
 * @param pinnedTime     the modification time to write into outputs, or {@code null} to let
 *                       {@link Timestamps} choose it (SOURCE_DATE_EPOCH, the document's date,
 *                       1980-01-01); never the wall clock unless the caller pins it
 * @param docxStyle      the DOCX's look: standard or manuscript
 * @param fontDirs       folders of the user's own fonts for characters the bundled fonts lack
 *                       ({@code --font-dir}); no other system font is ever used
 * @param print          how the book is to be printed (trim and bleed boxes, gutter by page
 *                       count, even page count), or {@code null} for the screen PDF
 * @param book           set the PDF as a book when the document has chapters (two or more
 *                       level-1 headings): chapters on new pages, book running heads
 * @param pageList       give the EPUB a page-list and page-break markers at the print PDF's
 *                       page starts ({@code --page-list-from-pdf}; the command line sets it
 *                       whenever it writes both formats)
 * @param endnotes       set the notes at the end of the document instead of at the page foot
 *                       ({@code --notes end}): a Notes section in the PDF, Word endnotes in
 *                       the DOCX, one notes file in the EPUB
 */
public record RenderOptions(
        Paper paper,
        boolean duplex,
        boolean raggedRight,
        Toc toc,
        Path referenceDocx,
        int epubSplitLevel,
        Instant pinnedTime,
        DocxStyle docxStyle,
        java.util.List<Path> fontDirs,
        PrintSetup print,
        boolean book,
        boolean pageList,
        boolean endnotes) {

    /** Whether to include a table of contents. */
    public enum Toc { AUTO, ON, OFF }

    public static final RenderOptions DEFAULTS = new RenderOptions(Paper.A4, false, false, Toc.AUTO, null, 1, null,
            DocxStyle.STANDARD, java.util.List.of(), null, false, false, false);

    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(toc, "toc");
        Objects.requireNonNull(docxStyle, "docxStyle");
        fontDirs = fontDirs == null ? java.util.List.of() : java.util.List.copyOf(fontDirs);
        if (epubSplitLevel < 1 || epubSplitLevel > 6) {
            throw new IllegalArgumentException("split level must be 1..6");
        }
    }

    /** The options before {@code fontDirs}, {@code print} and {@code book} existed: none of them. */
    public RenderOptions(Paper paper, boolean duplex, boolean raggedRight, Toc toc, Path referenceDocx, int epubSplitLevel,
                         Instant pinnedTime, DocxStyle docxStyle) {
        this(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, java.util.List.of(), null, false, false, false);
    }

    /** With these folders of the user's fonts ({@code --font-dir}). */
    public RenderOptions withFontDirs(java.util.List<Path> dirs) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, dirs, print, book, pageList, endnotes);
    }

    public RenderOptions withPaper(Paper p) {
        return new RenderOptions(p, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withDuplex(boolean d) {
        return new RenderOptions(paper, d, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withRaggedRight(boolean r) {
        return new RenderOptions(paper, duplex, r, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withToc(Toc t) {
        return new RenderOptions(paper, duplex, raggedRight, t, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withReferenceDocx(Path p) {
        return new RenderOptions(paper, duplex, raggedRight, toc, p, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withEpubSplitLevel(int l) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, l, pinnedTime, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    public RenderOptions withDocxStyle(DocxStyle s) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, s, fontDirs, print, book, pageList, endnotes);
    }

    /** Pins the time written into outputs ({@code null} lets {@link Timestamps} choose). */
    public RenderOptions withPinnedTime(Instant t) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, t, docxStyle, fontDirs, print, book, pageList, endnotes);
    }

    /** Sets how the book is printed ({@code null}: the screen PDF). */
    public RenderOptions withPrint(PrintSetup p) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, p, book, pageList, endnotes);
    }

    /** Sets the PDF as a book when the document has chapters. */
    public RenderOptions withBook(boolean b) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, b, pageList, endnotes);
    }

    /** Gives the EPUB a page-list from the print PDF's pagination. */
    public RenderOptions withPageList(boolean p) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, p, endnotes);
    }

    /** Sets the notes as endnotes ({@code true}) or footnotes. */
    public RenderOptions withEndnotes(boolean e) {
        return new RenderOptions(paper, duplex, raggedRight, toc, referenceDocx, epubSplitLevel, pinnedTime, docxStyle, fontDirs, print, book, pageList, e);
    }
}
