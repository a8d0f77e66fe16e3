package imprint.render.pdf.layout;

/**
 * Page size and margins in points. With {@code duplex}, even pages mirror the inner and outer
 * margins so the text block sits on the same side of the spine.
 */
public record PageGeometry(double width, double height, double top, double bottom, double inner, double outer,
                           boolean duplex) {

    /** Margins proportioned to the page: generous on A4/Letter, tighter on small book sizes. */
    public static PageGeometry forPaper(double width, double height, boolean duplex) {
        double base = Math.min(width, height);
        double side = Math.max(36, Math.min(76, base * 0.12));
        double top = Math.max(40, Math.min(72, height * 0.085));
        double bottom = top * 1.15;
        return duplex ? new PageGeometry(width, height, top, bottom, side * 0.9, side * 1.2, true)
                : new PageGeometry(width, height, top, bottom, side, side, false);
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
