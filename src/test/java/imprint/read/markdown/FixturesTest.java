package imprint.read.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.diag.Severity;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.ModelPrinter;
import imprint.model.Walker;
import imprint.read.TextDecoder;
import imprint.testing.SampleDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared Markdown fixtures read without a single warning, and their models are the
 * reviewed dumps under {@code src/test/resources/read/}.
 */
class FixturesTest {
    private static final Path DUMPS = Path.of("src/test/resources/read");

    private static Document read(String name, Diagnostics d) throws Exception {
        String text = TextDecoder.decodeReporting(Files.readAllBytes(SampleDocuments.FIXTURES.resolve(name)), d);
        return new MarkdownReader().read(text, d);
    }

    @Test
    void kitchenSinkReadsWithoutWarningsAndMatchesItsDump() throws Exception {
        Diagnostics d = new Diagnostics();
        Document doc = read("kitchen-sink.md", d);
        assertTrue(d.list().isEmpty(), d.list().toString());
        assertEquals(Files.readString(DUMPS.resolve("kitchen-sink.dump")), ModelPrinter.print(doc));
    }

    @Test
    void kitchenSinkUsesEveryNodeType() throws Exception {
        Document doc = read("kitchen-sink.md", new Diagnostics());
        Set<Class<?>> seen = new HashSet<>();
        Walker.walk(doc.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                seen.add(b.getClass());
            }

            @Override
            public void inline(Inline in) {
                seen.add(in.getClass());
            }
        });
        Stream.concat(Stream.of(Block.class.getPermittedSubclasses()), Stream.of(Inline.class.getPermittedSubclasses()))
                .filter(c -> !c.isInterface())
                .forEach(c -> assertTrue(seen.contains(c), "kitchen-sink.md has no " + c.getSimpleName()));
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Block.OrderedList l && l.start() == 3));
        List<Integer> levels = doc.blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).level()).distinct().sorted().toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), levels);
    }

    @Test
    void multiLanguageReadsWithoutWarningsAndMatchesItsDump() throws Exception {
        Diagnostics d = new Diagnostics();
        Document doc = read("multi-language.md", d);
        assertTrue(!d.hasAtLeast(Severity.NOTICE), d.list().toString());
        assertEquals("fr", doc.metadata().language());
        assertEquals(Files.readString(DUMPS.resolve("multi-language.dump")), ModelPrinter.print(doc));
    }
}
