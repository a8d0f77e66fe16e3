package imprint.serve;

import imprint.plan.Timestamps;
import java.io.PrintStream;
import java.net.BindException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code imprint serve}: runs the export service until SIGTERM or Ctrl-C, then stops
 * gracefully (requests in flight are finished). Exit status 0 after a clean stop, 1 when the
 * service cannot start, 2 for a usage error.
 */
public final class ServeCommand {
    private ServeCommand() {
    }

    /** Runs the service; returns when it has stopped. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ServeConfig.Parsed parsed;
        Optional<Instant> epoch;
        try {
            parsed = ServeConfig.parse(args);
            epoch = Timestamps.fromEpochVariable(System.getenv("SOURCE_DATE_EPOCH"));
        } catch (ServeConfig.UsageException | IllegalArgumentException e) {
            err.println("imprint serve: " + e.getMessage());
            err.println("Try 'imprint serve --help' for more information.");
            return 2;
        }
        if (parsed.help()) {
            out.print(ServeConfig.usage());
            out.flush();
            return 0;
        }
        ServeConfig config = parsed.config();
        if (!config.loopbackOnly()) {
            err.println("imprint serve: warning: listening on " + config.bind() + ", reachable beyond this machine"
                    + (config.token().isEmpty() ? ", and without a token (--token-file)" : ""));
        }
        ExportServer server;
        try {
            server = ExportServer.start(config, epoch);
        } catch (Exception e) {
            Throwable c = e;
            while (c.getCause() != null && !(c instanceof BindException)) {
                c = c.getCause();
            }
            err.println("imprint serve: cannot listen on " + config.bind() + ":" + config.port() + ": " + c.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> {
            server.stop();
            if (!config.quiet()) {
                err.println("imprint serve: stopped");
                err.flush();
            }
        }, "imprint-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!config.quiet()) {
            out.println("imprint serve: listening on " + server.url() + " (POST /v1/export, GET /healthz, GET /metrics)");
            out.flush();
        }
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
