package imprint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.Document;
import imprint.read.InputFormat;
import imprint.render.OutputFormat;
import imprint.plan.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs nobody checked: each is either exported (possibly with warnings) by every reader and
 * renderer within a time bound, or rejected with an {@link ImprintException} naming the problem.
 * Inputs are generated here rather than stored, so the cases stay readable.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> exportable() {
        String big = "word ".repeat(400_000);
        return Stream.of(
                Arguments.of("crlf.md", "# Title\r\n\r\nLine one\r\nline two\r\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("lone-cr.txt", "Title\r\rFirst para\rcontinues\r\rSecond".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bom.txt", utf8Bom("Title\n\nBody text.")),
                Arguments.of("utf16le-bom.md", utf16le("# Título\n\nTexto con acentos.", true)),
                Arguments.of("utf16be-bom.txt", utf16be("Title\n\nΚείμενο.")),
                Arguments.of("controls.md", ("# Title\n\nSome text with a stray \u0007bell and an escape \u001b[31m here, then "
                        + "enough ordinary words around them to make it a normal document.").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("one-huge-paragraph.txt", ("Title\n\n" + big).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("one-huge-line.md", ("# T\n\n" + big.replace(' ', '-')).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("long-word.txt", ("Title\n\n" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep-quotes.md", ("# T\n\n" + ">".repeat(20_000) + " deep").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep-lists.md", deepList(1_000).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep-inline-lists.md", ("# T\n\n" + "- ".repeat(20_000) + "x").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep-emphasis.md", ("# T\n\n" + "*a ".repeat(20_000) + "b" + "* ".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("long-list.md", ("# T\n\n" + "- item\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("wide-table.md", wideTable(300, 20).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("broken-yaml.md", "---\ntitle: [unclosed\nauthor: : :\n---\n# Body\n\nText.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("footnotes.md", "# T\n\nA[^1] b[^missing] c[^1].\n\n[^1]: One.\n[^1]: Again.\n[^unused]: Never.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("html.md", "# T\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b> [x](javascript:alert(1)) ![i](data:image/png;base64,AAAA)".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("escapes.md", "---\ntitle: \"<b>&amp; 'quotes' \\\" </title>\"\nauthor: \"A & B <c@d>\"\n---\nText & <more>.".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("images.md", "# T\n\n![a](../../etc/passwd) ![b](/etc/hosts) ![c](http://example.com/x.png) ![d](missing.png) ![e](fake.png)".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unicode.txt", "Title 🎉\n\n中文 テキスト 한국어 العربية עברית देवनागरी 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uFFFF \uD800x".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportable")
    void isExportedToEveryFormatWithinTheTimeBound(String name, byte[] content) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        Files.write(tmp.resolve("fake.png"), "GIF89a not really an image".getBytes(StandardCharsets.US_ASCII));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Diagnostics diags = new Diagnostics();
            Document doc = Imprint.read(file, diags);
            for (OutputFormat f : OutputFormat.values()) {
                RenderContext ctx = new RenderContext(imprint.plan.RenderOptions.DEFAULTS, diags,
                        new imprint.resource.FolderResourceResolver(java.util.List.of(tmp)), name);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Imprint.render(doc, f, ctx, out);
                assertTrue(out.size() > 100, f + " output for " + name);
            }
        });
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("empty.md", new byte[0], Code.INPUT_EMPTY),
                Arguments.of("blank.txt", " \n\t\n  \r\n".getBytes(StandardCharsets.UTF_8), Code.INPUT_EMPTY),
                Arguments.of("binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0}, Code.INPUT_BINARY),
                Arguments.of("nul.md", "# Title\n\nText\u0000with a NUL byte.".getBytes(StandardCharsets.UTF_8), Code.INPUT_BINARY),
                Arguments.of("latin1.txt", "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1), Code.INPUT_ENCODING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void isRejectedWithACode(String name, byte[] content, Code code) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        ImprintException e = assertThrows(ImprintException.class, () -> Imprint.read(file, new Diagnostics()));
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aFolderGivenAsAFileIsRejected() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("looks-like.md"));
        ImprintException e = assertThrows(ImprintException.class, () -> Imprint.read(dir, new Diagnostics()));
        assertEquals(Code.INPUT_NOT_A_FILE, e.code());
    }

    @Test
    void aPipeIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = tmp.resolve("pipe.md");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        ImprintException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImprintException.class, () -> Imprint.read(fifo, new Diagnostics())));
        assertEquals(Code.INPUT_NOT_A_FILE, e.code());
    }

    @Test
    void aFileThatVanishedBeforeReadingIsAClearError() throws Exception {
        Path gone = Files.writeString(tmp.resolve("gone.md"), "# Gone\n");
        Files.delete(gone);
        ImprintException e = assertThrows(ImprintException.class, () -> Imprint.read(gone, new Diagnostics()));
        assertEquals(Code.INPUT_UNREADABLE, e.code());
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void unsafeContentIsReportedAndNeverReachesAnOutput() throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = Imprint.read("# T\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
                InputFormat.MARKDOWN, diags);
        assertTrue(diags.has(Code.RAW_HTML_DROPPED));
        assertTrue(diags.has(Code.UNSAFE_LINK_DROPPED));
        String dump = imprint.model.ModelPrinter.print(doc);
        assertTrue(!dump.contains("javascript:") && !dump.contains("<script"), dump);
    }

    private static byte[] utf8Bom(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(b, 0, out, 3, b.length);
        return out;
    }

    private static byte[] utf16le(String s, boolean bom) {
        byte[] b = s.getBytes(StandardCharsets.UTF_16LE);
        if (!bom) {
            return b;
        }
        byte[] out = new byte[b.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    private static byte[] utf16be(String s) {
        return s.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
    }

    private static String deepList(int depth) {
        StringBuilder sb = new StringBuilder("# T\n\n");
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return sb.toString();
    }

    private static String wideTable(int cols, int rows) {
        StringBuilder sb = new StringBuilder("# T\n\n|");
        sb.append(" h |".repeat(cols)).append("\n|").append("---|".repeat(cols)).append('\n');
        for (int r = 0; r < rows; r++) {
            sb.append('|').append(" cell text |".repeat(cols)).append('\n');
        }
        return sb.toString();
    }
}
