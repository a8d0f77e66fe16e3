package imprint.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Helpers shared by the two zip-based formats (EPUB and DOCX) for reproducible archives. */
public final class ZipEntries {
    private ZipEntries() {
    }

    /**
     * The entry time as a zone-free local time (so the bytes do not depend on the machine's
     * time zone), kept inside the DOS range: at or before 1980-01-01T00:00:00 the JDK would add
     * an extended-timestamp extra field, which EPUB forbids on {@code mimetype}.
     */
    public static LocalDateTime dosTime(Instant t) {
        LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        LocalDateTime max = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        LocalDateTime l = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        return l.isBefore(min) ? min : l.isAfter(max) ? max : l;
    }

    /** Wraps the caller's stream so that finishing a zip does not close it. */
    public static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
