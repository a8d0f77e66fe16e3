package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Face;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The user's own fonts ({@code --font-dir}), the last link of the fallback chain for characters
 * the bundled fonts lack. Nothing installed on the machine is used unless its folder is named,
 * so a document looks the same on every machine. Only glyph-outline TrueType files
 * ({@code .ttf}) are used, since PDFBox subsets those; the folders are scanned once, on the
 * first character that needs it, in a fixed order so the choice is the same on every run.
 */
final class SystemFonts {
    private static final int MAX_FILES = 400;
    private static final Face[] SLOTS = {Face.SYSTEM_0, Face.SYSTEM_1, Face.SYSTEM_2, Face.SYSTEM_3,
        Face.SYSTEM_4, Face.SYSTEM_5, Face.SYSTEM_6, Face.SYSTEM_7};
    /** One set per list of folders, shared by the documents that name the same folders. */
    private static final Map<List<Path>, SystemFonts> BY_FOLDERS = new ConcurrentHashMap<>();
    static final SystemFonts NONE = new SystemFonts(List.of());

    private final List<Path> folders;
    private List<Path> files;
    private final List<Path> assigned = new ArrayList<>();
    private final Map<Path, CmapLookup> cmaps = new HashMap<>();

    private SystemFonts(List<Path> folders) {
        this.folders = folders;
    }

    static SystemFonts of(List<Path> folders) {
        return folders.isEmpty() ? NONE : BY_FOLDERS.computeIfAbsent(List.copyOf(folders), SystemFonts::new);
    }

    /** The slot of a user font that has the code point, assigning one if needed; or null. */
    synchronized Face faceFor(int codePoint) {
        if (folders.isEmpty()) {
            return null;
        }
        for (int i = 0; i < assigned.size(); i++) {
            if (covers(assigned.get(i), codePoint)) {
                return SLOTS[i];
            }
        }
        if (assigned.size() == SLOTS.length) {
            return null;
        }
        for (Path p : files()) {
            if (!assigned.contains(p) && covers(p, codePoint)) {
                assigned.add(p);
                return SLOTS[assigned.size() - 1];
            }
        }
        return null;
    }

    /** The font file behind a slot. */
    synchronized Path file(Face face) {
        return assigned.get(face.ordinal() - Face.SYSTEM_0.ordinal());
    }

    private boolean covers(Path p, int cp) {
        CmapLookup cmap = cmaps.computeIfAbsent(p, SystemFonts::cmap);
        return cmap != null && cmap.getGlyphId(cp) > 0;
    }

    private static CmapLookup cmap(Path p) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
            if (ttf.getTableMap().get("glyf") == null) {
                return null;
            }
            // fontbox reads the cmap subtable into memory, so the lookup outlives the file.
            return ttf.getUnicodeCmapLookup(false);
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable font is simply not a candidate
        }
    }

    private List<Path> files() {
        if (files == null) {
            List<Path> found = new ArrayList<>();
            for (Path dir : folders) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(dir, 6)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                            .filter(Files::isRegularFile).sorted().limit(MAX_FILES).forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder contributes nothing
                }
            }
            files = found;
        }
        return files;
    }
}
