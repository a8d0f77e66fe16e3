package imprint.read.markdown;

import static imprint.read.ReadSpec.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.read.ReadSpec;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Front matter cannot take the machine: a block too long, nested too deep or expanding through
 * aliases beyond the budget is ignored with one warning, and the body is still read. (Each of
 * these ran for minutes and gigabytes before; the bound here only catches a hang.)
 */
class FrontMatterLimitsTest {
    private final MarkdownReader reader = new MarkdownReader();

    private static String aliases(String key, int n) {
        return "---\ntitle: T\nx: &a \"" + "x".repeat(10_000) + "\"\n" + key + ": ["
                + String.join(", ", java.util.Collections.nCopies(n, "*a")) + "]\n---\n# Body\n\nText.\n";
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("scalar aliases through author", aliases("author", 20_000)),
                Arguments.of("scalar aliases through keywords", aliases("keywords", 20_000)),
                Arguments.of("a long alias block", aliases("author", 100_000)),
                Arguments.of("deep flow nesting", "---\ntitle: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\n# Body\n\nText.\n"),
                Arguments.of("deep block nesting", "---\n" + "k:\n".repeat(1) + java.util.stream.IntStream.range(1, 3_000)
                        .mapToObj(i -> " ".repeat(i) + "k:\n").reduce("", String::concat) + "---\n# Body\n\nText.\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isIgnoredWithOneWarningAndTheBodyRead(String name, String input) {
        ReadSpec.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(reader, input));
        List<Diagnostic> warnings = r.diagnostics().list().stream()
                .filter(d -> d.code() == Code.INPUT_LIMIT || d.code() == Code.FRONT_MATTER_INVALID).toList();
        assertEquals(1, warnings.size(), r.diagnostics().list().toString());
        assertTrue(!warnings.get(0).message().contains("\n"), warnings.get(0).message());
        assertEquals(Code.INPUT_LIMIT, warnings.get(0).code(), warnings.get(0).message());
        assertTrue(r.dump().contains("Text."), r.dump());
        assertTrue(!r.dump().contains("xxxxxxxxxx"), "nothing of the front matter is used");
    }

    @Test
    void aliasesWithinTheBudgetAreStillRead() {
        // the negative control: a few aliases to short names are ordinary YAML
        ReadSpec.Result r = read(reader, "---\ntitle: T\nx: &a Ada Lovelace\nauthor: [*a, Charles Babbage, *a]\n---\nText.\n");
        assertTrue(r.codes().stream().noneMatch(c -> c == Code.INPUT_LIMIT), r.codes().toString());
        assertEquals(List.of("Ada Lovelace", "Charles Babbage", "Ada Lovelace"), r.document().metadata().authors());
    }

    @Test
    void nestingWithinTheLimitIsStillRead() {
        ReadSpec.Result r = read(reader, "---\ntitle: T\nkeywords: [a, [b, [c]]]\n---\nText.\n");
        assertTrue(r.codes().stream().noneMatch(c -> c == Code.INPUT_LIMIT), r.codes().toString());
        assertEquals("T", r.document().metadata().title());
    }
}
