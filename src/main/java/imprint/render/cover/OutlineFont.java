package imprint.render.cover;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A bundled TrueType face drawn as filled glyph outlines. AWT's {@code Font.createFont} would
 * copy each font to a temporary file (left behind if the process is killed, and a failure on
 * a full disk) and start the font system, which costs more than drawing the cover; outlines
 * need only Java2D's shape filling. Methods are synchronized because fontbox reads tables
 * lazily and covers may be painted on several threads at once.
 */
final class OutlineFont {
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascender;

    private OutlineFont(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
        this.ascender = font.getHorizontalHeader().getAscender();
    }

    static OutlineFont load(String resource) {
        try (InputStream in = OutlineFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource);
            }
            return new OutlineFont(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + resource, e);
        }
    }

    float ascent(float size) {
        return ascender * size / unitsPerEm;
    }

    synchronized float width(String text, float size) {
        try {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                w += font.getAdvanceWidth(cmap.getGlyphId(cp));
            }
            return w * size / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the text's outlines with the current paint, baseline at {@code y}. */
    synchronized void draw(Graphics2D g, String text, float x, float y, float size) {
        try {
            float scale = size / unitsPerEm;
            float pen = x;
            // One shape for the whole line: each fill has a fixed cost in the rasterizer.
            Path2D.Float line = new Path2D.Float(Path2D.WIND_NON_ZERO);
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int gid = cmap.getGlyphId(cp); // 0, the missing-glyph box, when the face lacks it
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                if (glyph != null) {
                    GeneralPath path = glyph.getPath();
                    line.append(path.getPathIterator(new AffineTransform(scale, 0, 0, -scale, pen, y)), false);
                }
                pen += font.getAdvanceWidth(gid) * scale;
            }
            g.fill(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
