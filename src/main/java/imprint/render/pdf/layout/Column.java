package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The column of boxes the layouter is filling, with the rules for where a page may end inside
 * it: the first line of a run of lines may always break, later lines only where they leave two
 * lines on each side (no widows or orphans), and a pending keep-with-next holds that many boxes
 * to what comes before them.
 */
final class Column implements FrontMatter.Column {
    private final List<VBox> out = new ArrayList<>();
    private int keepNext;

    /** Adds boxes; the first gets the space before it; keep-with-next and orphans are applied. */
    @Override
    public void emit(List<VBox> boxes, double spaceBefore) {
        int n = boxes.size();
        for (int i = 0; i < n; i++) {
            VBox b = boxes.get(i);
            boolean allowed = i == 0 || (i >= 2 && n - i >= 2);
            if (keepNext > 0) {
                allowed = false;
                keepNext--;
            }
            out.add(new VBox(b.height(), i == 0 ? spaceBefore : 0, b.ops(), allowed, b.header(), b.notes()));
        }
    }

    /** Adds one box as it is. */
    @Override
    public void add(VBox box) {
        out.add(box);
    }

    /** The next {@code lines} boxes may not start a page. */
    @Override
    public void keepNext(int lines) {
        keepNext = lines;
    }

    int keepNext() {
        return keepNext;
    }

    int size() {
        return out.size();
    }

    boolean isEmpty() {
        return out.isEmpty();
    }

    VBox get(int i) {
        return out.get(i);
    }

    void set(int i, VBox b) {
        out.set(i, b);
    }

    /** A short run of boxes from {@code from} (a list item, a short quote) is not split across pages. */
    void keepTogether(int from, int maxLines) {
        if (out.size() - from <= maxLines) {
            for (int i = from + 1; i < out.size(); i++) {
                out.set(i, out.get(i).withBreakBefore(false));
            }
        }
    }

    /** Takes every box so far, leaving the column empty. */
    List<VBox> take() {
        List<VBox> boxes = List.copyOf(out);
        out.clear();
        return boxes;
    }

    void clear() {
        out.clear();
    }
}
