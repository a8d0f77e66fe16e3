package imprint.render.pdf.layout;

import java.util.List;
import java.util.Locale;

/**
 * A plain-text dump of laid-out pages, one operation per line, so that a change to line breaking
 * or pagination shows up as a reviewable diff rather than only as a different PDF.
 */
public final class LayoutPrinter {
    private LayoutPrinter() {
    }

    public static String print(List<PageLayout> pages) {
        StringBuilder sb = new StringBuilder();
        for (PageLayout p : pages) {
            sb.append(String.format(Locale.ROOT, "page %d %.1fx%.1f%n", p.number(), p.width(), p.height()));
            for (Op op : p.ops()) {
                sb.append("  ").append(line(op)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String line(Op op) {
        if (op instanceof Op.Text t) {
            return String.format(Locale.ROOT, "text %7.2f %7.2f %s %.1f%s \"%s\"", t.x(), t.y(), t.style().face(),
                    t.style().size(), t.owner() == null ? " artifact" : " " + t.owner().role() + (t.owner().level() > 0 ? Integer.toString(t.owner().level()) : ""),
                    t.text().replace("\u00AD", "\\u00AD"));
        } else if (op instanceof Op.Rule r) {
            return String.format(Locale.ROOT, "rule %7.2f %7.2f %7.2f %7.2f", r.x1(), r.y1(), r.x2(), r.y2());
        } else if (op instanceof Op.Fill f) {
            return String.format(Locale.ROOT, "fill %7.2f %7.2f %7.2f %7.2f", f.x(), f.y(), f.w(), f.h());
        } else if (op instanceof Op.Image i) {
            return String.format(Locale.ROOT, "image %7.2f %7.2f %7.2f %7.2f %s", i.x(), i.y(), i.w(), i.h(), i.image().name());
        } else if (op instanceof Op.Link l) {
            return String.format(Locale.ROOT, "link %7.2f %7.2f %7.2f %7.2f %s", l.x(), l.y(), l.w(), l.h(), l.target());
        } else if (op instanceof Op.Dest d) {
            return String.format(Locale.ROOT, "dest %s %7.2f %s", d.id(), d.y(), d.title() == null ? "" : d.title());
        }
        return op.toString();
    }
}
