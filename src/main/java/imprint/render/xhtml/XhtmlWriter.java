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
    private PageBreaks pageBreaks;

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
        if (pageBreaks != null) {
            pageBreaks.opened(tag, sb.length());
        }
        return this;
    }

    /** Page breaks to mark in the text written from now on, or null for none. */
    void pageBreaks(PageBreaks breaks) {
        this.pageBreaks = breaks;
    }

    /**
     * Inserts an empty element at an earlier output position {@code at} (where text was
     * written, so the markup stays well-formed); returns how many characters it took.
     */
    int insertEmpty(int at, String tag, String... attrs) {
        int end = sb.length();
        empty(tag, attrs);
        String markup = sb.substring(end);
        sb.setLength(end);
        sb.insert(at, markup);
        return markup.length();
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
        if (pageBreaks != null) {
            pageBreaks.text(s, part -> escape(part, false));
        } else {
            escape(s, false);
        }
        return this;
    }

    /**
     * Escaped text that is not the document's own (a chapter's "Chapter 2", which the PDF draws
     * as an artifact): the print edition's page starts do not count its letters.
     */
    public XhtmlWriter furniture(String s) {
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
