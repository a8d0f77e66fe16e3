package imprint.spark;

import imprint.ExportOptions;
import imprint.Imprint;
import imprint.plan.RenderOptions;
import imprint.plan.Timestamps;
import imprint.render.OutputFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Spark job's command line: {@code --in} and {@code --out} as Hadoop paths, the command
 * line's render options with the same names and meanings ({@code imprint --help}), and the
 * options a cluster run needs besides (limits, {@code --resume}, where the results go).
 * Parsed on the driver only; tasks get a {@link JobSettings}.
 */
public final class JobOptions {
    static String usage() {
        return """
            Usage: imprint spark --in PATH [--in PATH]... --out PATH [OPTION]...
                   spark-submit --class imprint.spark.ExportJob imprint.jar --in PATH --out PATH [OPTION]...
            Exports every .txt, .md and .markdown file under PATH (any Hadoop path: a local
            folder, hdfs://, s3a://; sub-folders included) with Apache Spark. Each input
            IN/dir/name.ext becomes OUT/dir/name.pdf, .epub, .docx, as the command line names them,
            and OUT/_imprint/results (Parquet) gets one row per document and format.

                  --in=PATH           A folder or file to export (repeatable).
              -o, --out=PATH          Output folder (created if missing).
                  --to=FORMAT[,FORMAT...]
                                      Formats to write: %s. Default: %s
                  --paper=SIZE, --print=PRINTER, --interior=PAPER, --interior-color=C, --book,
                  --duplex, --page-list-from-pdf, --ragged-right, --[no-]toc, --reference-docx=FILE, --docx-style=STYLE,
                  --docx-contact=TEXT, --split-level=N, --resource-path=DIR, --font-dir=DIR,
                  --strict, --timeout=SECONDS, --max-image-megapixels=N, --max-footnotes=N,
                  --max-headings=N, --max-table-cells=N
                                      As for the command line, with the same defaults
                                        (imprint --help). --font-dir is a local folder of
                                        every executor; --time-limit is --timeout.
                  --max-bytes=N       Larger inputs fail alone without being read. Default: %d
                  --resume            Skip documents whose exports already exist with the
                                        recorded content hash (same input, options, images).
                  --results=PATH      Where the results table goes. Default: OUT/_imprint/results
                  --partitions=N      Tasks to split the documents into. Default: about 500
                                        documents a task, at least four per core.
                  --master=URL        Spark master when not started by spark-submit.
                                        Default: local[*]
              -q, --quiet             Print only failures and the summary line.
              -h, --help              Show this help message and exit.

            Exit status: 0 all exported (or skipped), 1 some document failed, 2 usage error.
            Honours SOURCE_DATE_EPOCH (read on the driver) for the dates written into outputs.
            """.formatted(OutputFormat.names(),
                String.join(",", OutputFormat.defaults().stream().map(OutputFormat::extension).toList()),
                Imprint.MAX_INPUT_BYTES);
    }

    final List<String> inputs = new ArrayList<>();
    String out;
    /** The options shared with the command line and the service: formats, render options, limits. */
    final ExportOptions export = new ExportOptions("--");
    String referenceDocx;
    final List<String> resourcePath = new ArrayList<>();
    long maxBytes = Imprint.MAX_INPUT_BYTES;
    boolean resume;
    String results;
    int partitions;
    String master;
    boolean quiet;
    boolean help;

    /** A command line that cannot be understood; the message is shown to the user. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Parses {@code --name=value} and {@code --name value}; every value is checked here. */
    public static JobOptions parse(String[] args) throws UsageException {
        JobOptions o = new JobOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                name = a.substring(0, a.indexOf('='));
                inline = a.substring(a.indexOf('=') + 1);
            }
            if (o.flag(name)) {
                if (inline != null) {
                    throw new UsageException("option '" + name + "' takes no value");
                }
                continue;
            }
            if (!a.startsWith("-")) {
                throw new UsageException("unexpected argument '" + a + "' (inputs are given with --in)");
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
        if (o.help) {
            return o;
        }
        if (o.inputs.isEmpty()) {
            throw new UsageException("no input: give --in PATH");
        }
        if (o.out == null) {
            throw new UsageException("no output folder: give --out PATH");
        }
        try {
            o.outputFormats();
            o.renderOptions(Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return o;
    }

    private boolean flag(String name) {
        if (name.startsWith("--") && export.flag(name.substring(2))) {
            return true;
        }
        switch (name) {
            case "--resume" -> resume = true;
            case "-q", "--quiet" -> quiet = true;
            case "-v", "--verbose" -> quiet = false;
            case "-h", "--help" -> help = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    private void valued(String name, String value) throws UsageException {
        switch (name) {
            case "--in" -> inputs.add(nonEmpty(name, value));
            case "-o", "--out" -> out = nonEmpty(name, value);
            case "--reference-docx" -> referenceDocx = nonEmpty(name, value);
            case "--resource-path" -> resourcePath.add(nonEmpty(name, value));
            case "--time-limit", "--timeout" -> export.valued("timeout", Long.toString(number(name, value, 1, 24 * 3600)));
            case "--max-bytes" -> maxBytes = number(name, value, 1, Imprint.MAX_INPUT_BYTES);
            case "--results" -> results = nonEmpty(name, value);
            case "--partitions" -> partitions = (int) number(name, value, 1, 1_000_000);
            case "--master" -> master = nonEmpty(name, value);
            case "-j", "--jobs" -> throw new UsageException("option '" + name + "' is the command line's; with Spark the"
                    + " parallelism is the cluster's (executor cores, or --master local[N])");
            default -> {
                try {
                    if (!name.startsWith("--") || !export.valued(name.substring(2), value)) {
                        throw new UsageException("unknown option '" + name + "'");
                    }
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
        }
    }

    private static String nonEmpty(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("option '" + name + "' needs a value");
        }
        return value;
    }

    private static long number(String name, String value, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + name + "' needs a whole number, not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new UsageException("option '" + name + "' must be between " + min + " and " + max);
        }
        return n;
    }

    /** The options shared with the command line and the service. */
    public ExportOptions export() {
        return export;
    }

    /** The chosen formats in a fixed order (the registry's, as the command line). */
    public Set<OutputFormat> outputFormats() {
        return export.outputFormats();
    }

    /**
     * The render options, built as the command line builds them, except that the reference
     * DOCX is left out: it is read on the driver and handed to executors as bytes.
     */
    public RenderOptions renderOptions(Optional<Instant> epoch) {
        return export.renderOptions(epoch);
    }

    /** SOURCE_DATE_EPOCH of the driver: executors may not share its environment. */
    static Optional<Instant> epoch(String sourceDateEpoch) {
        return Timestamps.fromEpochVariable(sourceDateEpoch);
    }
}
