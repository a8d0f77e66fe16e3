package imprint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's limits: body size (413), deadline (408 while the body is arriving, 504 while
 * exporting), the bounded queue (503 with Retry-After), and the bearer token (401).
 */
class ServeLimitsTest {
    private static final byte[] DOC = "# A title\n\nSome text.\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutALength() throws Exception {
        try (Service s = Service.start(Service.config().withLimits(1000, Duration.ofSeconds(30), 2, 4))) {
            byte[] big = new byte[1001];
            java.util.Arrays.fill(big, (byte) 'a');
            HttpResponse<byte[]> r = s.post("/v1/export?type=txt", big);
            assertEquals(413, r.statusCode());
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("BODY_TOO_LARGE"));
            // Chunked, so the size is known only once it has been read past the limit.
            HttpRequest chunked = HttpRequest.newBuilder(s.uri("/v1/export?type=txt"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
            assertEquals(413, s.client.send(chunked, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
            // At the limit it is exported.
            byte[] atLimit = java.util.Arrays.copyOf(DOC, 1000);
            java.util.Arrays.fill(atLimit, DOC.length, 1000, (byte) ' ');
            assertEquals(200, s.post("/v1/export?type=md&to=html", atLimit).statusCode());
            HttpRequest chunkedOk = HttpRequest.newBuilder(s.uri("/v1/export?type=md&to=html"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(atLimit))).build();
            assertEquals(200, s.client.send(chunkedOk, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408() throws Exception {
        try (Service s = Service.start(Service.config().withLimits(1 << 20, Duration.ofMillis(400), 2, 4));
             Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", s.server.port()), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/export?type=md HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n# Half a")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(readSome(socket.getInputStream()), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(answer.contains("\"code\":\"TIMEOUT\""), answer);
            // The place it held in the queue is free again.
            waitFor(() -> metric(s, "imprint_requests_in_flight").equals("0"));
        }
    }

    @Test
    void anExportThatRunsOutOfTimeIs504AndItsWorkIsCancelled() throws Exception {
        Service.HeldGate gate = new Service.HeldGate();
        try (Service s = Service.start(Service.config().withLimits(1 << 20, Duration.ofMillis(300), 1, 0), gate)) {
            HttpResponse<byte[]> r = s.post("/v1/export?type=md&to=pdf", DOC);
            assertEquals(504, r.statusCode());
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("\"code\":\"TIMEOUT\""));
            // The worker is still held by the gate: its place stays taken until the work ends.
            assertEquals("1", metric(s, "imprint_requests_in_flight"));
            gate.open.countDown();
            waitFor(() -> metric(s, "imprint_requests_in_flight").equals("0"));
            assertTrue(s.get("/metrics").body().contains("imprint_export_failures_total{code=\"TIMEOUT\"} 1"));
        }
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() throws Exception {
        Service.HeldGate gate = new Service.HeldGate();
        try (Service s = Service.start(Service.config().withLimits(1 << 20, Duration.ofSeconds(60), 1, 1), gate)) {
            CompletableFuture<HttpResponse<byte[]>> first = s.client.sendAsync(post(s, "/v1/export?type=md&to=html"),
                    HttpResponse.BodyHandlers.ofByteArray());
            gate.awaitArrival();
            CompletableFuture<HttpResponse<byte[]>> second = s.client.sendAsync(post(s, "/v1/export?type=md&to=html"),
                    HttpResponse.BodyHandlers.ofByteArray());
            waitFor(() -> metric(s, "imprint_queue_depth").equals("1"));
            HttpResponse<byte[]> third = s.post("/v1/export?type=md&to=html", DOC);
            assertEquals(503, third.statusCode());
            long retry = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1, "Retry-After " + retry);
            assertTrue(new String(third.body(), StandardCharsets.UTF_8).contains("\"code\":\"QUEUE_FULL\""));
            gate.open.countDown();
            assertEquals(200, first.get().statusCode());
            assertEquals(200, second.get().statusCode());
            // Capacity is back once they are done.
            assertEquals(200, s.post("/v1/export?type=md&to=html", DOC).statusCode());
        }
    }

    @Test
    void withATokenEveryExportNeedsIt() throws Exception {
        Path tokenFile = Files.writeString(tmp.resolve("token"), "s3cret-token\n");
        ServeConfig config = ServeConfig.parse(new String[] {"--token-file", tokenFile.toString()}).config();
        assertEquals("s3cret-token", config.token().orElseThrow());
        try (Service s = Service.start(config)) {
            HttpResponse<byte[]> none = s.post("/v1/export?type=md&to=html", DOC);
            assertEquals(401, none.statusCode());
            assertEquals("Bearer realm=\"imprint\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals(401, s.post("/v1/export?type=md&to=html", DOC, "Authorization", "Bearer wrong").statusCode());
            assertEquals(401, s.post("/v1/export?type=md&to=html", DOC, "Authorization", "Basic czNjcmV0LXRva2Vu").statusCode());
            assertEquals(200, s.post("/v1/export?type=md&to=html", DOC, "Authorization", "Bearer s3cret-token").statusCode());
            assertEquals(401, s.get("/metrics").statusCode());
            assertEquals(200, s.get("/metrics", "Authorization", "Bearer s3cret-token").statusCode());
            assertEquals(200, s.get("/healthz").statusCode()); // liveness probes carry no token
        }
        // Without a token file nothing is asked for.
        try (Service s = Service.start(Service.config())) {
            assertEquals(200, s.post("/v1/export?type=md&to=html", DOC).statusCode());
        }
    }

    @Test
    void theDefaultsListenOnLoopbackOnly() throws Exception {
        ServeConfig d = ServeConfig.parse(new String[0]).config();
        assertEquals("127.0.0.1", d.bind());
        assertEquals(8080, d.port());
        assertTrue(d.loopbackOnly());
        assertTrue(!ServeConfig.parse(new String[] {"--bind", "0.0.0.0"}).config().loopbackOnly());
        assertEquals(512 * 1024, ServeConfig.parse(new String[] {"--max-body=512k"}).config().maxBodyBytes());
        assertEquals(Duration.ofMillis(1500), ServeConfig.parse(new String[] {"--timeout", "1500ms"}).config().timeout());
        for (String[] bad : new String[][] {{"--port", "70000"}, {"--max-body", "65m"}, {"--timeout", "soon"},
                {"--workers", "0"}, {"--token-file", tmp.resolve("missing").toString()}, {"--bogus"}, {"article.md"}}) {
            try {
                ServeConfig.parse(bad);
                throw new AssertionError("accepted " + String.join(" ", bad));
            } catch (ServeConfig.UsageException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
        }
    }

    /** A Markdown document with this many footnotes. */
    static byte[] notes(int n) {
        StringBuilder sb = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < n; i++) {
            sb.append("Text[^").append(i).append("].\n\n");
        }
        for (int i = 0; i < n; i++) {
            sb.append("[^").append(i).append("]: Note ").append(i).append(".\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCommandLinesDocumentLimitsAreTheServersAndARequestCannotRaiseThem() throws Exception {
        ServeConfig config = ServeConfig.parse(new String[] {"--max-footnotes", "2", "--max-headings=5"}).config();
        try (Service s = Service.start(config)) {
            HttpResponse<byte[]> over = s.post("/v1/export?type=md&to=html", notes(3));
            String body = new String(over.body(), StandardCharsets.UTF_8);
            assertEquals(422, over.statusCode(), body);
            assertTrue(body.contains("\"code\":\"DOCUMENT_LIMIT\""), body);
            assertTrue(body.contains("has 3 footnotes, more than the limit of 2 (--max-footnotes)"), body);
            // the negative control: at the limit the same document is exported
            HttpResponse<byte[]> at = s.post("/v1/export?type=md&to=html", notes(2));
            assertEquals(200, at.statusCode());
            assertTrue(new String(at.body(), StandardCharsets.UTF_8).contains("Note 1"));
            // the limits are the operator's: a request naming one is refused, not obeyed
            HttpResponse<byte[]> raise = s.post("/v1/export?type=md&to=html&max-footnotes=100", notes(3));
            assertEquals(400, raise.statusCode());
            assertTrue(new String(raise.body(), StandardCharsets.UTF_8).contains("unknown parameter 'max-footnotes'"));
        }
        // without the option the default limit (10,000) lets the same document through
        try (Service s = Service.start(Service.config())) {
            assertEquals(200, s.post("/v1/export?type=md&to=html", notes(3)).statusCode());
        }
    }

    @Test
    void aRequestTakesTheCommandLinesPrintAndBookOptions() throws Exception {
        byte[] book = "# One\n\nText of one.\n\n# Two\n\nText of two.\n".getBytes(StandardCharsets.UTF_8);
        try (Service s = Service.start(Service.config())) {
            HttpResponse<byte[]> print = s.post("/v1/export?type=md&to=pdf&print=kdp&book", book);
            assertEquals(200, print.statusCode(), new String(print.body(), StandardCharsets.ISO_8859_1));
            HttpResponse<byte[]> plain = s.post("/v1/export?type=md&to=pdf", book);
            assertEquals(200, plain.statusCode());
            try (var p = org.apache.pdfbox.Loader.loadPDF(print.body());
                 var q = org.apache.pdfbox.Loader.loadPDF(plain.body())) {
                // a print interior: 6x9 in trim (432 x 648 pt) inside a bleed; the plain PDF is A4 without one
                var trim = p.getPage(0).getTrimBox();
                assertEquals(432, Math.round(trim.getWidth()));
                assertEquals(648, Math.round(trim.getHeight()));
                assertTrue(p.getPage(0).getMediaBox().getWidth() > trim.getWidth());
                assertEquals(595, Math.round(q.getPage(0).getMediaBox().getWidth()));
                assertEquals(q.getPage(0).getMediaBox().getWidth(), q.getPage(0).getTrimBox().getWidth());
            }
            assertEquals(400, s.post("/v1/export?type=md&to=pdf&print=nowhere", book).statusCode());
        }
    }

    private static HttpRequest post(Service s, String path) {
        return HttpRequest.newBuilder(s.uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(DOC)).build();
    }

    /** One value from /metrics. */
    static String metric(Service s, String name) {
        try {
            for (String line : s.get("/metrics").body().split("\n")) {
                if (line.startsWith(name + " ")) {
                    return line.substring(name.length() + 1);
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no metric " + name);
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 30 s");
            }
            Thread.sleep(20);
        }
    }

    private static byte[] readSome(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                b.write(buf, 0, n);
                if (b.toString(StandardCharsets.US_ASCII).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // return what came
        }
        return b.toByteArray();
    }
}
