package imprint.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics for one document. Thread-safe, because the renderers of one
 * document may run concurrently. Repeated identical diagnostics are kept once.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void report(Diagnostic d) {
        if (!items.contains(d)) {
            items.add(d);
        }
    }

    public void warn(Code code, String message) {
        report(new Diagnostic(Severity.WARNING, code, message, 0, 0));
    }

    public void warn(Code code, String message, int line, int column) {
        report(new Diagnostic(Severity.WARNING, code, message, line, column));
    }

    public void notice(Code code, String message, int line, int column) {
        report(new Diagnostic(Severity.NOTICE, code, message, line, column));
    }

    public synchronized List<Diagnostic> list() {
        return List.copyOf(items);
    }

    public synchronized boolean hasAtLeast(Severity severity) {
        return items.stream().anyMatch(d -> d.severity().compareTo(severity) >= 0);
    }

    public synchronized boolean has(Code code) {
        return items.stream().anyMatch(d -> d.code() == code);
    }
}
