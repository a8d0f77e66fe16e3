package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are complete or absent: never truncated, never left as temporary files. */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedWriteLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = tmp.resolve("out.pdf");
        try (AtomicOutput out = new AtomicOutput(target)) {
            try (OutputStream s = out.open()) {
                s.write(new byte[] {1, 2, 3}); // then the renderer fails: no commit
            }
        }
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void anOlderExportIsReplacedOnlyWhenTheNewOneIsComplete() throws IOException {
        Path target = Files.write(tmp.resolve("out.pdf"), new byte[] {9, 9});
        try (AtomicOutput out = new AtomicOutput(target)) {
            try (OutputStream s = out.open()) {
                s.write(new byte[] {1, 2, 3});
            }
            assertArrayEquals(new byte[] {9, 9}, Files.readAllBytes(target), "old file intact while writing");
            out.commit();
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void twoRunsWritingTheSameExportsAtOnceLeaveCompleteFiles() throws Exception {
        Path out = tmp.resolve("out");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CliRun>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> CliRun.run("-o", out.toString(), MainTest.SEED.toString())));
            }
            for (Future<CliRun> f : runs) {
                assertEquals(0, f.get().exit(), f.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        byte[] single = null;
        Path other = tmp.resolve("single");
        assertEquals(0, CliRun.run("-o", other.toString(), MainTest.SEED.toString()).exit());
        for (String ext : List.of("pdf", "epub", "docx")) {
            String name = "france-girds-against-cyberattacks." + ext;
            single = Files.readAllBytes(other.resolve(name));
            assertArrayEquals(single, Files.readAllBytes(out.resolve(name)), name + " is complete");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}
