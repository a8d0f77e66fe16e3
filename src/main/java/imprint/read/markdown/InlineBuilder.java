package imprint.read.markdown;

import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects inline content, merging adjacent text (commonmark splits text at every delimiter)
 * in a buffer so that long paragraphs stay linear.
 */
final class InlineBuilder {
    private final List<Inline> items = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private boolean joinSpaces;

    void text(String s) {
        String t = s;
        if (joinSpaces && pending.length() > 0 && pending.charAt(pending.length() - 1) == ' ') {
            t = t.replaceFirst("^ +", "");
        }
        joinSpaces = false;
        pending.append(t);
    }

    /**
     * Something between two spaces was dropped (raw HTML): the space after it is not needed,
     * so "a <b> c" reads "a c", not "a  c".
     */
    void dropped() {
        joinSpaces = true;
    }

    void add(Inline in) {
        if (in instanceof Inline.Text t) {
            text(t.text());
            return;
        }
        joinSpaces = false;
        flush();
        items.add(in);
    }

    List<Inline> build() {
        flush();
        return List.copyOf(items);
    }

    private void flush() {
        if (pending.length() > 0) {
            items.add(new Inline.Text(pending.toString()));
            pending.setLength(0);
        }
    }
}
