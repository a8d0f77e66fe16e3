package imprint;

import imprint.plan.DocumentLimits;
import imprint.plan.DocxStyle;
import imprint.plan.Paper;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import java.io.Serializable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The options every way of exporting shares, under one set of names and parsed by this one
 * parser: the command line ({@code --paper=a5}), the Spark job (the same) and the export
 * service (its server's command line for the limits and fonts, a request's query parameter
 * {@code paper=a5} for the rest). The same values give the same {@link RenderOptions}, the same
 * {@link DocumentLimits}, image bound and time budget everywhere, so a document that fails a
 * limit on the command line fails it in the service and the Spark job too.
 *
 * <p>Names are given without their leading dashes. What differs between the ways of exporting
 * stays with each: where inputs, outputs, images and a reference DOCX come from (local paths,
 * Hadoop paths, an upload), parallelism, reporting.
 */
public final class ExportOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The options without a value. */
    public static final Set<String> FLAGS = Set.of("store-cover", "book", "duplex", "page-list-from-pdf", "ragged-right", "toc", "no-toc", "strict");

    /** The options with a value. */
    public static final Set<String> VALUED = Set.of("to", "paper", "print", "notes", "interior", "interior-color", "docx-style", "docx-contact",
            "split-level", "font-dir", "timeout", "max-image-megapixels", "max-footnotes", "max-headings", "max-table-cells");

    /**
     * The options that bound a document's cost or read the server's files: a service takes them
     * from its own command line only, never from a request.
     */
    public static final Set<String> OPERATOR_ONLY = Set.of("font-dir", "timeout", "max-image-megapixels", "max-footnotes",
            "max-headings", "max-table-cells");

    /** The default time budget of a document, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    /** The default largest decoded image area, in megapixels. */
    public static final int DEFAULT_MAX_IMAGE_MEGAPIXELS = 50;

    private final String prefix;
    private final List<String> formats = new ArrayList<>();
    private String paper;
    private String print;
    private String notes = "foot";
    private String interior = "white";
    private String interiorColor = "color";
    private boolean storeCover;
    private boolean book;
    private boolean duplex;
    private boolean pageListFromPdf;
    private boolean raggedRight;
    private Boolean toc;
    private String docxStyle = "standard";
    private List<String> docxContact = List.of();
    private int splitLevel = 1;
    private final List<String> fontDirs = new ArrayList<>();
    private boolean strict;
    private int timeoutSeconds;
    private int maxImageMegapixels = DEFAULT_MAX_IMAGE_MEGAPIXELS;
    private int maxFootnotes = DocumentLimits.DEFAULTS.maxFootnotes();
    private int maxHeadings = DocumentLimits.DEFAULTS.maxHeadings();
    private int maxTableCells = DocumentLimits.DEFAULTS.maxTableCells();

    /**
     * @param prefix how an option is written where these options come from, for messages:
     *               {@code "--"} on a command line, {@code ""} for query parameters
     */
    public ExportOptions(String prefix) {
        this.prefix = prefix;
    }

    /** Sets a flag; false when {@code name} is not one of {@link #FLAGS}. */
    public boolean flag(String name) {
        switch (name) {
            case "store-cover" -> storeCover = true;
            case "book" -> book = true;
            case "duplex" -> duplex = true;
            case "page-list-from-pdf" -> pageListFromPdf = true;
            case "ragged-right" -> raggedRight = true;
            case "toc" -> toc = true;
            case "no-toc" -> toc = false;
            case "strict" -> strict = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets a valued option; false when {@code name} is not one of {@link #VALUED}.
     *
     * @throws IllegalArgumentException when the value is not one the option takes
     */
    public boolean valued(String name, String value) {
        switch (name) {
            case "to" -> formats.addAll(Arrays.asList(value.split(",", -1)));
            case "paper" -> paper = value;
            case "print" -> print = value;
            case "notes" -> notes = value;
            case "interior" -> interior = value;
            case "interior-color" -> interiorColor = value;
            case "docx-style" -> docxStyle = value;
            case "docx-contact" -> docxContact = Arrays.stream(value.split(";")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            case "split-level" -> splitLevel = number(name, value);
            case "font-dir" -> {
                path(name, value);
                fontDirs.add(value);
            }
            case "timeout" -> timeoutSeconds = number(name, value);
            case "max-image-megapixels" -> maxImageMegapixels = number(name, value);
            case "max-footnotes" -> maxFootnotes = number(name, value);
            case "max-headings" -> maxHeadings = number(name, value);
            case "max-table-cells" -> maxTableCells = number(name, value);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes the {@link #OPERATOR_ONLY} options from a server's own options: a request may
     * choose how its document looks, not how much of the server it may use.
     */
    public void takeOperatorOptions(ExportOptions server) {
        fontDirs.clear();
        fontDirs.addAll(server.fontDirs);
        timeoutSeconds = server.timeoutSeconds;
        maxImageMegapixels = server.maxImageMegapixels;
        maxFootnotes = server.maxFootnotes;
        maxHeadings = server.maxHeadings;
        maxTableCells = server.maxTableCells;
    }

    /** Sets a flag from a value, as a query parameter gives it ({@code book}, {@code book=true}, {@code book=no}). */
    public void flag(String name, String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes", "on" -> flag(name);
            case "false", "0", "no", "off" -> {
                if (name.equals("toc")) {
                    toc = false;
                }
            }
            default -> throw new IllegalArgumentException(prefix + name + " must be true or false, not '" + value + "'");
        }
    }

    /** Sets the table of contents as a query parameter gives it: {@code on}, {@code off} or {@code auto}. */
    public void toc(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> toc = null;
            case "on", "true", "1", "yes", "" -> toc = true;
            case "off", "false", "0", "no" -> toc = false;
            default -> throw new IllegalArgumentException("toc must be on, off or auto, not '" + value + "'");
        }
    }

    private int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + prefix + name + "' needs a whole number, not '" + value + "'");
        }
    }

    private void path(String name, String value) {
        try {
            Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("invalid path for " + prefix + name + ": '" + value + "'");
        }
    }

    /** The chosen formats in the registry's order; the defaults when none was chosen. */
    public Set<OutputFormat> outputFormats() {
        Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        if (formats.isEmpty()) {
            set.addAll(OutputFormat.defaults());
        }
        for (String f : formats) {
            set.add(OutputFormat.parse(f));
        }
        if (storeCover) {
            set.add(OutputFormat.STORE_COVER);
        }
        return set;
    }

    /** Warnings are errors: a document with warnings is not exported. */
    public boolean strict() {
        return strict;
    }

    /** The per-document limits on footnotes, headings and table cells. */
    public DocumentLimits limits() {
        return new DocumentLimits(maxFootnotes, maxHeadings, maxTableCells);
    }

    /** The largest decoded image area, in pixels. */
    public long maxImagePixels() {
        return maxImageMegapixels * 1_000_000L;
    }

    /** The {@code timeout} given, in seconds, or 0 when none was. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /**
     * The time budget of an input of this many bytes: the {@code timeout} given, else 120 s,
     * and 4 s per megabyte for inputs past 30 MB (a 50 MB book takes 75 to 120 s on two idle cores).
     */
    public long budgetSeconds(long inputBytes) {
        return timeoutSeconds > 0 ? timeoutSeconds : Math.max(DEFAULT_TIMEOUT_SECONDS, 4 * (inputBytes >> 20));
    }

    private boolean gray(String color) {
        return switch (color.strip().toLowerCase(Locale.ROOT)) {
            case "gray", "grey", "bw", "black-and-white" -> true;
            case "color", "colour" -> false;
            default -> throw new IllegalArgumentException("unknown " + prefix + "interior-color '" + color
                    + "' (expected color or gray)");
        };
    }

    /** Checks the values' ranges; the message names the option. */
    public void validate() {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException(prefix + "timeout must be at least 1 second (0: the default budget)");
        }
        if (maxImageMegapixels < 1 || maxImageMegapixels > 2000) {
            throw new IllegalArgumentException(prefix + "max-image-megapixels must be between 1 and 2000");
        }
        if (maxFootnotes < 0 || maxHeadings < 0 || maxTableCells < 0) {
            throw new IllegalArgumentException(prefix + "max-footnotes, " + prefix + "max-headings and " + prefix
                    + "max-table-cells cannot be negative");
        }
        if (splitLevel < 1 || splitLevel > 6) {
            throw new IllegalArgumentException(prefix + "split-level must be between 1 and 6");
        }
        outputFormats();
    }

    /**
     * The render options, without a reference DOCX (each way of exporting finds that file its
     * own way); SOURCE_DATE_EPOCH, when given, pins the time written into every output.
     *
     * @throws IllegalArgumentException for a value out of range or not understood
     */
    public RenderOptions renderOptions(Optional<Instant> epoch) {
        validate();
        RenderOptions.Toc t = toc == null ? RenderOptions.Toc.AUTO : toc ? RenderOptions.Toc.ON : RenderOptions.Toc.OFF;
        if (print == null && gray(interiorColor)) {
            throw new IllegalArgumentException(prefix + "interior-color gray is for a print interior: add " + prefix
                    + "print kdp, ingram or generic");
        }
        if (!notes.equals("foot") && !notes.equals("end")) {
            throw new IllegalArgumentException(prefix + "notes must be foot or end, not \"" + notes + "\"");
        }
        PrintSetup printSetup = print == null ? null
                : new PrintSetup(PrintProfile.parse(print), PrintSetup.Stock.parse(interior)).withGray(gray(interiorColor));
        return RenderOptions.DEFAULTS
                .withPaper(Paper.parse(paper != null ? paper : printSetup != null ? "6x9in" : "a4"))
                .withPrint(printSetup)
                .withBook(book)
                .withEndnotes(notes.equals("end"))
                .withDuplex(duplex)
                .withPageList(pageListFromPdf || OutputFormat.pagesShared(outputFormats()))
                .withRaggedRight(raggedRight)
                .withToc(t)
                .withDocxStyle(DocxStyle.parse(docxStyle).withContact(docxContact))
                .withEpubSplitLevel(splitLevel)
                .withPinnedTime(epoch.orElse(null))
                .withFontDirs(fontDirs.stream().map(Path::of).toList());
    }

    /** Everything set, in words, for fingerprints of what decides the output bytes. */
    @Override
    public String toString() {
        return "formats " + outputFormats() + " paper " + paper + " print " + print + " notes " + notes + " interior " + interior + " interior-color " + interiorColor + " book " + book
                + " duplex " + duplex + " page-list-from-pdf " + pageListFromPdf + " ragged-right " + raggedRight + " toc " + toc + " docx-style " + docxStyle
                + " docx-contact " + docxContact + " split-level " + splitLevel + " font-dir " + fontDirs + " strict " + strict
                + " timeout " + timeoutSeconds + " max-image-megapixels " + maxImageMegapixels + " limits " + limits();
    }
}
