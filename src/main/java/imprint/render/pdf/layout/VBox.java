package imprint.render.pdf.layout;

import java.util.List;

/**
 * One unit of vertical layout (a line, a table row, an image), with its drawing relative to
 * its top-left corner. {@code breakBefore} says whether a page may end just before it.
 *
 * @param header a repeated table header row to draw again at the top of a continued page, or null
 * @param notes  numbers of the footnotes referenced on this line, to be set on the same page
 */
public record VBox(double height, double spaceBefore, List<Op> ops, boolean breakBefore, VBox header,
                   List<Integer> notes) {
    public VBox {
        ops = List.copyOf(ops);
        notes = List.copyOf(notes);
    }

    public VBox(double height, double spaceBefore, List<Op> ops, boolean breakBefore, VBox header) {
        this(height, spaceBefore, ops, breakBefore, header, List.of());
    }

    public VBox withBreakBefore(boolean b) {
        return new VBox(height, spaceBefore, ops, b, header, notes);
    }

    public VBox withSpaceBefore(double s) {
        return new VBox(height, s, ops, breakBefore, header, notes);
    }

    /** The baseline of the box's first text, or {@code fallback} when it holds none. */
    public double firstBaseline(double fallback) {
        for (Op op : ops) {
            if (op instanceof Op.Text t) {
                return t.y();
            }
        }
        return fallback;
    }

    public VBox withOps(List<Op> o) {
        return new VBox(height, spaceBefore, o, breakBefore, header, notes);
    }
}
