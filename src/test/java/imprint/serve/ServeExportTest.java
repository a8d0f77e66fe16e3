package imprint.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.cli.Main;
import imprint.render.OutputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service returns the bytes the command line writes for the same input and options: every
 * format of the registry, one at a time and zipped together, with render options as query
 * parameters, and with images and a reference DOCX sent as multipart parts.
 */
class ServeExportTest {
    private static final Path SEED = Path.of("seeds/france-girds-against-cyberattacks.txt");
    private static final Path KITCHEN = Path.of("src/test/resources/fixtures/kitchen-sink.md");
    private static final Path IMAGE = Path.of("src/test/resources/fixtures/images/gradient.png");

    private static Service service;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        service = Service.start(Service.config());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** What {@code imprint ARGS -o DIR} writes, by file name. */
    private Map<String, byte[]> cli(Path out, String... args) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("-q", "-o", out.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), null, false);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var s = Files.list(out)) {
            for (Path p : s.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                files.put(e.getName(), z.readAllBytes());
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name + " differs from the command line's"));
    }

    @Test
    void eachFormatIsTheFileTheCommandLineWrites() throws Exception {
        byte[] body = Files.readAllBytes(SEED);
        for (OutputFormat f : OutputFormat.values()) {
            Path out = Files.createDirectory(tmp.resolve(f.extension()));
            Map<String, byte[]> expected = cli(out, "--to", f.extension(), SEED.toString());
            HttpResponse<byte[]> r = service.post("/v1/export?to=" + f.extension() + "&name=" + SEED.getFileName(), body,
                    "Content-Type", "text/plain");
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals(f.mediaType(), r.headers().firstValue("Content-Type").orElseThrow());
            String name = f.fileName("france-girds-against-cyberattacks");
            assertEquals("attachment; filename=\"" + name + "\"", r.headers().firstValue("Content-Disposition").orElseThrow());
            assertSameFiles(expected, Map.of(name, r.body()));
        }
    }

    @Test
    void severalFormatsComeAsAZipOfTheSameFiles() throws Exception {
        Map<String, byte[]> expected = cli(tmp, "--to", "pdf,epub,docx,html", SEED.toString());
        HttpResponse<byte[]> r = service.post("/v1/export?to=pdf,epub,docx,html&type=txt&name=" + SEED.getFileName(),
                Files.readAllBytes(SEED));
        assertEquals(200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElseThrow());
        assertSameFiles(expected, unzip(r.body()));
        // The zip itself is reproducible too.
        HttpResponse<byte[]> again = service.post("/v1/export?to=pdf,epub,docx,html&type=txt&name=" + SEED.getFileName(),
                Files.readAllBytes(SEED));
        assertArrayEquals(r.body(), again.body());
    }

    @Test
    void noFormatsMeansTheCommandLinesDefaults() throws Exception {
        Map<String, byte[]> expected = cli(tmp, SEED.toString());
        HttpResponse<byte[]> r = service.post("/v1/export?name=" + SEED.getFileName(), Files.readAllBytes(SEED));
        assertSameFiles(expected, unzip(r.body()));
    }

    @Test
    void renderOptionsAreTheCommandLinesOptions() throws Exception {
        Map<String, byte[]> expected = cli(tmp, "--to", "pdf,epub,docx", "--paper", "letter", "--duplex", "--ragged-right",
                "--toc", "--split-level", "2", KITCHEN.toString());
        // The image is sent along, as it sits beside the file for the command line.
        HttpResponse<byte[]> r = multipart("/v1/export?to=pdf,epub,docx&paper=letter&duplex&ragged-right=true&toc=on&split-level=2",
                Map.of("document", part("kitchen-sink.md", Files.readAllBytes(KITCHEN)),
                        "images/gradient.png", part("gradient.png", Files.readAllBytes(IMAGE))));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertSameFiles(expected, unzip(r.body()));
    }

    @Test
    void sourceDateEpochAndNoTocAsParameters() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("epoch"));
        List<String> args = List.of("--to", "pdf,epub,docx", "--no-toc", "-q", "-o", out.toString(), KITCHEN.toString());
        int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), "1700000000", false);
        assertEquals(0, code);
        HttpResponse<byte[]> r = multipart("/v1/export?to=pdf,epub,docx&toc=off&source-date-epoch=1700000000",
                Map.of("document", part("kitchen-sink.md", Files.readAllBytes(KITCHEN)),
                        "images/gradient.png", part("gradient.png", Files.readAllBytes(IMAGE))));
        assertEquals(200, r.statusCode());
        Map<String, byte[]> files = unzip(r.body());
        for (String f : List.of("kitchen-sink.pdf", "kitchen-sink.epub", "kitchen-sink.docx")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), files.get(f), f);
        }
    }

    @Test
    void aReferenceDocxPartIsTheReferenceDocxOption() throws Exception {
        Path refDir = Files.createDirectory(tmp.resolve("ref"));
        Path reference = refDir.resolve("france-girds-against-cyberattacks.docx");
        cli(refDir, "--to", "docx", "--paper", "a5", SEED.toString());
        Path out = Files.createDirectory(tmp.resolve("out"));
        Map<String, byte[]> expected = cli(out, "--to", "docx", "--reference-docx", reference.toString(), KITCHEN.toString());
        HttpResponse<byte[]> r = multipart("/v1/export?to=docx", Map.of(
                "document", part("kitchen-sink.md", Files.readAllBytes(KITCHEN)),
                "images/gradient.png", part("gradient.png", Files.readAllBytes(IMAGE)),
                "reference-docx", part("styles.docx", Files.readAllBytes(reference))));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertSameFiles(expected, Map.of("kitchen-sink.docx", r.body()));
    }

    @Test
    void diagnosticsComeInAJsonHeader() throws Exception {
        HttpResponse<byte[]> r = service.post("/v1/export?to=html&name=a.txt", Files.readAllBytes(SEED));
        String d = r.headers().firstValue(Answer.DIAGNOSTICS).orElseThrow();
        // The seed's trailing boilerplate line is dropped with a notice, as on the command line.
        assertTrue(d.startsWith("[{\"severity\":\"notice\",\"code\":\"BOILERPLATE_DROPPED\""), d);
        assertTrue(d.contains("\"line\":19,\"column\":1"), d);
        HttpResponse<byte[]> md = service.post("/v1/export?to=html&type=md", "# Hi\n\n![gone](missing.png)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, md.statusCode());
        assertTrue(md.headers().firstValue(Answer.DIAGNOSTICS).orElseThrow().contains("\"code\":\"IMAGE_NOT_FOUND\""));
        // The server's own files are never reachable from a document.
        HttpResponse<byte[]> escape = service.post("/v1/export?to=html&type=md",
                "# Hi\n\n![x](../../../../etc/passwd)\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(escape.headers().firstValue(Answer.DIAGNOSTICS).orElseThrow().contains("IMAGE_OUTSIDE_ROOT"));
    }

    @Test
    void strictRefusesADocumentWithWarnings() throws Exception {
        HttpResponse<byte[]> r = service.post("/v1/export?to=html&type=md&strict",
                "# Hi\n\n![gone](missing.png)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"code\":\"STRICT_FAILED\""), body);
        assertTrue(body.contains("IMAGE_NOT_FOUND"), body);
    }

    @Test
    void badDocumentsAndRequestsAreRefusedWithACode() throws Exception {
        assertRefused(422, "INPUT_EMPTY", service.post("/v1/export?type=md", "  \n".getBytes(StandardCharsets.UTF_8)));
        assertRefused(422, "INPUT_ENCODING", service.post("/v1/export?type=txt", new byte[] {'a', (byte) 0xC3, 'b'}));
        assertRefused(400, "BAD_REQUEST", service.post("/v1/export?type=md&fromat=pdf", "# x".getBytes(StandardCharsets.UTF_8)));
        assertRefused(400, "BAD_REQUEST", service.post("/v1/export?type=md&to=tiff", "# x".getBytes(StandardCharsets.UTF_8)));
        assertRefused(400, "BAD_REQUEST", service.post("/v1/export?type=md&paper=huge", "# x".getBytes(StandardCharsets.UTF_8)));
        assertRefused(415, "UNSUPPORTED_TYPE", service.post("/v1/export", "# x".getBytes(StandardCharsets.UTF_8)));
        // A query Java's own URI class refuses to build, so it goes over a plain socket.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", service.server.port())) {
            socket.getOutputStream().write(("POST /v1/export?type=md&name=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                    + "Connection: close\r\n\r\n# x").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.contains("\"code\":\"BAD_REQUEST\""), answer);
        }
        assertRefused(400, "BAD_REQUEST", multipart("/v1/export?to=pdf",
                Map.of("doc", part("a.md", "# x".getBytes(StandardCharsets.UTF_8)))));
        assertRefused(400, "BAD_REQUEST", multipart("/v1/export?to=pdf", Map.of(
                "document", part("a.md", "# x".getBytes(StandardCharsets.UTF_8)),
                "../escape.png", part("e.png", Files.readAllBytes(IMAGE)))));
        assertEquals(404, service.get("/v2/export").statusCode());
        assertEquals(405, service.get("/v1/export").statusCode());
    }

    @Test
    void theContentTypeSaysHowToReadTheBody() throws Exception {
        byte[] md = "Title\n\n*not emphasis in text*\n".getBytes(StandardCharsets.UTF_8);
        byte[] asMarkdown = service.post("/v1/export?to=html", md, "Content-Type", "text/markdown; charset=utf-8").body();
        byte[] asText = service.post("/v1/export?to=html", md, "Content-Type", "text/plain").body();
        assertTrue(new String(asMarkdown, StandardCharsets.UTF_8).contains("<em>"));
        assertTrue(!new String(asText, StandardCharsets.UTF_8).contains("<em>"));
    }

    private static void assertRefused(int status, String code, HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), body);
        assertTrue(body.contains("\"code\":\"" + code + "\""), body);
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
    }

    private record Part(String fileName, byte[] bytes) {
    }

    private static Part part(String fileName, byte[] bytes) {
        return new Part(fileName, bytes);
    }

    private static HttpResponse<byte[]> multipart(String pathAndQuery, Map<String, Part> parts) throws Exception {
        String boundary = "imprint-test-boundary-7d1f";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Map.Entry<String, Part> e : new java.util.TreeMap<>(parts).entrySet()) {
            b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\""
                    + e.getValue().fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.write(e.getValue().bytes());
            b.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        b.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return service.post(pathAndQuery, b.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    /** {@code notes=end} asks the service for endnotes as {@code --notes end} asks the command line. */
    @Test
    void notesEndIsTheCommandLinesEndnotes() throws Exception {
        Path md = tmp.resolve("noted.md");
        Files.writeString(md, "# Noted\n\nA claim.[^1]\n\n[^1]: Its source.\n");
        Map<String, byte[]> expected = cli(Files.createDirectory(tmp.resolve("cli")), "--to", "docx", "--notes", "end", md.toString());
        HttpResponse<byte[]> r = service.post("/v1/export?to=docx&notes=end&type=md&name=noted.md", Files.readAllBytes(md),
                "Content-Type", "text/markdown");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertSameFiles(expected, Map.of("noted.docx", r.body()));
        HttpResponse<byte[]> foot = service.post("/v1/export?to=docx&type=md&name=noted.md", Files.readAllBytes(md),
                "Content-Type", "text/markdown");
        assertFalse(Arrays.equals(expected.get("noted.docx"), foot.body()), "the default is footnotes");
    }
}
