package imprint.serve;

import imprint.diag.Diagnostic;
import java.util.List;

/**
 * The little JSON the service writes: diagnostics and error bodies. Output is plain ASCII
 * (everything else escaped), so it may also travel in an HTTP header.
 */
final class Json {
    private Json() {
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** One diagnostic as an object: severity, code, message, and line/column when known. */
    static String diagnostic(Diagnostic d) {
        StringBuilder sb = new StringBuilder("{\"severity\":").append(string(d.severity().word()))
                .append(",\"code\":").append(string(d.code().name()))
                .append(",\"message\":").append(string(d.message()));
        if (d.line() > 0) {
            sb.append(",\"line\":").append(d.line());
            if (d.column() > 0) {
                sb.append(",\"column\":").append(d.column());
            }
        }
        return sb.append('}').toString();
    }

    /**
     * Diagnostics as an array, stopping before {@code maxChars} would be passed; the count of
     * those left out is returned through {@code omitted[0]}.
     */
    static String diagnostics(List<Diagnostic> list, int maxChars, int[] omitted) {
        StringBuilder sb = new StringBuilder("[");
        int i = 0;
        for (; i < list.size(); i++) {
            String d = diagnostic(list.get(i));
            if (sb.length() + d.length() + 2 > maxChars) {
                break;
            }
            if (i > 0) {
                sb.append(',');
            }
            sb.append(d);
        }
        omitted[0] = list.size() - i;
        return sb.append(']').toString();
    }

    /** The body of a refused request. */
    static String error(Refusal r) {
        int[] omitted = new int[1];
        return "{\"error\":{\"status\":" + r.status() + ",\"code\":" + string(r.code())
                + ",\"message\":" + string(r.getMessage() == null ? "" : r.getMessage()) + "},\"diagnostics\":"
                + diagnostics(r.diagnostics(), Integer.MAX_VALUE, omitted) + "}\n";
    }
}
