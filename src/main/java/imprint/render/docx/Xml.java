package imprint.render.docx;

import imprint.render.XmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way WordprocessingML is written here: markup appended as text, with every value
 * escaped by {@link XmlText}, streamed as UTF-8 to the part's zip entry in chunks so that a
 * part never has to be held whole (a 100,000-row table is tens of megabytes of XML). Markup
 * constants are written as they are; the callers keep the schema's element order.
 */
final class Xml {
    /** Flushed to the stream beyond this many characters. */
    private static final int CHUNK = 1 << 16;

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The namespaces of parts that hold paragraphs: text, relationships and drawings. */
    static final String CONTENT_NAMESPACES = " xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private final StringBuilder sb = new StringBuilder(CHUNK + 4096);
    private final OutputStream out;

    /** @param out where the part's bytes go, or null to keep them (see {@link #bytes()}) */
    Xml(OutputStream out) {
        this.out = out;
    }

    /** A writer that keeps the part in memory, for small parts. */
    static Xml inMemory() {
        return new Xml(null);
    }

    /** Markup written as it is: element names, constant attributes. */
    Xml raw(String markup) {
        sb.append(markup);
        return this;
    }

    Xml raw(char c) {
        sb.append(c);
        return this;
    }

    Xml raw(long n) {
        sb.append(n);
        return this;
    }

    /** Element text, escaped; characters XML 1.0 forbids are dropped. */
    Xml text(String s) {
        XmlText.escape(s, false, sb);
        return maybeFlush();
    }

    /** A double-quoted attribute value, escaped. */
    Xml attr(String s) {
        XmlText.escape(s, true, sb);
        return this;
    }

    /** {@code <name w:val="value"/>}, the commonest element of WordprocessingML. */
    Xml val(String name, String value) {
        sb.append('<').append(name).append(" w:val=\"");
        XmlText.escape(value, true, sb);
        sb.append("\"/>");
        return this;
    }

    Xml val(String name, long value) {
        sb.append('<').append(name).append(" w:val=\"").append(value).append("\"/>");
        return this;
    }

    /** Writes out what has been built when it is large; cheap to call often. */
    Xml maybeFlush() {
        if (out != null && sb.length() >= CHUNK) {
            flush();
        }
        return this;
    }

    /** Writes out everything built so far. */
    void flush() {
        if (out == null || sb.length() == 0) {
            return;
        }
        try {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sb.setLength(0);
    }

    /** The part, for a writer made with {@link #inMemory()}. */
    byte[] bytes() {
        if (out != null) {
            throw new IllegalStateException("a streamed part is not kept");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
