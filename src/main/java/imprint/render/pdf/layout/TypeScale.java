package imprint.render.pdf.layout;

/**
 * The typographic parameters of the PDF in one place: the body size, the leading, the measure
 * and every other size as a step of the body size, so that a page of any size gets the same
 * proportions and a comfortable line.
 *
 * <p>The measure is what book typography asks of a line: 60 to 75 characters, 66 the classic
 * figure. The bundled serif averages 0.484 em a character in English prose (spaces included;
 * measured as 452 pt / 89 characters at 10.5 pt on the old A4 page), so 66 characters are
 * 32 em. The body size grows with the page (a large page is read from further away and takes
 * larger type and so a wider measure in points), from 10 pt on a 6x9in page to 11.5 pt at most;
 * the margins are what the measure leaves.
 *
 * @param body    body text size, in points
 * @param measure the line length of body text, in points
 */
public record TypeScale(double body, double measure) {
    /** Characters a line should hold, and what that is in ems for the bundled serif. */
    static final double MEASURE_EM = 32;
    /** Baseline to baseline of body text, in body sizes. */
    public static final double LEADING = 1.38;
    /** Baseline to baseline of headings, which are set tighter. */
    static final double HEADING_LEADING = 1.25;
    /** The narrowest margin the measure may leave on a small page, in points. */
    static final double MIN_MARGIN = 36;
    private static final double[] HEADINGS = {1.62, 1.33, 1.14, 1.05, 1.0, 1.0};

    /** The scale for a page of this width: body size from the page, the measure from the body size. */
    public static TypeScale forPageWidth(double width) {
        double body = Math.max(10, Math.min(11.5, Math.round(width / 54 * 4) / 4.0));
        double measure = Math.min(MEASURE_EM * body, width - 2 * MIN_MARGIN);
        return new TypeScale(body, measure);
    }

    /** A heading of level 1 to 6. */
    public double heading(int level) {
        return body * HEADINGS[Math.max(1, Math.min(6, level)) - 1];
    }

    public double title() {
        return body * 2;
    }

    public double subtitle() {
        return body * 1.29;
    }

    public double byline() {
        return body * 1.05;
    }

    /** Footnotes. */
    public double note() {
        return body * 0.81;
    }

    /** Table cells. */
    public double table() {
        return body * 0.9;
    }

    /** Code blocks (monospaced type looks larger than the serif at the same size). */
    public double code() {
        return body * 0.82;
    }

    /** Running heads and page numbers. */
    public double furniture() {
        return body * 0.81;
    }
}
