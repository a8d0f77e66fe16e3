package imprint.spark;

import imprint.Imprint;
import imprint.render.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FileSystem;

/**
 * What one executor JVM shares between all its tasks, created on first use and never
 * serialised: the renderers (and through them the fonts, hyphenation patterns and DOCX
 * templates, which the library loads once per process), the threads documents are converted
 * on, and the reference DOCX written once to a local file. Everything here is read-only after
 * creation or thread-safe.
 */
final class ExecutorState {
    private static final Object LOCK = new Object();
    private static volatile ExecutorState instance;

    /** Temporary export files not yet moved into place, removed if the executor is stopped. */
    final Set<HadoopOutput> pending = ConcurrentHashMap.newKeySet();

    /**
     * Conversions run here rather than on the task's own thread, so that a document past its
     * time limit can be left behind while the task goes on. Cached: a thread that finished a
     * document takes the next one (fonts are parsed once per thread, so threads are reused).
     */
    final ExecutorService workers;

    private final Map<String, Path> referenceDocx = new ConcurrentHashMap<>();
    private final Set<OutputFormat> warmed = ConcurrentHashMap.newKeySet();

    private ExecutorState() {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "imprint-convert-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> pending.forEach(HadoopOutput::close),
                "imprint-spark-temp-cleanup"));
    }

    /** This executor's state; the formats' renderers are created on first use. */
    static ExecutorState get(JobSettings settings) {
        ExecutorState s = instance;
        if (s == null) {
            synchronized (LOCK) {
                s = instance;
                if (s == null) {
                    s = new ExecutorState();
                    instance = s;
                }
            }
        }
        s.warm(settings);
        return s;
    }

    private void warm(JobSettings settings) {
        for (OutputFormat f : settings.outputFormats()) {
            if (warmed.add(f)) {
                Imprint.renderer(f);
                f.preload();
            }
        }
    }

    /** The reference DOCX as a local file (renderers read a path), written once per content. */
    Path referenceDocx(byte[] bytes, String sha256) {
        return referenceDocx.computeIfAbsent(sha256, k -> {
            try {
                Path p = Files.createTempFile("imprint-reference-", ".docx");
                p.toFile().deleteOnExit();
                Files.write(p, bytes);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the reference DOCX to a local file", e);
            }
        });
    }

    /**
     * The file system for exports. Hadoop's local file system writes a {@code .crc} file beside
     * every file; the raw one beneath it writes just the file, as the command line does, and
     * renames with the operating system's atomic replace.
     */
    static FileSystem exportFileSystem(FileSystem fs) {
        return fs instanceof org.apache.hadoop.fs.ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    }
}
