package imprint.read.html;

import imprint.read.markup.Node;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The parts of an article page that are metadata rather than body: the first {@code h1} (the
 * title), a byline, a dateline standing on its own, a subtitle (dek) and the first
 * {@code <time datetime>}. Each is taken out of the tree when found; a caller that does not
 * use one puts it back ({@link #restoreHeading}, {@link #restoreOthers}).
 */
final class PageParts {
    String heading = "";
    String byline = "";
    String dateline = "";
    String subtitle = "";
    String time = "";
    private Taken headingAt;
    private final java.util.List<Taken> others = new java.util.ArrayList<>();

    /** Where a part was, to put it back. */
    private record Taken(Node parent, int index, Node node) {
    }

    PageParts(Node root) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            for (int i = 0; i < n.children().size(); i++) {
                Node c = n.children().get(i);
                if (c.isText() || c.name().equals("figure")) {
                    continue; // a figure's byline is the photo's credit, not the story's
                }
                if (headingAt == null && c.name().equals("h1")) {
                    heading = c.plainText();
                    headingAt = new Taken(n, i, c);
                } else if (byline.isEmpty() && (c.hasClass("byline") || c.hasClass("author") || c.name().equals("address"))) {
                    byline = c.plainText();
                    others.add(new Taken(n, i, c));
                } else if (dateline.isEmpty() && c.hasClass("dateline") && !c.name().equals("span")) {
                    dateline = c.plainText().replaceFirst("\\s*(?:---?|[—–-])$", "");
                    others.add(new Taken(n, i, c));
                } else if (subtitle.isEmpty() && (c.hasClass("subtitle") || c.hasClass("dek") || c.hasClass("standfirst"))) {
                    subtitle = c.plainText();
                    others.add(new Taken(n, i, c));
                } else {
                    if (dateline.isEmpty() && c.hasClass("dateline")) {
                        // an inline dateline stays in its paragraph; it is still the field
                        dateline = c.plainText().replaceFirst("\\s*(?:---?|[—–-])$", "");
                    }
                    if (time.isEmpty() && c.name().equals("time") && !c.attr("datetime").isBlank()
                            && (n == root || n.name().equals("header"))) {
                        // the date of the title block, not a date in a sentence
                        time = c.attr("datetime").strip();
                        others.add(new Taken(n, i, c));
                        continue;
                    }
                    stack.push(c);
                }
            }
        }
        // remove last-found first, so the indices of the others stay right
        java.util.List<Taken> all = new java.util.ArrayList<>(others);
        if (headingAt != null) {
            all.add(headingAt);
        }
        all.sort((a, b) -> a.parent() == b.parent() ? Integer.compare(b.index(), a.index()) : 0);
        for (Taken t : all) {
            t.parent().remove(t.node());
        }
    }

    void restoreHeading() {
        if (headingAt != null) {
            put(headingAt);
            headingAt = null;
            heading = "";
        }
    }

    void restoreOthers() {
        for (int i = others.size() - 1; i >= 0; i--) {
            put(others.get(i));
        }
        others.clear();
    }

    private static void put(Taken t) {
        int at = Math.min(t.index(), t.parent().children().size());
        t.parent().children().add(at, t.node());
    }
}
