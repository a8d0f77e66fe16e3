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

    /*
     * equals and hashCode are written out: a record's generated ones are bootstrapped at first
     * use, which cost a tenth of the layout time of a one-article PDF.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && face == s.face && Double.compare(size, s.size) == 0
                && java.util.Objects.equals(link, s.link) && strike == s.strike && Double.compare(raise, s.raise) == 0
                && Float.compare(gray, s.gray) == 0;
    }

    @Override
    public int hashCode() {
        int h = face.hashCode();
        h = 31 * h + Double.hashCode(size);
        h = 31 * h + java.util.Objects.hashCode(link);
        h = 31 * h + Boolean.hashCode(strike);
        h = 31 * h + Double.hashCode(raise);
        return 31 * h + Float.hashCode(gray);
    }
}
