package imprint.cli;

import imprint.render.OutputFormat;
import imprint.ExportOptions;
import imprint.plan.RenderOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line options and their parser. The parser is ours rather than a library's: the
 * command is often run for a single short document, and the option library we used cost a
 * tenth of such a run in class loading and annotation reflection.
 */
final class Options {
    /** The help text (built on demand: most runs never show it). */
    static String usage() {
        return """
            Usage: imprint [OPTION]... [INPUT]...
               or: imprint serve [OPTION]...   (the export service; imprint serve --help)
            Turns plain-text and Markdown documents into a print PDF, an EPUB 3, an editable DOCX
            and a web page. With no INPUT, every document in ./seeds is exported to ./exports.

              INPUT                   Files (.txt, .md, .markdown; NITF .xml, ninjs .json, .html) or folders holding them.
                  --to=FORMAT[,FORMAT...]
                                      Formats to write (comma-separated):
            """ + formatHelp() + """
              -o, --out=DIR           Output folder (created if missing). Default: exports
                  --paper=SIZE        Page size: a4, letter, a5, 6x9in, or WxH in mm or in
                                        (e.g. 150x230mm). Default: a4 (6x9in with --print)
                  --print=PRINTER     Make the PDF a print interior for kdp, ingram or generic:
                                        trim and bleed boxes, the printer's inside margin for
                                        the page count, two-sided, an even page count, no links.
                                        (Front matter print: kdp does the same.)
                  --interior=PAPER    Interior paper for the cover's spine: white or cream.
                                        Default: white
                  --interior-color=C  color or gray: gray converts the print interior's
                                        pictures to gray for a black-and-white book.
                  --book              Set the PDF as a book when the document has two or more
                                        level-1 headings (front matter type: book: one or more):
                                        half-title, title, copyright, dedication and epigraph
                                        pages, each chapter on a new page (a recto with --duplex
                                        or --print) opened with its number, roman front matter
                                        folios, title on versos, chapter on rectos.
                  --notes=WHERE       foot (default) or end: endnotes, a Notes section at the
                                        end of the PDF, Word endnotes in the DOCX, one notes
                                        file in the EPUB. (Front matter notes: end does the same.)
                  --store-cover       Also write the stores' e-book cover (NAME-store-cover.jpg,
                                        1600x2560), as --to store-cover does.
                  --duplex            Mirror the PDF margins for two-sided printing.
                  --page-list-from-pdf
                                      Give the EPUB a page-list and page-break markers at
                                        the PDF's page starts (done whenever both are written).
                  --ragged-right      Set PDF body text ragged-right instead of justified.
                  --[no-]toc          Force (--toc) or suppress (--no-toc) a table of contents.
                                        Default: DOCX gets one when there are 3 or more
                                        headings; the PDF gets one with --toc.
                  --reference-docx=FILE
                                      Take DOCX styles and page setup from this document.
                  --docx-style=STYLE  DOCX look: standard, or manuscript (Standard Manuscript
                                        Format: 12 pt Times, double-spaced, running header).
                                        Default: standard
                  --docx-contact=TEXT Manuscript contact block, lines separated by ';'
                                        (name; address; phone; e-mail). Default: the authors
                  --split-level=N     EPUB: start a new chapter file at headings of this level
                                        (1-6). Default: 1
                  --resource-path=DIR Another folder images may be read from (repeatable).
                  --font-dir=DIR      A folder of your own TrueType fonts (.ttf), used for
                                        characters no bundled font has (repeatable). No
                                        other installed font is ever used.
              -j, --jobs=N            Documents converted in parallel. Default: number of cores
                  --timeout=SECONDS   Time budget per document; a document over it fails alone
                                        (TIMEOUT), nothing is written for it. Default: 120,
                                        or 4 per MB of input past 30 MB
                  --max-image-megapixels=N
                                      Largest decoded image area; larger images are shown as
                                        their description (IMAGE_TOO_LARGE). Default: 50
                  --max-footnotes=N, --max-headings=N, --max-table-cells=N
                                      Per-document limits; a document past one fails alone
                                        (DOCUMENT_LIMIT). Defaults: 10000, 200000, 1000000
                  --strict            Treat warnings as errors: an input with warnings is not
                                        exported.
              -v, --verbose           Print each file written, and stack traces for failures.
              -q, --quiet             Print only errors and warnings.
              -h, --help              Show this help message and exit.
              -V, --version           Print version information and exit.

            Exit status: 0 all exported, 1 some input failed (the others were exported), 2 usage error.
            Honours SOURCE_DATE_EPOCH for the dates written into outputs.
            """;
    }

    /** The command line's own valued options; the shared ones are {@link ExportOptions#VALUED}. */
    private static final Set<String> VALUED = Set.of("-o", "--out", "--reference-docx", "--resource-path", "-j", "--jobs");

    List<Path> inputs = new ArrayList<>();
    Path out = Path.of("exports");
    /** The options shared with the service and the Spark job: formats, render options, limits. */
    final ExportOptions export = new ExportOptions("--");
    Path referenceDocx;
    List<Path> resourcePath = new ArrayList<>();
    int jobs = Runtime.getRuntime().availableProcessors();
    boolean verbose;
    boolean quiet;
    boolean help;
    boolean version;

    /** The time budget of an input of this many bytes ({@code --timeout}). */
    long budgetSeconds(long inputBytes) {
        return export.budgetSeconds(inputBytes);
    }

    /** A command line that cannot be understood; the message is shown to the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Parses GNU-style arguments: {@code --name=value}, {@code --name value}, clustered short flags, {@code --}. */
    static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                o.inputs.add(path(a, "INPUT"));
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = a;
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                inline = a.substring(a.indexOf('=') + 1);
            } else if (!a.startsWith("--") && a.length() > 2) {
                if (o.shortFlags(a)) {
                    continue;
                }
                name = a.substring(0, 2);
                inline = a.substring(2);
            }
            if (o.flag(name)) {
                if (inline != null) {
                    throw new UsageException("option '" + name + "' takes no value");
                }
                continue;
            }
            if (!VALUED.contains(name) && !(name.startsWith("--") && ExportOptions.VALUED.contains(name.substring(2)))) {
                throw new UsageException("unknown option '" + name + "'");
            }
            String value = inline;
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("missing value for option '" + name + "'");
                }
                value = args[++i];
            }
            o.valued(name, value);
        }
        return o;
    }

    /** Clustered boolean short options such as {@code -qv}; false when {@code a} is not one. */
    private boolean shortFlags(String a) {
        for (int k = 1; k < a.length(); k++) {
            if ("hqvV".indexOf(a.charAt(k)) < 0) {
                return false;
            }
        }
        for (int k = 1; k < a.length(); k++) {
            flag("-" + a.charAt(k));
        }
        return true;
    }

    private boolean flag(String name) {
        if (name.startsWith("--") && export.flag(name.substring(2))) {
            return true;
        }
        switch (name) {
            case "-v", "--verbose" -> verbose = true;
            case "-q", "--quiet" -> quiet = true;
            case "-h", "--help" -> help = true;
            case "-V", "--version" -> version = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    private void valued(String name, String value) throws UsageException {
        switch (name) {
            case "-o", "--out" -> out = path(value, name);
            case "--reference-docx" -> referenceDocx = path(value, name);
            case "--resource-path" -> resourcePath.add(path(value, name));
            case "-j", "--jobs" -> jobs = number(name, value);
            default -> {
                try {
                    if (!export.valued(name.substring(2), value)) {
                        throw new UsageException("unknown option '" + name + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
        }
    }

    private static int number(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + name + "' needs a whole number, not '" + value + "'");
        }
    }

    private static Path path(String value, String what) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("invalid path for " + what + ": '" + value + "'");
        }
    }

    /** One help line per format of the registry, and which are written by default. */
    private static String formatHelp() {
        StringBuilder sb = new StringBuilder();
        for (OutputFormat f : OutputFormat.values()) {
            sb.append("                            ").append(f.extension())
                    .append(" ".repeat(Math.max(1, 6 - f.extension().length()))).append(f.description()).append('\n');
        }
        sb.append("                            Default: ").append(String.join(",",
                OutputFormat.defaults().stream().map(OutputFormat::extension).toList())).append('\n');
        return sb.toString();
    }

    /** The formats a command line asks for, or none when it is not an export (help, errors). */
    static Set<OutputFormat> formatsFor(String[] args) {
        try {
            Options o = parse(args);
            return o.help || o.version ? Set.of() : o.outputFormats();
        } catch (UsageException | IllegalArgumentException e) {
            return Set.of();
        }
    }

    /** The chosen formats in a fixed order. */
    Set<OutputFormat> outputFormats() {
        return export.outputFormats();
    }

    /** Render options; SOURCE_DATE_EPOCH, when set, pins the time written into every output. */
    RenderOptions renderOptions(Optional<Instant> epoch) {
        if (jobs < 1 || jobs > 256) {
            throw new IllegalArgumentException("--jobs must be between 1 and 256");
        }
        return export.renderOptions(epoch).withReferenceDocx(referenceDocx);
    }
}
