package imprint.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written reproducibly, for the two zip-based formats (EPUB and DOCX): entries in the
 * order added, all with one fixed time and no extra fields. Any I/O error propagates. Finishing
 * the zip leaves the caller's stream open.
 */
public class ReproducibleZip implements AutoCloseable {
    private final ZipOutputStream zip;
    private final LocalDateTime time;

    /** @param level the {@link java.util.zip.Deflater} level for compressed entries */
    public ReproducibleZip(OutputStream out, Instant timestamp, int level) {
        this.zip = new ZipOutputStream(nonClosing(out), StandardCharsets.UTF_8);
        this.zip.setLevel(level);
        this.time = dosTime(timestamp);
    }

    /** Adds a compressed entry. */
    public void add(String name, byte[] data) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(data);
        zip.closeEntry();
    }

    public void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts a compressed entry whose content the caller writes to the stream returned, for
     * parts too large to hold whole; the stream is valid until the next entry is started or
     * the zip is closed, and closing it does nothing.
     */
    public OutputStream stream(String name) throws IOException {
        zip.putNextEntry(entry(name));
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the entry ends when the next one starts
            }
        };
    }

    /** Adds an entry stored without compression. */
    public void addStored(String name, byte[] data) throws IOException {
        ZipEntry e = entry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        return e;
    }

    /** Finishes the zip; the caller's stream stays open. */
    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    /**
     * The entry time as a zone-free local time (so the bytes do not depend on the machine's
     * time zone), kept inside the DOS range: at or before 1980-01-01T00:00:00 the JDK would add
     * an extended-timestamp extra field, which EPUB forbids on {@code mimetype}.
     */
    static LocalDateTime dosTime(Instant t) {
        LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        LocalDateTime max = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        LocalDateTime l = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        return l.isBefore(min) ? min : l.isAfter(max) ? max : l;
    }

    private static OutputStream nonClosing(OutputStream out) {
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
