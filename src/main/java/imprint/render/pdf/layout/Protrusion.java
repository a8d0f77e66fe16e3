package imprint.render.pdf.layout;

import java.util.List;

/**
 * Character protrusion (hanging punctuation): how far a line's last glyph may hang into the
 * right margin, as a share of its own width, so that the edge of the text block looks straight
 * to the eye rather than to the ruler (a hyphen or full stop set flush leaves a visible notch).
 *
 * <p>The shares are microtype's default protrusion set ({@code mt-cmr}/{@code default}, right
 * side, in thousandths of the glyph): full stop, comma and hyphen 700, colon and semicolon 500,
 * en dash 300, em dash 200, exclamation and question marks 200, closing single quote 700 and
 * closing double quote 500; on the left, opening single quote 700 and double quote 500 (a line of
 * dialogue starts with its letters on the margin). Letters (microtype's 50s) are left flush. The
 * line breaker counts a line as that much shorter, which gives the lines it may choose a little
 * more room.
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

    /** The left-side share of an opening quote that may hang into the left margin (microtype: ‘ 700, “ 500). */
    static double left(int cp) {
        return switch (cp) {
            case '\u2018' -> 0.7;
            case '\u201C', '"' -> 0.5;
            default -> 0;
        };
    }

    /** How far the text may hang into the left margin when a line starts with it, in points. */
    static double before(String text, FontMetrics fm, double size) {
        if (text.isEmpty()) {
            return 0;
        }
        int cp = text.codePointAt(0);
        double share = left(cp);
        return share == 0 ? 0 : share * fm.width(new String(Character.toChars(cp)), size);
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

    /**
     * Opening quotes hang into the left margin of the line they start: the space before the
     * word is counted longer by the hang and an empty box of minus the hang follows it, so the sum
     * is unchanged unless the line breaks at that space (then the space goes and the line starts
     * the hang to the left). A paragraph's first word does not hang: it follows the indent.
     */
    static void hangOpeningQuotes(List<Item> items, List<Piece> pieces, FontSet fonts) {
        int box = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box) {
                box++;
            } else if (it instanceof Item.Glue g && g.width() > 0 && g.stretch() < 1e5 && i + 1 < items.size()
                    && items.get(i + 1) instanceof Item.Box && box < pieces.size() && pieces.get(box).picture() == null) {
                Piece next = pieces.get(box);
                double h = Protrusion.before(next.text(), fonts.metrics(next.style().face()), next.style().size());
                if (h > 0) {
                    items.set(i, new Item.Glue(g.width() + h, g.stretch(), g.shrink()));
                    items.add(i + 1, new Item.Box(-h, null, 0));
                    pieces.add(box, new Piece("", next.style(), next.owner()));
                    box++;
                    i++;
                }
            }
        }
    }
}
