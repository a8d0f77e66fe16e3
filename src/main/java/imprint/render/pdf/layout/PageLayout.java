package imprint.render.pdf.layout;

import java.util.List;

/** A finished page: its number, its size and its display list. */
public record PageLayout(int number, double width, double height, List<Op> ops) {
    public PageLayout {
        ops = List.copyOf(ops);
    }
}
