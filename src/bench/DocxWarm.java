import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.*;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
/**
 * Warm cost of one DOCX (milliseconds per document, plan included): 300 renders to warm up,
 * then the mean of 300 more. Run against a packaged build, e.g.
 * {@code java -cp target/imprint.jar src/bench/DocxWarm.java seeds/france-girds-against-cyberattacks.txt};
 * a second argument {@code toc} keeps the automatic contents (and its pagination).
 */
public class DocxWarm {
    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        boolean toc = a.length > 1 && a[1].equals("toc");
        Document doc = Imprint.read(file, new Diagnostics());
        RenderOptions o = RenderOptions.DEFAULTS.withToc(toc ? RenderOptions.Toc.AUTO : RenderOptions.Toc.OFF);
        RenderContext ctx = new RenderContext(o, new Diagnostics(), new FolderResourceResolver(List.of(file.toAbsolutePath().getParent())), file.getFileName().toString());
        for (int i = 0; i < 300; i++) { once(doc, ctx); }
        int n = 300; long t = System.nanoTime();
        for (int i = 0; i < n; i++) { once(doc, ctx); }
        System.out.printf("%.3f%n", (System.nanoTime() - t) / 1e6 / n);
    }
    static void once(Document doc, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Imprint.render(Imprint.plan(doc, ctx), OutputFormat.DOCX, out);
    }
}
