package imprint.cli;

import imprint.Imprint;
import imprint.render.OutputFormat;
import java.util.List;
import java.util.Set;

/**
 * Uses an idle core at start-up: while the first document is read and the PDF and DOCX are
 * rendered, a low-priority thread loads what the EPUB's generated cover needs (Java2D and the
 * cover fonts), which would otherwise run alone at the end of a one-article command. See
 * {@link imprint.render.Renderer#warmUp()}.
 */
final class Prewarm {
    private Prewarm() {
    }

    /** Starts the warm-up when the command will export EPUB and there is more than one core. */
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
        List<OutputFormat> wanted = formats.stream().filter(f -> f == OutputFormat.EPUB).toList();
        if (wanted.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> wanted.forEach(f -> Imprint.renderer(f).warmUp()), "imprint-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
