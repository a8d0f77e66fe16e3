package imprint.cli;

import imprint.render.OutputFormat;
import imprint.render.Paper;
import imprint.render.RenderOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command-line options, parsed by picocli. */
@Command(name = "imprint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Turns plain-text and Markdown documents into a print PDF, an EPUB 3 and an editable DOCX.",
            "With no INPUT, every document in ./seeds is exported to ./exports."},
        footer = {"", "Exit status: 0 all exported, 1 some input failed (the others were exported), 2 usage error.",
            "Honours SOURCE_DATE_EPOCH for the dates written into outputs."})
final class Options {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.txt, .md, .markdown) or folders holding them. Default: seeds")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: pdf, epub, docx (comma-separated). Default: all three.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (created if missing). Default: exports")
    Path out = Path.of("exports");

    @Option(names = "--paper", paramLabel = "SIZE",
            description = "Page size: a4, letter, a5, 6x9in, or WxH in mm or in (e.g. 150x230mm). Default: a4")
    String paper = "a4";

    @Option(names = "--duplex", description = "Mirror the PDF margins for two-sided printing.")
    boolean duplex;

    @Option(names = "--ragged-right", description = "Set PDF body text ragged-right instead of justified.")
    boolean raggedRight;

    @Option(names = "--toc", negatable = true, description = "Force (--toc) or suppress (--no-toc) a table of contents. "
            + "Default: DOCX gets one when there are 3 or more headings; the PDF gets one with --toc.")
    Boolean toc;

    @Option(names = "--reference-docx", paramLabel = "FILE", description = "Take DOCX styles and page setup from this document.")
    Path referenceDocx;

    @Option(names = "--split-level", paramLabel = "N", description = "EPUB: start a new chapter file at headings of this level (1-6). Default: 1")
    int splitLevel = 1;

    @Option(names = "--resource-path", paramLabel = "DIR", description = "Another folder images may be read from (repeatable).")
    List<Path> resourcePath = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents converted in parallel. Default: number of cores")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--strict", description = "Treat warnings as errors: an input with warnings is not exported.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Print each file written, and stack traces for failures.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings.")
    boolean quiet;

    /** The chosen formats in a fixed order. */
    Set<OutputFormat> outputFormats() {
        if (formats.isEmpty()) {
            return EnumSet.allOf(OutputFormat.class);
        }
        Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        for (String f : formats) {
            set.add(OutputFormat.parse(f));
        }
        return set;
    }

    /** Render options before the per-document timestamp is chosen. */
    RenderOptions renderOptions(Optional<Instant> epoch) {
        if (jobs < 1 || jobs > 256) {
            throw new IllegalArgumentException("--jobs must be between 1 and 256");
        }
        if (splitLevel < 1 || splitLevel > 6) {
            throw new IllegalArgumentException("--split-level must be between 1 and 6");
        }
        RenderOptions.Toc t = toc == null ? RenderOptions.Toc.AUTO : toc ? RenderOptions.Toc.ON : RenderOptions.Toc.OFF;
        return RenderOptions.DEFAULTS
                .withPaper(Paper.parse(paper))
                .withDuplex(duplex)
                .withRaggedRight(raggedRight)
                .withToc(t)
                .withReferenceDocx(referenceDocx)
                .withEpubSplitLevel(splitLevel)
                .withTimestamp(epoch.orElse(RenderOptions.DEFAULT_TIMESTAMP));
    }
}
