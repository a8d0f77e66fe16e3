package imprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.model.ModelPrinter;
import java.util.List;

/** Spec-style helpers for reader tests: input text in, {@link ModelPrinter} dump out. */
public final class ReadSpec {
    private ReadSpec() {
    }

    /** The result of one read: the document and what was reported. */
    public record Result(Document document, Diagnostics diagnostics) {
        public String dump() {
            return ModelPrinter.print(document);
        }

        public List<Code> codes() {
            return diagnostics.list().stream().map(Diagnostic::code).toList();
        }

        public Diagnostic first(Code code) {
            return diagnostics.list().stream().filter(d -> d.code() == code).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics.list()));
        }
    }

    public static Result read(DocumentReader reader, String input) {
        Diagnostics d = new Diagnostics();
        return new Result(reader.read(input, d), d);
    }

    /** Reads and compares the dump; returns the result for further checks. */
    public static Result expect(DocumentReader reader, String input, String expectedDump) {
        Result r = read(reader, input);
        assertEquals(expectedDump, r.dump(), () -> "diagnostics: " + r.diagnostics().list());
        return r;
    }
}
