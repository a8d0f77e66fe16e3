package imprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's heap (README, Bounded cost): 768 MB, or 20 times the largest input named when
 * that is more, at most 1.25 GB; IMPRINT_HEAP sets it; the service keeps its 1 GB. Read from
 * the java command the launcher would run (a stand-in java prints its arguments).
 */
class LauncherHeapTest {
    @TempDir
    Path tmp;

    private String heapFor(Map<String, String> env, String... args) throws Exception {
        Path java = tmp.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do case $a in -Xmx*) echo \"$a\";; esac; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> cmd = new ArrayList<>(List.of("sh", Path.of("src/main/launcher/imprint").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("IMPRINT_JAVA", java.toString());
        pb.environment().remove("IMPRINT_HEAP");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private Path sized(String name, long bytes) throws Exception {
        Path f = tmp.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(bytes); // sparse: the size is what counts
        }
        return f;
    }

    @Test
    void theHeapIsBoundedAndGrowsWithTheLargestInputOnly() throws Exception {
        Path small = sized("small.md", 3L << 20);
        assertEquals("-Xmx768m", heapFor(Map.of(), "-q", small.toString()));
        // a 50 MB book: 20 bytes of heap per byte of input (LargeInputTest exports one in 1 GB)
        Path book = sized("book.md", 50L << 20);
        assertEquals("-Xmx1020m", heapFor(Map.of(), "-q", small.toString(), book.toString()));
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Files.move(book, folder.resolve("book.md"));
        assertEquals("-Xmx1020m", heapFor(Map.of(), "--to", "pdf", folder.toString()), "an input directly in a folder named");
        assertEquals("-Xmx1280m", heapFor(Map.of(), sized("huge.md", 64L << 20).toString()), "at most 1.25 GB");
        assertEquals("-Xmx3g", heapFor(Map.of("IMPRINT_HEAP", "3g"), small.toString()));
        assertEquals("-Xmx1g", heapFor(Map.of(), "serve", "--help"), "the service keeps its own bound");
    }
}
