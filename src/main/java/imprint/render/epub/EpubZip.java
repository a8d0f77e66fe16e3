package imprint.render.epub;

import imprint.render.ReproducibleZip;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.Deflater;

/**
 * The EPUB container: {@code mimetype} first and stored, as the OCF spec requires, then the
 * entries in the order given, reproducibly (see {@link ReproducibleZip}). Nothing is swallowed
 * (unlike epub4j's own writer).
 */
final class EpubZip extends ReproducibleZip {
    EpubZip(OutputStream out, Instant timestamp) throws IOException {
        super(out, timestamp, Deflater.BEST_COMPRESSION);
        addStored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    }
}
