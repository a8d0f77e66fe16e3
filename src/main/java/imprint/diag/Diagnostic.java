package imprint.diag;

import java.util.Objects;

/**
 * One message about a document: what happened, where, and how serious it is.
 *
 * @param line   1-based source line, or 0 when unknown
 * @param column 1-based source column, or 0 when unknown
 */
public record Diagnostic(Severity severity, Code code, String message, int line, int column) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Formats as {@code file:line:col: warning: text [CODE]}; position parts that are unknown
     * are left out. Control characters in the message are replaced so the line stays one line.
     */
    public String format(String file) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(severity.word()).append(": ");
        message.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.append(" [").append(code.name()).append(']').toString();
    }
}
