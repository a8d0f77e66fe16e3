package imprint.serve;

import imprint.diag.Diagnostic;
import java.util.List;

/**
 * Why a request gets no document back: the HTTP status, a stable code (an imprint
 * {@link imprint.diag.Code} name, or one of the service's own such as {@code QUEUE_FULL}), a
 * one-line message, and the diagnostics gathered before the failure.
 */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Diagnostic> diagnostics;

    Refusal(int status, String code, String message) {
        this(status, code, message, List.of(), null);
    }

    Refusal(int status, String code, String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.code = code;
        this.diagnostics = List.copyOf(diagnostics);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
