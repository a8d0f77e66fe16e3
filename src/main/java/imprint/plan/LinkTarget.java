package imprint.plan;

/**
 * Where a link goes, decided once for every format by {@link imprint.model.LinkPolicy} and the
 * document's own ids.
 *
 * @param kind  what to make of the link
 * @param uri   the URL for {@link Kind#EXTERNAL}, else empty
 * @param id    the target id for {@link Kind#INTERNAL}, else empty
 * @param block the top-level block holding the target for {@link Kind#INTERNAL}, else -1
 */
public record LinkTarget(Kind kind, String uri, String id, int block) {
    /** What a renderer makes of a link. */
    public enum Kind {
        /** A clickable link to a URL. */
        EXTERNAL,
        /** A clickable link to a place in this document. */
        INTERNAL,
        /** Not a link in any output: the link's text is shown as plain text. */
        TEXT
    }

    static final LinkTarget TEXT = new LinkTarget(Kind.TEXT, "", "", -1);

    static LinkTarget external(String uri) {
        return new LinkTarget(Kind.EXTERNAL, uri, "", -1);
    }

    static LinkTarget internal(String id, int block) {
        return new LinkTarget(Kind.INTERNAL, "", id, block);
    }

    public boolean isLink() {
        return kind != Kind.TEXT;
    }
}
