package imprint.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The measurement that chose the HTTP server (README, Export service): the same exporter, work
 * queue and answers as {@code imprint serve}, behind the JDK's {@code com.sun.net.httpserver}
 * instead of Jetty; plain bodies only. Run by {@code SERVER=jdk src/bench/serve.sh}:
 * {@code java -cp target/test-classes:target/imprint.jar imprint.serve.JdkServerProbe PORT}.
 */
public final class JdkServerProbe {
    private JdkServerProbe() {
    }

    public static void main(String[] args) throws Exception {
        imprint.boot.QuietLogging.install();
        ServeConfig config = ServeConfig.defaults().withPort(Integer.parseInt(args[0]));
        WorkQueue queue = new WorkQueue(config.workers(), config.queue());
        Exporter exporter = new Exporter(List.of(), Files.createTempDirectory("probe"), Exporter.Gate.OPEN);
        Metrics metrics = new Metrics(queue);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.port()), 128);
        // Handlers block until their export is done, so one thread per connection the load uses.
        server.setExecutor(Executors.newFixedThreadPool(80));
        server.createContext("/healthz", x -> send(x, Answer.text(200, "application/json", "{\"status\":\"ok\"}\n")));
        server.createContext("/metrics", x -> send(x, Answer.text(200, "text/plain; version=0.0.4", metrics.text())));
        server.createContext("/v1/export", x -> {
            long start = System.nanoTime();
            Answer a = export(x, config, queue, exporter, metrics);
            metrics.request("export", a.status());
            metrics.exportLatency(System.nanoTime() - start);
            send(x, a);
        });
        server.start();
        System.out.println("listening on " + config.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(1)));
    }

    private static Answer export(HttpExchange x, ServeConfig config, WorkQueue queue, Exporter exporter, Metrics metrics)
            throws IOException {
        try {
            ExportParams params = ExportParams.parse(query(x.getRequestURI().getRawQuery()), Optional.empty());
            WorkQueue.Ticket ticket = queue.admit();
            if (ticket == null) {
                metrics.failure("QUEUE_FULL");
                return Answer.refusal(new Refusal(503, "QUEUE_FULL", "busy"), 1);
            }
            byte[] body;
            try {
                body = x.getRequestBody().readNBytes((int) config.maxBodyBytes() + 1);
            } catch (IOException e) {
                ticket.release();
                throw e;
            }
            imprint.read.InputFormat type = params.type().orElse(imprint.read.InputFormat.TEXT);
            Upload u = new Upload(body, params.name().orElse(Upload.defaultName(type)), type, Map.of(), null);
            Exporter.Job job = exporter.start(u, params, ticket);
            Exporter.Export e = job.result.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return Answer.export(e);
        } catch (Refusal r) {
            return Answer.refusal(r, 1);
        } catch (Exception e) {
            return Answer.refusal(new Refusal(500, "RENDER_FAILED", String.valueOf(e)), 1);
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> m = new HashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int eq = kv.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                m.computeIfAbsent(k, n -> new ArrayList<>()).add(v);
            }
        }
        return m;
    }

    private static void send(HttpExchange x, Answer a) throws IOException {
        for (String[] h : a.headers()) {
            x.getResponseHeaders().add(h[0], h[1]);
        }
        x.sendResponseHeaders(a.status(), a.body().length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(a.body());
        }
    }
}
