package imprint.cli;

import imprint.Imprint;
import imprint.render.OutputFormat;
import java.util.List;
import java.util.Set;

/**
 * Uses the idle core at start-up: while the first document is read and parsed on one core, a
 * second thread loads what the renderers will need first (the PDF's fonts, Java2D and the
 * cover fonts for the EPUB, POI's schema index for the DOCX), each handed over or shared, never
 * done twice. See {@link imprint.render.Renderer#warmUp()}.
 */
final class Prewarm {
    private Prewarm() {
    }

    /** Starts the warm-up when there is more than one core. */
    static void startIfUseful(String[] args) {
        Set<OutputFormat> formats;
        try {
            Options o = Options.parse(args);
            if (o.help || o.version) {
                return;
            }
            formats = o.outputFormats();
        } catch (Options.UsageException | IllegalArgumentException e) {
            return;
        }
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        List<OutputFormat> wanted = List.of(OutputFormat.PDF, OutputFormat.EPUB, OutputFormat.DOCX).stream()
                .filter(formats::contains).toList();
        if (wanted.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> wanted.forEach(f -> Imprint.renderer(f).warmUp()), "imprint-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
