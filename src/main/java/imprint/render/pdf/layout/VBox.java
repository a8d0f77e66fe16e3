package imprint.render.pdf.layout;

import java.util.List;

/**
 * One unit of vertical layout (a line, a table row, an image), with its drawing relative to
 * its top-left corner. {@code breakBefore} says whether a page may end just before it.
 *
 * @param header a repeated table header row to draw again at the top of a continued page, or null
 */
public record VBox(double height, double spaceBefore, List<Op> ops, boolean breakBefore, VBox header) {
    public VBox {
        ops = List.copyOf(ops);
    }

    public VBox withBreakBefore(boolean b) {
        return new VBox(height, spaceBefore, ops, b, header);
    }
}
