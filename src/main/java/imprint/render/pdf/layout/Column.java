package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The column of boxes the layouter is filling, with the rules for where a page may end inside
 * it: the first line of a run of lines may always break, later lines only where they leave two
 * lines on each side (no widows or orphans), and a pending keep-with-next holds that many boxes
 * to what comes before them. A page never ends on a hyphenated word (TeX's {@code \brokenpenalty},
 * made absolute): the line after a hyphen stays with it, unless a group is too tall for a page.
 */
final class Column implements FrontMatter.Column {
    private final List<VBox> out = new ArrayList<>();
    private int keepNext;
    /** Boxes added since the document began (the column itself is emptied block by block). */
    private long added;

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
            if (i > 0 && endsInHyphen(boxes.get(i - 1))) {
                allowed = false;
            }
            added++;
            out.add(new VBox(b.height(), i == 0 ? spaceBefore : 0, b.ops(), allowed, b.header(), b.notes()));
        }
    }

    /** Adds one box as it is. */
    @Override
    public void add(VBox box) {
        added++;
        out.add(box);
    }

    /** How many boxes were added since the document began. */
    long added() {
        return added;
    }

    /** Whether a line's last word is hyphenated (drawn with a soft hyphen, see {@link LineSetter}). */
    static boolean endsInHyphen(VBox line) {
        for (int i = line.ops().size() - 1; i >= 0; i--) {
            if (line.ops().get(i) instanceof Op.Text t && t.owner() != null) {
                return t.text().endsWith("\u00AD");
            }
        }
        return false;
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

    /** Adds a vertical rule at {@code x} beside every box from {@code from} on (a block quote's). */
    void ruleBeside(int from, double x) {
        for (int i = from; i < size(); i++) {
            VBox b = get(i);
            List<Op> ops = new ArrayList<>(b.ops());
            ops.add(new Op.Rule(x, 0, x, b.height(), 1.2, 0.6f));
            set(i, b.withOps(ops));
        }
    }
}
