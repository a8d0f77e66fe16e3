package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with boxes: a page may only end where a box allows a break before it (so headings
 * stay with their text and paragraphs leave no widows or orphans); a group too tall for any page
 * is split box by box. Table header rows are repeated on continued pages. Adds the running head
 * and the page number as page furniture.
 */
public final class Paginator {
    private final PageGeometry g;
    private final String runningHead;
    private final Glyphs glyphs;
    private final List<PageLayout> pages = new ArrayList<>();
    private List<Op> ops = new ArrayList<>();
    private double y;

    public Paginator(PageGeometry g, String runningHead, Glyphs glyphs) {
        this.g = g;
        this.runningHead = runningHead;
        this.glyphs = glyphs;
    }

    public List<PageLayout> paginate(List<VBox> boxes) {
        int i = 0;
        while (i < boxes.size()) {
            int j = i + 1;
            while (j < boxes.size() && !boxes.get(j).breakBefore()) {
                j++;
            }
            double h = 0;
            for (int k = i; k < j; k++) {
                h += (k == i && y == 0 ? 0 : boxes.get(k).spaceBefore()) + boxes.get(k).height();
            }
            if (y + h <= g.textHeight() + 0.01) {
                for (int k = i; k < j; k++) {
                    place(boxes.get(k));
                }
                i = j;
            } else if (y > 0 && h <= g.textHeight()) {
                newPage(boxes.get(i));
            } else {
                for (int k = i; k < j; k++) {
                    VBox b = boxes.get(k);
                    if (y > 0 && y + b.spaceBefore() + b.height() > g.textHeight() + 0.01) {
                        newPage(b);
                    }
                    place(b);
                }
                i = j;
            }
        }
        finishPage();
        return pages;
    }

    private void newPage(VBox next) {
        finishPage();
        if (next.header() != null) {
            place(next.header());
        }
    }

    private void place(VBox b) {
        double top = y == 0 ? 0 : b.spaceBefore();
        double dx = g.left(pages.size() + 1);
        double dy = g.top() + y + top;
        for (Op op : b.ops()) {
            ops.add(op.moved(dx, dy));
        }
        y += top + b.height();
    }

    private void finishPage() {
        if (ops.isEmpty() && !pages.isEmpty()) {
            return;
        }
        int number = pages.size() + 1;
        double left = g.left(number);
        Style small = Style.of(Face.SANS, 8.5);
        String num = Integer.toString(number);
        double nw = glyphs.fonts().metrics(Face.SANS).width(num, 8.5);
        ops.add(new Op.Text(left + (g.textWidth() - nw) / 2, g.height() - g.bottom() * 0.5, num, small, null));
        if (number > 1 && !runningHead.isBlank()) {
            String head = fit(runningHead, g.textWidth() * 0.8);
            double hw = glyphs.fonts().metrics(Face.SANS_ITALIC).width(head, 8.5);
            double hx = g.duplex() && number % 2 == 0 ? left : left + g.textWidth() - hw;
            double hy = g.top() * 0.55;
            ops.add(new Op.Text(hx, hy, head, Style.of(Face.SANS_ITALIC, 8.5), null));
            ops.add(new Op.Rule(left, hy + 4, left + g.textWidth(), hy + 4, 0.4, 0.5f));
        }
        pages.add(new PageLayout(number, g.width(), g.height(), ops));
        ops = new ArrayList<>();
        y = 0;
    }

    private String fit(String s, double width) {
        FontMetrics fm = glyphs.fonts().metrics(Face.SANS_ITALIC);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!fm.canDisplay(cp)) {
                continue;
            }
            sb.appendCodePoint(cp);
            if (fm.width(sb + "\u2026", 8.5) > width) {
                sb.setLength(Math.max(0, sb.length() - 1));
                return sb + "\u2026";
            }
        }
        return sb.toString();
    }
}
