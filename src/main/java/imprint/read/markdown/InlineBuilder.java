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

    void text(String s) {
        pending.append(s);
    }

    void add(Inline in) {
        if (in instanceof Inline.Text t) {
            text(t.text());
            return;
        }
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
