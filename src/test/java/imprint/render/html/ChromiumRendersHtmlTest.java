package imprint.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.testing.ReadingText;
import imprint.testing.SampleDocuments;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the web pages in a real browser: headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs; without it this test fails rather than passing silently) must
 * build a DOM holding every block of the document, and its screenshot must show a page of
 * text, not a blank one.
 */
class ChromiumRendersHtmlTest {
    @TempDir
    Path tmp;

    private List<String> chromium(String... args) {
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile")));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private byte[] run(List<String> cmd) throws Exception {
        Path out = tmp.resolve("stdout");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium finished in time");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("stderr")));
        return Files.readAllBytes(out);
    }

    @Test
    void chromiumBuildsTheWholeDocumentAndPaintsIt() throws Exception {
        List<Document> docs = List.of(SampleDocuments.kitchenSink(),
                Imprint.read(Path.of("seeds/france-girds-against-cyberattacks.txt"), new Diagnostics()));
        for (int i = 0; i < docs.size(); i++) {
            Document doc = docs.get(i);
            Path page = tmp.resolve("page-" + i + ".html");
            Files.write(page, HtmlRendererTest.render(doc, RenderOptions.DEFAULTS));

            // The DOM as the browser built it, scripts and styles applied: every block, in order.
            byte[] dom = run(chromium("--dump-dom", page.toUri().toString()));
            String html = new String(dom, StandardCharsets.UTF_8);
            assertTrue(html.contains("<article>"), "Chromium parsed the page");
            ReadingText got = ReadingText.html(dom);
            List<String> want = new ArrayList<>();
            want.add(doc.metadata().title());
            want.addAll(imprint.model.ModelText.printedBodyBlocks(doc));
            assertNull(ReadingText.firstMissing(want, got.body()), "block missing from Chromium's DOM");

            // The screenshot: mostly page colour, with enough ink to be text on every band of the first screen.
            Path png = tmp.resolve("shot-" + i + ".png");
            run(chromium("--screenshot=" + png, "--window-size=1000,1400", page.toUri().toString()));
            BufferedImage shot = ImageIO.read(png.toFile());
            int ink = 0;
            int bandsWithInk = 0;
            int bands = 7;
            for (int b = 0; b < bands; b++) {
                int inBand = 0;
                for (int y = b * shot.getHeight() / bands; y < (b + 1) * shot.getHeight() / bands; y++) {
                    for (int x = 0; x < shot.getWidth(); x++) {
                        int rgb = shot.getRGB(x, y);
                        int lum = ((rgb >> 16 & 255) * 3 + (rgb >> 8 & 255) * 6 + (rgb & 255)) / 10;
                        if (lum < 128) {
                            inBand++;
                        }
                    }
                }
                ink += inBand;
                bandsWithInk += inBand > 50 ? 1 : 0;
            }
            double share = ink / (double) (shot.getWidth() * shot.getHeight());
            assertTrue(share > 0.005 && share < 0.3, "a page of dark text on a light page, ink share " + share);
            assertTrue(bandsWithInk >= bands - 2, "text down the page, " + bandsWithInk + " of " + bands + " bands");
        }
    }
}
