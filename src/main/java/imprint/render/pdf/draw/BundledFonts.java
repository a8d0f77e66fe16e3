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
            Map.entry(Face.MONO_ITALIC, "DejaVuSansMono-Oblique"), Map.entry(Face.MONO_BOLD_ITALIC, "DejaVuSansMono-BoldOblique"),
            Map.entry(Face.ARABIC, "NotoNaskhArabic-Regular"), Map.entry(Face.ARABIC_BOLD, "NotoNaskhArabic-Bold"),
            Map.entry(Face.HEBREW, "NotoSansHebrew-Regular"), Map.entry(Face.HEBREW_BOLD, "NotoSansHebrew-Bold"),
            Map.entry(Face.DEVANAGARI, "NotoSansDevanagari-Regular"), Map.entry(Face.DEVANAGARI_BOLD, "NotoSansDevanagari-Bold"),
            Map.entry(Face.BENGALI, "NotoSansBengali-Regular"), Map.entry(Face.BENGALI_BOLD, "NotoSansBengali-Bold"),
            Map.entry(Face.TAMIL, "NotoSansTamil-Regular"), Map.entry(Face.TAMIL_BOLD, "NotoSansTamil-Bold"),
            Map.entry(Face.THAI, "NotoSansThai-Regular"), Map.entry(Face.THAI_BOLD, "NotoSansThai-Bold"),
            Map.entry(Face.CJK_SC, "NotoSansSC-Regular"), Map.entry(Face.CJK_SC_BOLD, "NotoSansSC-Bold"),
            Map.entry(Face.CJK_TC, "NotoSansTC-Regular"), Map.entry(Face.CJK_TC_BOLD, "NotoSansTC-Bold"),
            Map.entry(Face.CJK_JP, "NotoSansJP-Regular"), Map.entry(Face.CJK_JP_BOLD, "NotoSansJP-Bold"),
            Map.entry(Face.CJK_KR, "NotoSansKR-Regular"), Map.entry(Face.CJK_KR_BOLD, "NotoSansKR-Bold"),
            Map.entry(Face.EMOJI, "NotoEmoji-Regular"), Map.entry(Face.EMOJI_BOLD, "NotoEmoji-Bold")));
    private static final Map<Face, byte[]> BYTES = new EnumMap<>(Face.class);
    /** The same files with their GSUB table, for the shaper (see {@link #withoutGsub}). */
    private static final Map<Face, byte[]> ORIGINAL = new EnumMap<>(Face.class);
    /** The user's fonts of the document being set ({@code --font-dir}); none unless named. */
    private SystemFonts user = SystemFonts.NONE;
    /** Metrics of the user's fonts, by slot; slots mean different files for different folders. */
    private final ThreadLocal<Map<Face, TtfMetrics>> userParsed = ThreadLocal.withInitial(() -> new EnumMap<>(Face.class));
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
        return user.faceFor(codePoint);
    }

    @Override
    public boolean hasScriptFaces() {
        return true;
    }

    /** Uses the fonts in these folders (the {@code --font-dir} option) for what no bundled font has. */
    public void userFonts(java.util.List<java.nio.file.Path> folders) {
        SystemFonts next = SystemFonts.of(folders);
        if (next != user) {
            user = next;
            userParsed.remove();
        }
    }

    TtfMetrics ttf(Face face) {
        if (face.system()) {
            return userParsed.get().computeIfAbsent(face, f -> parse(f, user));
        }
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
        return parse(f, SystemFonts.NONE);
    }

    /** Shapers of the bundled faces, one per process (the JDK's fonts are immutable and thread-safe). */
    private static final Map<Face, Shaper> SHAPERS = new ConcurrentHashMap<>();

    private static TtfMetrics parse(Face f, SystemFonts user) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(f, user)));
            int upem = ttf.getUnitsPerEm();
            // The text families (Latin, Greek, Cyrillic) are drawn character by character as before.
            java.util.function.Supplier<Shaper> shaper = f.system()
                    ? () -> new Shaper(read(user.file(f)), upem)
                    : f.script() ? () -> SHAPERS.computeIfAbsent(f, x -> new Shaper(originalBundled(x), upem)) : null;
            // The serif and sans faces set Latin body text with their standard ligatures; mono does not.
            boolean ligate = !f.system() && !f.script() && f.ordinal() < Face.MONO.ordinal();
            return new TtfMetrics(ttf, shaper, ligate);
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

    /** A bundled font file as layout and PDFBox read it (GSUB hidden). */
    static byte[] bytes(Face face) {
        return bytes(face, SystemFonts.NONE);
    }

    /** The font file of a face as it is, GSUB included: what the shaper reads. */
    byte[] original(Face face) {
        if (face.system()) {
            return read(user.file(face));
        }
        return originalBundled(face);
    }

    private static byte[] originalBundled(Face face) {
        synchronized (BYTES) {
            return ORIGINAL.computeIfAbsent(face, BundledFonts::resource);
        }
    }

    private static byte[] bytes(Face face, SystemFonts user) {
        if (face.system()) {
            return withoutGsub(read(user.file(face)));
        }
        synchronized (BYTES) {
            return BYTES.computeIfAbsent(face, f -> withoutGsub(resource(f)));
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(Face f) {
        String path = "/imprint/fonts/" + FILES.get(f) + ".ttf";
        try (InputStream in = BundledFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the build: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
