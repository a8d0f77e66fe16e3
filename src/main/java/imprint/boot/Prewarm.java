package imprint.boot;

import imprint.render.OutputFormat;
import java.util.Collection;
import java.util.List;

/**
 * Uses the idle core at start-up: while the first document is read and parsed on one core, a
 * second thread runs each chosen format's {@linkplain OutputFormat#preload() preload}.
 */
public final class Prewarm {
    private Prewarm() {
    }

    /** Starts the warm-up for these formats when there is more than one core. */
    public static void startIfUseful(Collection<OutputFormat> formats) {
        if (Runtime.getRuntime().availableProcessors() < 2 || formats.isEmpty()) {
            return;
        }
        List<OutputFormat> wanted = List.copyOf(formats);
        Thread t = new Thread(() -> wanted.forEach(OutputFormat::preload), "imprint-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
