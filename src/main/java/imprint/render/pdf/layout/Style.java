package imprint.render.pdf.layout;

/**
 * How a run of text looks and what it means.
 *
 * @param face      the font face
 * @param size      font size in points
 * @param link      a URI or {@code #id} the text links to, or null
 * @param strike    struck through
 * @param raise     baseline shift in points (superscript note numbers)
 * @param gray      text colour as gray level (0 = black)
 */
public record Style(Face face, double size, String link, boolean strike, double raise, float gray) {
    public static Style of(Face face, double size) {
        return new Style(face, size, null, false, 0, 0f);
    }

    public Style withFace(Face f) {
        return new Style(f, size, link, strike, raise, gray);
    }

    public Style withLink(String l) {
        return new Style(face, size, l, strike, raise, gray);
    }

    public Style withStrike(boolean s) {
        return new Style(face, size, link, s, raise, gray);
    }

    public Style withRaise(double r, double newSize) {
        return new Style(face, newSize, link, strike, r, gray);
    }
}
