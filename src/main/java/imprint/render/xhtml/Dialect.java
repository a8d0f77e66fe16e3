package imprint.render.xhtml;

/**
 * The two kinds of document the body writer serves. The markup is the same but for what one
 * allows and the other forbids: EPUB 3 content documents are XHTML and carry {@code epub:type}
 * for reading systems; HTML5 served as {@code text/html} rejects namespaced attributes and
 * relies on ARIA roles alone.
 */
public enum Dialect {
    EPUB, HTML;

    /** The {@code epub:type} attribute name, or null (attribute skipped) in HTML. */
    String epubType() {
        return this == EPUB ? "epub:type" : null;
    }
}
