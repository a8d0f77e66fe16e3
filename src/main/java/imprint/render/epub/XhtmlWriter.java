package imprint.render.epub;

/**
 * The one place that writes XHTML markup. {@link #text} and attribute values are always
 * escaped, and characters XML forbids are dropped, so every document it produces is
 * well-formed whatever the input held; there is deliberately no way to write raw markup from
 * document content.
 */
final class XhtmlWriter {
    private final StringBuilder sb = new StringBuilder(8192);

    /** Opens an element; {@code attrs} are name, value pairs (a null value skips the pair). */
    XhtmlWriter open(String tag, String... attrs) {
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append('>');
        return this;
    }

    /** Writes an empty element such as {@code <br/>}. */
    XhtmlWriter empty(String tag, String... attrs) {
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append("/>");
        return this;
    }

    XhtmlWriter close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only escaped text. */
    XhtmlWriter element(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    XhtmlWriter text(String s) {
        escape(s, false);
        return this;
    }

    XhtmlWriter newline() {
        sb.append('\n');
        return this;
    }

    /** Markup from this package's own constant strings (declarations, doctype), never content. */
    XhtmlWriter markup(String constant) {
        sb.append(constant);
        return this;
    }

    int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void attributes(String... attrs) {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
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
