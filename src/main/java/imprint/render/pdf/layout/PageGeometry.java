package imprint.render.pdf.layout;

/**
 * Page size and margins in points, and the type scale that sets them. With {@code duplex},
 * even pages mirror the inner and outer margins so the text block sits on the same side of the
 * spine.
 */
public record PageGeometry(double width, double height, double top, double bottom, double inner, double outer,
                           boolean duplex, TypeScale type) {

    /**
     * The left and right margins are what the measure of the page's {@link TypeScale} leaves
     * (in duplex, a little less inside than outside: the two inner margins read as one gutter);
     * top and bottom margins are proportioned to the page.
     */
    public static PageGeometry forPaper(double width, double height, boolean duplex) {
        TypeScale type = TypeScale.forPageWidth(width);
        double rest = width - type.measure();
        double top = Math.max(40, Math.min(72, height * 0.085));
        double bottom = top * 1.15;
        return duplex ? new PageGeometry(width, height, top, bottom, rest * 0.44, rest * 0.56, true, type)
                : new PageGeometry(width, height, top, bottom, rest / 2, rest / 2, false, type);
    }

    public double textWidth() {
        return width - inner - outer;
    }

    public double textHeight() {
        return height - top - bottom;
    }

    /** Left margin of page {@code number} (1-based): odd pages are right-hand pages. */
    public double left(int number) {
        return duplex && number % 2 == 0 ? outer : inner;
    }
}
