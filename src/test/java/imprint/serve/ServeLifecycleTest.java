package imprint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start and stop: /healthz, /metrics as Prometheus text (read back with the Prometheus
 * project's own parser), a graceful stop that finishes the request in flight, and the same
 * for SIGTERM sent to a real {@code imprint serve} process.
 */
class ServeLifecycleTest {
    private static final byte[] DOC = "# A title\n\nSome text.\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void healthz() throws Exception {
        try (Service s = Service.start(Service.config())) {
            HttpResponse<String> r = s.get("/healthz");
            assertEquals(200, r.statusCode());
            assertEquals("{\"status\":\"ok\"}\n", r.body());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void metricsAreValidPrometheusTextAndCount() throws Exception {
        try (Service s = Service.start(Service.config())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, s.post("/v1/export?type=md&to=html,docx", DOC).statusCode());
            }
            assertEquals(415, s.post("/v1/export", DOC).statusCode());
            HttpResponse<String> r = s.get("/metrics");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
            Map<String, Double> samples = PrometheusText.parse(r.body());
            assertEquals(3.0, samples.get("imprint_http_requests_total{code=200,route=export}"));
            assertEquals(1.0, samples.get("imprint_http_requests_total{code=415,route=export}"));
            assertEquals(1.0, samples.get("imprint_export_failures_total{code=UNSUPPORTED_TYPE}"));
            assertEquals(3.0, samples.get("imprint_formats_rendered_total{format=docx}"));
            assertEquals(0.0, samples.get("imprint_queue_depth"));
            assertEquals(0.0, samples.get("imprint_requests_in_flight"));
            assertTrue(samples.get("process_resident_memory_bytes") > 1e6);
            // The histogram is cumulative and its +Inf bucket is its count.
            double previous = 0;
            for (double le : Metrics.BUCKETS) {
                double v = samples.get("imprint_export_duration_seconds_bucket{le=" + PrometheusText.number(le) + "}");
                assertTrue(v >= previous);
                previous = v;
            }
            assertEquals(4.0, samples.get("imprint_export_duration_seconds_bucket{le=+Inf}"));
            assertEquals(4.0, samples.get("imprint_export_duration_seconds_count"));
        }
    }

    @Test
    void theMetricsParserRejectsBrokenText() {
        // Negative controls for the validator used above.
        assertThrows(AssertionError.class, () -> PrometheusText.parse("# TYPE x counter\nx{a=\"1\" 3\n"));
        assertThrows(AssertionError.class, () -> PrometheusText.parse("x_total 1\nx_total abc\n"));
    }

    @Test
    void stoppingFinishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
        Service.HeldGate gate = new Service.HeldGate();
        Service s = Service.start(Service.config(), gate);
        CompletableFuture<HttpResponse<byte[]>> inFlight = s.client.sendAsync(
                HttpRequest.newBuilder(s.uri("/v1/export?type=md&to=pdf")).POST(HttpRequest.BodyPublishers.ofByteArray(DOC)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        gate.awaitArrival();
        URI health = s.uri("/healthz"); // the port reads -2 once the listener is closed
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(s::close);
        // The listener closes while the request is still held.
        HttpClient fresh = HttpClient.newHttpClient();
        ServeLimitsTest.waitFor(() -> {
            try {
                fresh.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                return false;
            } catch (ConnectException e) {
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(!stopped.isDone(), "stop returned with a request in flight");
        gate.open.countDown();
        HttpResponse<byte[]> r = inFlight.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        stopped.get(60, TimeUnit.SECONDS);
    }

    @Test
    void sigtermFinishesTheRequestInFlight() throws Exception {
        // A document long enough to be still in flight when the signal comes.
        StringBuilder book = new StringBuilder("# A long document\n\n");
        String seed = Files.readString(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        for (int i = 0; i < 150; i++) {
            book.append("## Part ").append(i + 1).append("\n\n").append(seed.replace("\n", "\n\n")).append("\n\n");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "imprint.cli.Main", "serve", "--port", "0"));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("stderr.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) ").matcher(String.valueOf(line));
            assertTrue(m.find(), "first line: " + line + "; stderr: " + Files.readString(tmp.resolve("stderr.txt")));
            String base = m.group(1);
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<byte[]>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/v1/export?type=md&to=pdf,epub,docx"))
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString(book.toString())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ServeLimitsTest.waitFor(() -> {
                try {
                    String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                    return metrics.contains("\nimprint_requests_in_flight 1\n");
                } catch (Exception e) {
                    return false;
                }
            });
            p.destroy(); // SIGTERM
            HttpResponse<byte[]> r = inFlight.get(120, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().length > 100_000);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the service did not stop");
            assertTrue(Files.readString(tmp.resolve("stderr.txt")).contains("imprint serve: stopped"));
        } finally {
            p.destroyForcibly();
        }
    }
}
