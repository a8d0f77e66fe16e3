package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Face;
import imprint.render.pdf.layout.FontMetrics;
import imprint.render.pdf.layout.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled TrueType faces (Noto Serif, Noto Sans, DejaVu Sans Mono). Font files are read
 * once per process; parsed fonts are kept per thread, because fontbox reads tables lazily and is
 * not safe to share between threads, while one worker thread renders many documents.
 */
public final class BundledFonts implements FontSet {
    private static final Map<Face, String> FILES = new EnumMap<>(Map.ofEntries(
            Map.entry(Face.SERIF, "NotoSerif-Regular"), Map.entry(Face.SERIF_BOLD, "NotoSerif-Bold"),
            Map.entry(Face.SERIF_ITALIC, "NotoSerif-Italic"), Map.entry(Face.SERIF_BOLD_ITALIC, "NotoSerif-BoldItalic"),
            Map.entry(Face.SANS, "NotoSans-Regular"), Map.entry(Face.SANS_BOLD, "NotoSans-Bold"),
            Map.entry(Face.SANS_ITALIC, "NotoSans-Italic"), Map.entry(Face.SANS_BOLD_ITALIC, "NotoSans-BoldItalic"),
            Map.entry(Face.MONO, "DejaVuSansMono"), Map.entry(Face.MONO_BOLD, "DejaVuSansMono-Bold"),
            Map.entry(Face.MONO_ITALIC, "DejaVuSansMono-Oblique"), Map.entry(Face.MONO_BOLD_ITALIC, "DejaVuSansMono-BoldOblique")));
    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    private static final ThreadLocal<Map<Face, TtfMetrics>> PARSED = ThreadLocal.withInitial(() -> new EnumMap<>(Face.class));
    /** Parses done ahead of need (see {@link #parseAhead}), each handed to the first thread that asks. */
    private static final Map<Face, FutureTask<TtfMetrics>> AHEAD = new ConcurrentHashMap<>();

    /**
     * Parses these faces now, on the calling thread, for the first thread that needs each. A
     * parsed font then belongs to that thread alone, so it is never shared, only handed over.
     */
    public static void parseAhead(Face... faces) {
        for (Face f : faces) {
            FutureTask<TtfMetrics> task = new FutureTask<>(() -> parse(f));
            if (AHEAD.putIfAbsent(f, task) == null) {
                task.run();
            }
        }
    }

    /** Metrics for a face, parsed on first use in this thread. */
    @Override
    public FontMetrics metrics(Face face) {
        return ttf(face);
    }

    @Override
    public Face systemFaceFor(int codePoint) {
        return SystemFonts.faceFor(codePoint);
    }

    TtfMetrics ttf(Face face) {
        return PARSED.get().computeIfAbsent(face, f -> {
            FutureTask<TtfMetrics> ahead = AHEAD.remove(f);
            if (ahead != null) {
                ahead.run(); // parses here if the warm-up has not begun; waits if it is under way
                try {
                    return ahead.get();
                } catch (ExecutionException e) {
                    // parsed again below, so that the failure is reported from here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return parse(f);
        });
    }

    private static TtfMetrics parse(Face f) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(f)));
            return new TtfMetrics(ttf);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font " + FILES.get(f) + " is unreadable", e);
        }
    }

    /**
     * Hides the font's GSUB table. PDFBox applies GSUB ligatures when it draws text, which
     * makes the drawn width differ from what layout measured and puts U+FB03-style ligature
     * characters into copied and searched text ("oﬃcials"). Renaming the table's tag in the
     * table directory makes fontbox ignore it; nothing else in the font changes.
     */
    static byte[] withoutGsub(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables && 12 + 16 * i + 4 <= font.length; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'g';
                font[at + 1] = 's';
                font[at + 2] = 'u';
                font[at + 3] = 'x';
            }
        }
        return font;
    }

    static byte[] bytes(Face face) {
        if (face.system()) {
            try {
                return withoutGsub(java.nio.file.Files.readAllBytes(SystemFonts.file(face)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        synchronized (BYTES) {
            return BYTES.computeIfAbsent(face, f -> {
                String path = "/imprint/fonts/" + FILES.get(f) + ".ttf";
                try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled font missing from the build: " + path);
                    }
                    return withoutGsub(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
