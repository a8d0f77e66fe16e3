package imprint.render.pdf.layout;

/**
 * How layout measures text. The only seam between layout and the PDF library: the renderer
 * implements it over real fonts, tests over fixed-width fake metrics.
 */
public interface FontMetrics {
    /** Advance width of {@code text} at {@code size} points, in points (with pair kerning if any). */
    double width(String text, double size);

    /** Height above the baseline at {@code size}, in points. */
    double ascent(double size);

    /** Depth below the baseline at {@code size}, in points (positive). */
    double descent(double size);

    /** Whether the font has a glyph for the code point. */
    boolean canDisplay(int codePoint);
}
