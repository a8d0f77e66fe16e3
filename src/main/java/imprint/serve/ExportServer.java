package imprint.serve;

import imprint.render.OutputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The running export service: Jetty's core HTTP server in front of an {@link ExportHandler},
 * a {@link WorkQueue} of export workers and the deadline timer. {@link #stop} is graceful: the
 * listener closes, requests in flight are finished and answered, then the workers stop.
 */
public final class ExportServer implements AutoCloseable {
    /** A document using every construct, rendered once per format before the port opens. */
    private static final String WARM_UP = """
            ---
            title: Warm-up
            author: imprint
            lang: en
            ---
            # A heading

            Some *emphasis*, **strong** text, `code`, a [link](https://example.org) and a note.[^1]

            - a list item
            - another

            1. numbered

            > A quotation.

            | a | b |
            |---|---|
            | 1 | 2 |

            ```
            code block
            ```

            [^1]: The note.
            """;

    private final Server server;
    private final ServerConnector connector;
    private final ExportHandler handler;
    private final WorkQueue queue;
    private final ScheduledExecutorService timer;
    private final Path emptyFolder;
    private final ServeConfig config;

    private ExportServer(ServeConfig config, Exporter.Gate gate, Optional<Instant> epoch, boolean warmUp) throws Exception {
        imprint.boot.QuietLogging.install(); // the libraries' logging, as the command line sets it
        this.config = config;
        this.emptyFolder = Files.createTempDirectory("imprint-serve-empty-");
        this.queue = new WorkQueue(config.workers(), config.queue());
        Exporter exporter = new Exporter(config.resourcePath(), emptyFolder, gate);
        Metrics metrics = new Metrics(queue);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imprint-deadlines");
            t.setDaemon(true);
            return t;
        });
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("imprint-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        // Idle connections are closed after this; a request's own deadline is shorter.
        connector.setIdleTimeout(Math.max(30_000, config.timeout().toMillis() + 5_000));
        server.addConnector(connector);
        this.handler = new ExportHandler(config, queue, exporter, metrics, timer, epoch);
        server.setHandler(new GracefulHandler(handler));
        // In-flight requests end by their deadline at the latest; a second for the last answers.
        server.setStopTimeout(config.timeout().toMillis() + 1_000);
        server.setStopAtShutdown(false);
        try {
            // Bind first, so that a port in use is reported at once; connections made during
            // the warm-up wait in the listen backlog.
            connector.open();
            if (warmUp) {
                warmUp(exporter);
            }
            server.start();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** Starts the service with the server's SOURCE_DATE_EPOCH, after a warm-up render of every format. */
    public static ExportServer start(ServeConfig config, Optional<Instant> epoch) throws Exception {
        return new ExportServer(config, Exporter.Gate.OPEN, epoch, true);
    }

    /** For tests: a gate before each render, and no warm-up. */
    static ExportServer start(ServeConfig config, Exporter.Gate gate) throws Exception {
        return new ExportServer(config, gate, Optional.empty(), false);
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address to print: {@code http://host:port}. */
    public String url() {
        String host = config.bind().contains(":") && !config.bind().startsWith("[") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port();
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops gracefully: /healthz turns 503, the listener closes, requests in flight are
     * finished (each within its deadline), then the workers stop.
     */
    public void stop() {
        handler.stopping();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway
        }
        close();
    }

    @Override
    public void close() {
        try {
            queue.shutdown(config.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            Files.deleteIfExists(emptyFolder);
        } catch (IOException e) {
            // a leftover empty temporary folder
        }
    }

    /** One render of every format, so that the first request does not pay for class loading and fonts. */
    private void warmUp(Exporter exporter) {
        WorkQueue.Ticket t = queue.admit();
        Upload u = new Upload(WARM_UP.getBytes(StandardCharsets.UTF_8), "warm-up.md", imprint.read.InputFormat.MARKDOWN,
                Map.of(), null);
        ExportParams p = new ExportParams(EnumSet.allOf(OutputFormat.class), Optional.empty(), Optional.empty(), config.export(),
                imprint.plan.RenderOptions.DEFAULTS.withPinnedTime(Instant.EPOCH.plusSeconds(315532800L)));
        try {
            exporter.start(u, p, t).result.join();
        } catch (RuntimeException e) {
            // the real requests will report whatever this hit
        }
    }
}
