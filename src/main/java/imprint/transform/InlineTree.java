package imprint.transform;

import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Depth-capped traversal and rebuilding of inline trees. Containers deeper than
 * {@link #MAX_DEPTH} count as opaque leaves and come back unchanged; the leaf order of
 * {@link #leaves} and {@link #map} is the same, which lets a pass compute per-text results
 * and then apply them.
 */
final class InlineTree {
    static final int MAX_DEPTH = 200;

    private InlineTree() {
    }

    /** Calls {@code sink} for every leaf in reading order (and for opaque, over-deep containers). */
    static void leaves(List<Inline> content, Consumer<Inline> sink) {
        leaves(content, sink, in -> false, 0);
    }

    /** Like {@link #leaves(List, Consumer)}, with the containers {@code opaque} accepts as leaves. */
    static void leaves(List<Inline> content, Consumer<Inline> sink, java.util.function.Predicate<Inline> opaque) {
        leaves(content, sink, opaque, 0);
    }

    private static void leaves(List<Inline> content, Consumer<Inline> sink, java.util.function.Predicate<Inline> opaque,
            int depth) {
        for (Inline in : content) {
            List<Inline> kids = children(in);
            if (kids == null || depth >= MAX_DEPTH || opaque.test(in)) {
                sink.accept(in);
            } else {
                leaves(kids, sink, opaque, depth + 1);
            }
        }
    }

    /**
     * Rebuilds content with {@code leaf} applied to every leaf and {@code link} to every link
     * (before its content is rebuilt).
     */
    static List<Inline> map(List<Inline> content, UnaryOperator<Inline> leaf, UnaryOperator<Inline.Link> link) {
        return map(content, leaf, link, in -> false, 0);
    }

    /** Like {@link #map(List, UnaryOperator, UnaryOperator)}, with the containers {@code opaque} accepts as leaves. */
    static List<Inline> map(List<Inline> content, UnaryOperator<Inline> leaf, UnaryOperator<Inline.Link> link,
            java.util.function.Predicate<Inline> opaque) {
        return map(content, leaf, link, opaque, 0);
    }

    private static List<Inline> map(List<Inline> content, UnaryOperator<Inline> leaf,
            UnaryOperator<Inline.Link> link, java.util.function.Predicate<Inline> opaque, int depth) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline in : content) {
            List<Inline> kids = children(in);
            if (kids == null || depth >= MAX_DEPTH || opaque.test(in)) {
                out.add(leaf.apply(in));
            } else if (in instanceof Inline.Emphasis) {
                out.add(new Inline.Emphasis(map(kids, leaf, link, opaque, depth + 1)));
            } else if (in instanceof Inline.Strong) {
                out.add(new Inline.Strong(map(kids, leaf, link, opaque, depth + 1)));
            } else if (in instanceof Inline.Strikethrough) {
                out.add(new Inline.Strikethrough(map(kids, leaf, link, opaque, depth + 1)));
            } else if (in instanceof Inline.Span s) {
                out.add(new Inline.Span(s.lang(), s.dir(), map(kids, leaf, link, opaque, depth + 1)));
            } else if (in instanceof Inline.Link l) {
                Inline.Link m = link.apply(l);
                out.add(new Inline.Link(m.target(), m.title(), map(kids, leaf, link, opaque, depth + 1)));
            }
        }
        return out;
    }

    private static List<Inline> children(Inline in) {
        return imprint.model.Inlines.children(in);
    }
}
