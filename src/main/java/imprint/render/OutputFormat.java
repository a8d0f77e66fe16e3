package imprint.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The registry of output formats: the one place that lists them. The command line's help and
 * parsing, the default set, the order a batch queues work in, file extensions and start-up
 * preloading all come from here, so a format is added by adding a constant.
 */
public enum OutputFormat {
    PDF("pdf", ".pdf", "application/pdf", "print PDF", true, 1,
            imprint.render.pdf.PdfRenderer::new, imprint.boot.Preload::pdf),
    EPUB("epub", ".epub", "application/epub+zip", "EPUB 3 e-book", true, 2,
            imprint.render.epub.EpubRenderer::new, imprint.boot.Preload::epub),
    DOCX("docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "editable Word document",
            true, 0, imprint.render.docx.DocxRenderer::new, imprint.boot.Preload::docx),
    HTML("html", ".html", "text/html", "self-contained web page", false, 3,
            imprint.render.html.HtmlRenderer::new, imprint.boot.Preload::html),
    /** The wrap-around print cover (back, spine, front with bleed) for the book's page count. */
    COVER("cover", "-cover.pdf", "application/pdf", "print cover: back, spine, front (with --print)", false, 4,
            imprint.render.pdf.PrintCoverRenderer::new, imprint.boot.Preload::pdf),
    /** The stores' e-book cover, written beside the EPUB (also {@code --store-cover}). */
    STORE_COVER("store-cover", "-store-cover.jpg", "image/jpeg", "store e-book cover, 1600x2560 JPEG", false, 5,
            imprint.render.cover.StoreCoverRenderer::new, () -> { });

    private final String extension;
    private final String fileSuffix;
    private final String mediaType;
    private final String description;
    private final boolean byDefault;
    private final int queueRank;
    private final Supplier<Renderer> factory;
    private final Runnable preload;

    /**
     * @param extension  the format's name on the command line (the file extension for the main formats)
     * @param fileSuffix what follows the input's stem in the output's file name
     * @param byDefault whether it is written when the user names no formats
     * @param queueRank the order a batch queues a document's formats in, lowest first: the
     *                  format slowest to start goes first, so that on two cores the long task
     *                  does not wait behind a short one
     * @param preload   loads on an idle core what the first render will need (see {@link imprint.boot.Preload})
     */
    OutputFormat(String extension, String fileSuffix, String mediaType, String description, boolean byDefault, int queueRank,
                 Supplier<Renderer> factory, Runnable preload) {
        this.extension = extension;
        this.fileSuffix = fileSuffix;
        this.mediaType = mediaType;
        this.description = description;
        this.byDefault = byDefault;
        this.queueRank = queueRank;
        this.factory = factory;
        this.preload = preload;
    }

    public String extension() {
        return extension;
    }

    /** The output's file name for an input of this stem: {@code book.pdf}, {@code book-cover.pdf}. */
    public String fileName(String stem) {
        return stem + fileSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A few words for the command line's help. */
    public String description() {
        return description;
    }

    /** Whether it is written when the user names no formats. */
    public boolean byDefault() {
        return byDefault;
    }

    /** A new renderer for this format (renderers are thread-safe; callers keep one). */
    public Renderer newRenderer() {
        return factory.get();
    }

    /** Loads ahead what the first render will need; never throws. */
    public void preload() {
        try {
            preload.run();
        } catch (RuntimeException | LinkageError e) {
            // The real export reports any problem.
        }
    }

    /** Whether the output holds the document's text (the covers show only its title and names). */
    public boolean holdsText() {
        return this != COVER && this != STORE_COVER;
    }

    /** The formats that hold the document's text, in declaration order. */
    public static List<OutputFormat> textFormats() {
        return Arrays.stream(values()).filter(OutputFormat::holdsText).toList();
    }

    /** The formats written when the user names none. */
    public static List<OutputFormat> defaults() {
        return Arrays.stream(values()).filter(OutputFormat::byDefault).toList();
    }

    /** The given formats in the order a batch queues them. */
    public static List<OutputFormat> inQueueOrder(java.util.Collection<OutputFormat> formats) {
        List<OutputFormat> l = new ArrayList<>(formats);
        l.sort(Comparator.comparingInt(f -> f.queueRank));
        return l;
    }

    /** Every format's name, comma-separated, for messages and help. */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::extension).collect(Collectors.joining(", "));
    }

    /** Parses a format name such as {@code pdf} (any case). */
    public static OutputFormat parse(String s) {
        for (OutputFormat f : values()) {
            if (f.extension.equals(s.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + s + "' (expected " + names() + ")");
    }

    /**
     * Whether the EPUB of a run writing {@code formats} gets the PDF's page-list: when both are
     * written, the e-book's pages are those of the print edition made beside it.
     */
    public static boolean pagesShared(java.util.Set<OutputFormat> formats) {
        return formats.contains(PDF) && formats.contains(EPUB);
    }
}
