package imprint.render.xhtml;

/**
 * The one place that writes XHTML and HTML markup (and the EPUB's package documents). {@link #text} and attribute values are always
 * escaped, and characters XML forbids are dropped, so every document it produces is
 * well-formed whatever the input held; there is deliberately no way to write raw markup from
 * document content.
 */
public final class XhtmlWriter {
    private final StringBuilder sb = new StringBuilder(8192);
    private final String emptyEnd;

    /** A writer of XHTML (and XML): empty elements end in {@code />}. */
    public XhtmlWriter() {
        this(true);
    }

    /**
     * @param xml true for XHTML and XML ({@code <br/>}), false for HTML served as
     *            {@code text/html}, whose void elements take no slash ({@code <br>})
     */
    public XhtmlWriter(boolean xml) {
        this.emptyEnd = xml ? "/>" : ">";
    }

    /** Opens an element; {@code attrs} are name, value pairs (a null name or value skips the pair). */
    public XhtmlWriter open(String tag, String... attrs) {
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append('>');
        return this;
    }

    /** Writes an empty (void) element such as {@code <br/>}. */
    public XhtmlWriter empty(String tag, String... attrs) {
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append(emptyEnd);
        return this;
    }

    public XhtmlWriter close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    public XhtmlWriter element(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    public XhtmlWriter text(String s) {
        escape(s, false);
        return this;
    }

    public XhtmlWriter newline() {
        sb.append('\n');
        return this;
    }

    /** Markup from this package's own constant strings (declarations, doctype), never content. */
    public XhtmlWriter markup(String constant) {
        sb.append(constant);
        return this;
    }

    public int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void attributes(String... attrs) {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i] != null && attrs[i + 1] != null) {
                sb.append(' ').append(attrs[i]).append("=\"");
                escape(attrs[i + 1], true);
                sb.append('"');
            }
        }
    }

    private void escape(String s, boolean attribute) {
        imprint.render.XmlText.escape(s, attribute, sb);
    }
}
