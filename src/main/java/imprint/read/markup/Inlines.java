package imprint.read.markup;

import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects inline content the way a browser lays out white space: runs of spaces, tabs and
 * line ends are one space, a space after a space (across element boundaries) is dropped, and
 * the outermost sequence is stripped at both ends. Adjacent text is merged.
 */
final class Inlines {
    private final List<Inline> items = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean lastSpace;

    Inlines() {
        this.lastSpace = true; // a block starts as if after a space: leading white space goes
    }

    /** A builder for the content of an element inside this one, sharing the white-space state. */
    Inlines child() {
        Inlines c = new Inlines();
        c.lastSpace = lastSpace;
        return c;
    }

    void continueAfter(Inlines inner) {
        lastSpace = inner.lastSpace;
    }

    void text(String s) {
        String t = Node.collapse(s);
        if (lastSpace && t.startsWith(" ")) {
            t = t.substring(1);
        }
        if (t.isEmpty()) {
            return;
        }
        pending.append(t);
        lastSpace = t.endsWith(" ");
    }

    void add(Inline in) {
        flush();
        items.add(in);
        if (in instanceof Inline.LineBreak) {
            lastSpace = true;
            // a space before a line break is not wanted either
            stripTrailing(items.size() - 2);
        } else if (!(in instanceof Inline.Emphasis || in instanceof Inline.Strong
                || in instanceof Inline.Strikethrough || in instanceof Inline.Link || in instanceof Inline.Span)) {
            lastSpace = false;
        }
    }

    List<Inline> build(boolean outermost) {
        flush();
        if (outermost && !items.isEmpty()) {
            stripTrailing(items.size() - 1);
            if (items.get(items.size() - 1) instanceof Inline.LineBreak) {
                items.remove(items.size() - 1);
            }
        }
        items.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return List.copyOf(items);
    }

    private void stripTrailing(int index) {
        if (index >= 0 && items.get(index) instanceof Inline.Text t && t.text().endsWith(" ")) {
            items.set(index, new Inline.Text(t.text().stripTrailing()));
        }
    }

    private void flush() {
        if (pending.length() > 0) {
            if (!items.isEmpty() && items.get(items.size() - 1) instanceof Inline.Text prev) {
                items.set(items.size() - 1, new Inline.Text(prev.text() + pending));
            } else {
                items.add(new Inline.Text(pending.toString()));
            }
            pending.setLength(0);
        }
    }
}
