package imprint.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package POI produced so that identical documents give identical bytes: entries
 * in a fixed order ({@code [Content_Types].xml} first, as Word writes it) and one fixed time.
 */
final class DocxPackage {
    private DocxPackage() {
    }

    static void rezip(byte[] poiOutput, java.time.Instant time, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poiOutput))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        LocalDateTime t = imprint.render.ZipEntries.dosTime(time);
        ZipOutputStream zip = new ZipOutputStream(imprint.render.ZipEntries.nonClosing(out));
        for (String name : names) {
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(t);
            zip.putNextEntry(e);
            zip.write(entries.get(name));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
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
