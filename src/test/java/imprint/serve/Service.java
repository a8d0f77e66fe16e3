package imprint.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A service on an ephemeral loopback port for one test, and a client for it. */
final class Service implements AutoCloseable {
    final ExportServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Service(ExportServer server) {
        this.server = server;
    }

    static Service start(ServeConfig config) throws Exception {
        return start(config, Exporter.Gate.OPEN);
    }

    static Service start(ServeConfig config, Exporter.Gate gate) throws Exception {
        return new Service(ExportServer.start(config.withPort(0).withQuiet(true), gate));
    }

    static ServeConfig config() {
        return ServeConfig.defaults();
    }

    URI uri(String pathAndQuery) {
        return URI.create(server.url() + pathAndQuery);
    }

    HttpResponse<byte[]> post(String pathAndQuery, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Holds every render at its start until opened; tells when a render has arrived. */
    static final class HeldGate implements Exporter.Gate {
        final CountDownLatch arrived = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public void enter(imprint.render.OutputFormat format) throws InterruptedException {
            arrived.countDown();
            if (!open.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        }

        void awaitArrival() throws InterruptedException {
            if (!arrived.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no render started");
            }
        }
    }
}
