package imprint.render.pdf.layout;

/**
 * How a justified line fills its measure: first by font expansion, then by its spaces.
 *
 * <p>Font expansion is pdfTeX's (microtype's {@code expansion}): every glyph of the line is
 * drawn up to {@link #MAX_EXPANSION} wider or narrower, in steps of {@link #STEP}, which the eye
 * does not see at body sizes but which gives a 66-character line about 6 pt of play, as much as
 * its ten spaces' stretch. Unlike pdfTeX, which shares the difference between glyphs and spaces
 * in proportion, the glyphs take it first and the spaces only what is left: what a reader sees
 * of justification is the spaces, so keeping them at their natural width on most lines is what
 * narrows the word-space spread (the benchmark's p95/p5). The line breaker sees the same fit,
 * so a line that expansion alone sets costs nothing, and fewer paragraphs need hyphens.
 *
 * @param expansion the glyphs' scale less one (0.02 is 2 % wider)
 * @param ratio     the spaces' adjustment ratio after expansion (Knuth and Plass's r)
 */
record LineFit(double expansion, double ratio) {
    /** The most the glyphs are widened or narrowed: microtype's default stretch and shrink of 20 (2 %). */
    static final double MAX_EXPANSION = 0.02;
    /** Expansion steps: 0.1 %, so the content stream's {@code Tz} values stay few and short. */
    static final double STEP = 0.001;
    /** Stretch at least this is a paragraph's closing fill, which is not justified. */
    private static final double FILL = 1e5;

    /**
     * The fit of a line.
     *
     * @param expandable the width of the line's glyphs that may expand (pictures excluded)
     */
    static LineFit of(double width, double natural, double stretch, double shrink, double expandable) {
        double need = width - natural;
        if (need == 0) {
            return new LineFit(0, 0);
        }
        double e = 0;
        if (expandable > 0 && !(need > 0 && stretch >= FILL)) {
            e = Math.max(-MAX_EXPANSION, Math.min(MAX_EXPANSION, need / expandable));
            e = Math.signum(e) * Math.floor(Math.abs(e) / STEP + 1e-9) * STEP;
        }
        double rest = need - e * expandable;
        double ratio;
        if (rest > 0) {
            ratio = stretch > 0 ? rest / stretch : Double.MAX_VALUE / 2;
        } else if (rest < 0) {
            ratio = shrink > 0 ? rest / shrink : -Double.MAX_VALUE / 2;
        } else {
            ratio = 0;
        }
        return new LineFit(e, ratio);
    }
}
