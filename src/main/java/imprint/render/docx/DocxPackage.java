package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites the package POI produced so that identical documents give identical bytes: entries
 * in a fixed order ({@code [Content_Types].xml} first, as Word writes it) and one fixed time.
 */
final class DocxPackage {
    private DocxPackage() {
    }

    /**
     * @param styles the bundled styles part to store instead of POI's placeholder, or null to
     *               keep POI's (a reference document's styles)
     */
    static void rezip(byte[] poiOutput, java.time.Instant time, DocxTemplate.StylesPart styles, OutputStream out)
            throws IOException {
        long when = imprint.render.ZipEntries.dosTime(time).atZone(java.time.ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
        when -= Math.floorMod(when, 2000L); // DOS times count in two-second steps
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(poiOutput)).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(in.getEntries()));
            entries.sort((a, b) -> Integer.compare(rank(a.getName()), rank(b.getName())) != 0
                    ? Integer.compare(rank(a.getName()), rank(b.getName())) : a.getName().compareTo(b.getName()));
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(imprint.render.ZipEntries.nonClosing(out));
            for (ZipArchiveEntry e : entries) {
                // The compressed bytes are copied as POI wrote them: only order and time change.
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setTime(when);
                if (styles != null && e.getName().equals("word/styles.xml")) {
                    copy.setMethod(ZipArchiveEntry.DEFLATED);
                    copy.setCrc(styles.crc());
                    copy.setSize(styles.size());
                    copy.setCompressedSize(styles.deflated().length);
                    zip.addRawArchiveEntry(copy, new java.io.ByteArrayInputStream(styles.deflated()));
                    continue;
                }
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                try (InputStream raw = in.getRawInputStream(e)) {
                    zip.addRawArchiveEntry(copy, raw);
                }
            }
            zip.finish();
            zip.flush();
        }
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        if (name.equals("_rels/.rels")) {
            return 1;
        }
        return name.startsWith("word/document.xml") ? 2 : 3;
    }
}
