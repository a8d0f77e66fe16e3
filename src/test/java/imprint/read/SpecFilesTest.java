package imprint.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import imprint.diag.Diagnostics;
import imprint.model.ModelPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Larger spec cases: every {@code .txt} or {@code .md} file under
 * {@code src/test/resources/read/} is read and compared with the hand-reviewed {@code .dump}
 * next to it.
 */
class SpecFilesTest {
    private static final Path DIR = Path.of("src/test/resources/read");

    @TestFactory
    Stream<DynamicTest> specFiles() throws Exception {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> InputFormat.forFileName(p.toString()).isPresent()).sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
            String name = in.getFileName().toString();
            Path dump = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".dump");
            String text = TextDecoder.decode(Files.readAllBytes(in));
            DocumentReader reader = InputFormat.forFileName(name).orElseThrow().reader();
            assertEquals(Files.readString(dump), ModelPrinter.print(reader.read(text, new Diagnostics())), name);
        }));
    }
}
