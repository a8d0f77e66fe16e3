package imprint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The command-line entry point. {@link #run} does all the work and returns the exit code,
 * so tests call it directly; only {@link #main} exits the process.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        Prewarm.startIfUseful(args);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, System.getenv("SOURCE_DATE_EPOCH"), System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command without a terminal and with SOURCE_DATE_EPOCH from the environment. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv("SOURCE_DATE_EPOCH"), false);
    }

    /**
     * Runs the command.
     *
     * @param sourceDateEpoch the SOURCE_DATE_EPOCH value, or null
     * @param terminal        whether stderr is a terminal (shows progress)
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(String[] args, PrintStream out, PrintStream err, String sourceDateEpoch, boolean terminal) {
        quietLibraryLogging();
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("imprint: " + e.getMessage());
            err.println("Try 'imprint --help' for more information.");
            return ExitCode.USAGE.code();
        }
        if (options.help) {
            out.print(Options.USAGE);
            out.flush();
            return ExitCode.OK.code();
        }
        if (options.version) {
            out.println("imprint " + Version.get());
            out.println("Java " + System.getProperty("java.version"));
            return ExitCode.OK.code();
        }
        Optional<Instant> epoch;
        try {
            epoch = Timestamps.fromEpochVariable(sourceDateEpoch);
            options.outputFormats();
            options.renderOptions(epoch);
        } catch (IllegalArgumentException e) {
            err.println("imprint: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Reporter reporter = new Reporter(out, err, terminal, options.quiet, options.verbose);
        return new BatchRunner(options, reporter, epoch).run().code();
    }

    /**
     * POI logs through Log4j 2 and, without a logging backend, Log4j prints a warning to
     * stderr; the command line reports through diagnostics instead. PDFBox logs through
     * Commons Logging, which is given a factory that drops everything (see {@link SilentLogFactory}).
     */
    private static void quietLibraryLogging() {
        if (System.getProperty(org.apache.commons.logging.LogFactory.FACTORY_PROPERTY) == null) {
            System.setProperty(org.apache.commons.logging.LogFactory.FACTORY_PROPERTY, SilentLogFactory.class.getName());
        }
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.StatusLogger.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        }
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        if (System.getProperty("org.apache.logging.log4j.level") == null) {
            System.setProperty("org.apache.logging.log4j.level", "OFF");
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
