package imprint.read.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imprint.diag.Diagnostics;
import imprint.model.ModelPrinter;
import imprint.testing.SampleDocuments;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One reader instance serves several threads and gives each the same answer. */
class ConcurrencyTest {
    @Test
    void oneReaderManyThreads() throws Exception {
        String md = Files.readString(SampleDocuments.FIXTURES.resolve("kitchen-sink.md"));
        MarkdownReader reader = new MarkdownReader();
        String expected = ModelPrinter.print(reader.read(md, new Diagnostics()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> ModelPrinter.print(reader.read(md, new Diagnostics()))));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
