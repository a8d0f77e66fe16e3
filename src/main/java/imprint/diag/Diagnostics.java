package imprint.diag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the diagnostics for one document. Thread-safe, because the renderers of one
 * document may run concurrently. Repeated identical diagnostics are kept once, and of one code
 * at most {@link #MAX_PER_CODE} are kept: the rest are counted in one closing line, so 100,000
 * dropped HTML tags cost neither a quadratic de-duplication nor 100,000 lines of output.
 */
public final class Diagnostics {
    /** Diagnostics of one code kept in full; beyond them only counted. */
    public static final int MAX_PER_CODE = 100;

    private final List<Diagnostic> items = new ArrayList<>();
    private final Set<Diagnostic> seen = new HashSet<>();
    private final Map<Code, Integer> kept = new EnumMap<>(Code.class);
    private final Map<Code, Integer> more = new EnumMap<>(Code.class);
    private final Map<Code, Severity> moreSeverity = new EnumMap<>(Code.class);

    public synchronized void report(Diagnostic d) {
        if (kept.getOrDefault(d.code(), 0) >= MAX_PER_CODE) {
            if (seen.add(d)) {
                more.merge(d.code(), 1, Integer::sum);
                moreSeverity.merge(d.code(), d.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            return;
        }
        if (seen.add(d)) {
            items.add(d);
            kept.merge(d.code(), 1, Integer::sum);
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

    /** Everything reported, in order; then one line per code that had more than were kept. */
    public synchronized List<Diagnostic> list() {
        if (more.isEmpty()) {
            return List.copyOf(items);
        }
        List<Diagnostic> all = new ArrayList<>(items);
        more.forEach((code, n) -> all.add(new Diagnostic(moreSeverity.get(code), code,
                String.format(java.util.Locale.ROOT, "%,d more like the above not shown", n), 0, 0)));
        return List.copyOf(all);
    }

    public synchronized boolean hasAtLeast(Severity severity) {
        return items.stream().anyMatch(d -> d.severity().compareTo(severity) >= 0);
    }

    public synchronized boolean has(Code code) {
        return items.stream().anyMatch(d -> d.code() == code);
    }
}
