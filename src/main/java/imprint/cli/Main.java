package imprint.cli;

import imprint.boot.Prewarm;
import imprint.boot.QuietLogging;
import imprint.plan.Timestamps;
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

    /** A subcommand, {@code imprint NAME ARGS...}: runs with the arguments after its name, returns the exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /**
     * The subcommand the first argument names, or null when the command line is an export (the
     * default command). A subcommand is added here; its classes load only when it runs. A folder
     * of documents named like a subcommand is exported with {@code imprint ./NAME}.
     */
    static Command subcommand(String[] args) {
        if (args.length == 0) {
            return null;
        }
        return switch (args[0]) {
            case "serve" -> imprint.serve.ServeCommand::run;
            case "preflight" -> imprint.preflight.PreflightCommand::run;
            default -> null;
        };
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("spark")) { // before QuietLogging: Spark brings and configures its own
            System.exit(imprint.spark.SparkCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.err));
        }
        QuietLogging.install();
        if (subcommand(args) == null) {
            Prewarm.startIfUseful(Options.formatsFor(args));
        }
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
        QuietLogging.install();
        Command sub = subcommand(args);
        if (sub != null) {
            return sub.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("imprint: " + e.getMessage());
            err.println("Try 'imprint --help' for more information.");
            return ExitCode.USAGE.code();
        }
        if (options.help) {
            out.print(Options.usage());
            out.flush();
            return ExitCode.OK.code();
        }
        if (options.version) {
            out.println("imprint " + imprint.Imprint.version());
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
}
