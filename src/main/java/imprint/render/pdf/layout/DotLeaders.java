package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The dot leaders of a contents line, from the end of the entry's text to its page number.
 * The dots stand on a grid measured from the right edge, so that they line up from row to row
 * as typesetters set them; they are decoration (artifacts), the entry and its number are the
 * content.
 */
final class DotLeaders {
    /** The distance between dots, and the room kept clear at either end. */
    static final double PITCH = 5;
    static final double CLEAR = 4;
    static final double SIZE = 9;

    private DotLeaders() {
    }

    /** Dots between {@code from} and {@code to} (x in points) on the baseline {@code y}; none when there is no room. */
    static List<Op> between(double from, double to, double y, Glyphs glyphs) {
        List<Op> dots = new ArrayList<>();
        double dot = glyphs.fonts().metrics(Face.SERIF).width(".", SIZE);
        Style base = Style.of(Face.SERIF, SIZE);
        Style style = new Style(base.face(), base.size(), base.link(), false, 0, 0.45f);
        for (double x = to - CLEAR - dot; x >= from + CLEAR; x -= PITCH) {
            dots.add(new Op.Text(x, y, ".", style, null));
        }
        java.util.Collections.reverse(dots); // drawn left to right
        return dots;
    }
}
