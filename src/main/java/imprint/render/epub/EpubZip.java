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
        this.zip = new ZipOutputStream(imprint.render.ZipEntries.nonClosing(out), StandardCharsets.UTF_8);
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
        e.setTimeLocal(imprint.render.ZipEntries.dosTime(time.toInstant()));
        return e;
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
