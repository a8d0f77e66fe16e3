package imprint.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container reproducibly: {@code mimetype} first and stored, then entries in
 * the order given, all with one fixed time and no extra fields. Any I/O error propagates;
 * nothing is swallowed (unlike epub4j's own writer).
 */
final class EpubZip implements AutoCloseable {
    private final ZipOutputStream zip;
    private final FileTime time;

    EpubZip(OutputStream out, Instant timestamp) throws IOException {
        this.zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_COMPRESSION);
        this.time = FileTime.from(timestamp);
        byte[] mime = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = entry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(mime.length);
        e.setCompressedSize(mime.length);
        CRC32 crc = new CRC32();
        crc.update(mime);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(mime);
        zip.closeEntry();
    }

    void add(String name, byte[] data) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(data);
        zip.closeEntry();
    }

    void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(dosTime(time.toInstant()));
        return e;
    }

    /**
     * The entry time as a zone-free local time (so the bytes do not depend on the machine's
     * time zone), kept inside the DOS range: at or before 1980-01-01T00:00:00 the JDK would add
     * an extended-timestamp extra field, which EPUB forbids on {@code mimetype}.
     */
    static java.time.LocalDateTime dosTime(java.time.Instant t) {
        java.time.LocalDateTime min = java.time.LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        java.time.LocalDateTime max = java.time.LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        java.time.LocalDateTime l = java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
        return l.isBefore(min) ? min : l.isAfter(max) ? max : l;
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** The caller owns the stream; finishing the zip must not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
