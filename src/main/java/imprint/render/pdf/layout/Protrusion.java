package imprint.render.pdf.layout;

/**
 * Character protrusion (hanging punctuation): how far a line's last glyph may hang into the
 * right margin, as a share of its own width, so that the edge of the text block looks straight
 * to the eye rather than to the ruler (a hyphen or full stop set flush leaves a visible notch).
 *
 * <p>The shares are microtype's default protrusion set ({@code mt-cmr}/{@code default}, right
 * side, in thousandths of the glyph): full stop, comma and hyphen 700, colon and semicolon 500,
 * en dash 300, em dash 200, exclamation and question marks 200, closing single quote 700 and
 * closing double quote 500. Letters (microtype's 50s) are left flush. The line breaker counts a
 * line as that much shorter, which gives the lines it may choose a little more room.
 */
final class Protrusion {
    private Protrusion() {
    }

    /** The right-side share of the glyph that may hang past the measure. */
    static double right(int cp) {
        return switch (cp) {
            case '.', ',', '-', '\u2019', '\'', '\u00AD', '\u2010' -> 0.7;
            case ':', ';', '\u201D', '"' -> 0.5;
            case '\u2013' -> 0.3;
            case '\u2014', '!', '?' -> 0.2;
            default -> 0;
        };
    }

    /** How far the text may hang past the measure when a line ends after it, in points. */
    static double after(String text, FontMetrics fm, double size) {
        if (text.isEmpty()) {
            return 0;
        }
        int cp = text.codePointBefore(text.length());
        double share = right(cp);
        return share == 0 ? 0 : share * fm.width(new String(Character.toChars(cp)), size);
    }
}
