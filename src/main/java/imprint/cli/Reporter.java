package imprint.cli;

import imprint.diag.Diagnostic;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Everything the command prints: diagnostics and errors (stderr), progress on a terminal
 * (stderr, rewritten in place) and the closing summary (stdout). Synchronized, because
 * documents finish on several threads.
 */
final class Reporter {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean progress;
    private final boolean quiet;
    private final boolean verbose;
    private final long start = System.nanoTime();
    private boolean progressShown;

    Reporter(PrintStream out, PrintStream err, boolean terminal, boolean quiet, boolean verbose) {
        this.out = out;
        this.err = err;
        this.progress = terminal && !quiet;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    synchronized void diagnostics(String file, List<Diagnostic> diagnostics) {
        clearProgress();
        for (Diagnostic d : diagnostics) {
            if (!quiet || d.severity() != imprint.diag.Severity.NOTICE) {
                err.println(d.format(file));
            }
        }
    }

    /** One error line: {@code file: error: problem [CODE]}. */
    synchronized void error(String file, String problem, String code, Throwable cause) {
        clearProgress();
        err.println(file + ": error: " + oneLine(problem) + " [" + code + "]");
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
    }

    synchronized void wrote(String path) {
        if (verbose) {
            clearProgress();
            out.println("wrote " + path);
        }
    }

    synchronized void progress(int done, int total, String current) {
        if (progress) {
            err.print("\r\033[K[" + done + "/" + total + "] " + current + "  " + elapsed());
            err.flush();
            progressShown = true;
        }
    }

    synchronized void summary(int documents, int failed, int files, String outDir) {
        clearProgress();
        if (quiet && failed == 0) {
            return;
        }
        String docs = documents == 1 ? "1 document" : documents + " documents";
        String result = failed == 0 ? "all exported" : (documents - failed) + " exported, " + failed + " failed";
        out.println("imprint: " + docs + ", " + result + "; " + files + (files == 1 ? " file" : " files")
                + " written to " + outDir + " in " + elapsed());
        out.flush();
    }

    String elapsed() {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r\033[K");
            progressShown = false;
        }
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown problem";
        }
        String line = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
