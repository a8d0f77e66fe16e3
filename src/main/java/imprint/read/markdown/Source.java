package imprint.read.markdown;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Source positions of commonmark nodes, shifted past the front matter. */
final class Source {
    private int lineOffset;

    Source(int lineOffset) {
        this.lineOffset = lineOffset;
    }

    /** Shifts positions while converting a re-parsed part of the source; returns the old offset. */
    int shift(int newOffset) {
        int old = lineOffset;
        lineOffset = newOffset;
        return old;
    }

    /** 1-based line of a node (or of its nearest ancestor that has a position). */
    int line(Node node) {
        SourceSpan s = span(node);
        return s == null ? 0 : s.getLineIndex() + 1 + lineOffset;
    }

    /** 1-based column of a node, or 0 when unknown. */
    int column(Node node) {
        SourceSpan s = span(node);
        return s == null ? 0 : s.getColumnIndex() + 1;
    }

    private static SourceSpan span(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0);
            }
        }
        return null;
    }
}
