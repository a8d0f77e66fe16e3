package imprint.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Many diagnostics of one kind are kept up to the cap and then counted in one line. */
class DiagnosticsTest {
    @Test
    void beyondTheCapOneLineCountsTheRest() {
        Diagnostics d = new Diagnostics();
        for (int i = 0; i < 100_000; i++) {
            d.warn(Code.RAW_HTML_DROPPED, "raw HTML <b> dropped", 1, i + 1);
        }
        d.warn(Code.IMAGE_NOT_FOUND, "image 'x.png' not found");
        d.warn(Code.RAW_HTML_DROPPED, "raw HTML <b> dropped", 1, 1); // a repeat is not counted again
        List<Diagnostic> all = d.list();
        assertEquals(Diagnostics.MAX_PER_CODE + 2, all.size());
        assertEquals(Code.IMAGE_NOT_FOUND, all.get(Diagnostics.MAX_PER_CODE).code());
        Diagnostic last = all.get(all.size() - 1);
        assertEquals(Code.RAW_HTML_DROPPED, last.code());
        assertEquals(Severity.WARNING, last.severity());
        assertEquals("99,900 more like the above not shown", last.message());
    }

    @Test
    void belowTheCapEverythingIsKeptOnce() {
        Diagnostics d = new Diagnostics();
        d.warn(Code.RAW_HTML_DROPPED, "a", 1, 1);
        d.warn(Code.RAW_HTML_DROPPED, "a", 1, 1);
        d.warn(Code.RAW_HTML_DROPPED, "b", 2, 1);
        assertEquals(List.of("a", "b"), d.list().stream().map(Diagnostic::message).toList());
    }
}
