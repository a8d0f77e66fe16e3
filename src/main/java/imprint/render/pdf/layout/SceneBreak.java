package imprint.render.pdf.layout;

import java.util.List;

/**
 * A scene break ({@code Block.ThematicBreak}): a centred fleuron (U+2766, from the bundled
 * DejaVu Sans Mono, the one bundled font that has it; {@code * * *} if a font set lacks it),
 * an artifact like any ornament. It is never the first or the last thing on a page: the page
 * may not end just before it (it stays with the line above) nor just after it (the next line
 * stays with it), so a break falling at a page end moves over with the last line before it.
 */
final class SceneBreak {
    static final String FLEURON = "\u2766";
    static final String ASTERISKS = "*\u2003*\u2003*";

    private SceneBreak() {
    }

    /** The break's box, {@code indent} from the left of a column {@code width} wide, for text of {@code size}. */
    static VBox box(Glyphs glyphs, double indent, double width, double size) {
        boolean fleuron = glyphs.fonts().metrics(Face.MONO).canDisplay(FLEURON.codePointAt(0));
        String mark = fleuron ? FLEURON : ASTERISKS;
        Face face = fleuron ? Face.MONO : Face.SERIF;
        double markSize = fleuron ? size * 1.7 : size;
        double w = glyphs.fonts().metrics(face).width(mark, markSize);
        double x = indent + (width - indent - w) / 2;
        return new VBox(size * 2.2, 0, List.of(new Op.Text(x, size * 1.45, mark, Style.of(face, markSize), null)), false, null);
    }
}
