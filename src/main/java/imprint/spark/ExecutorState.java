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
     * Idle conversion threads. Conversions run on these rather than on the task's own thread,
     * so that a document past its time limit can be left behind while the task goes on. A task
     * takes one for all its documents and gives it back: threads live as long as the executor,
     * because the PDF's fonts are parsed once per thread (a pool that made a new thread whenever
     * none was waiting at the very moment of a hand-over parsed them again and again).
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<ExecutorService> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final AtomicInteger threads = new AtomicInteger();

    private final Map<String, Path> referenceDocx = new ConcurrentHashMap<>();
    private final Set<OutputFormat> warmed = ConcurrentHashMap.newKeySet();

    private ExecutorState() {
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

    /** A conversion thread for one task's documents; give it back with {@link #release}. */
    ExecutorService acquire() {
        ExecutorService w = idle.pollFirst();
        return w != null ? w : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "imprint-convert-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Returns a thread that is not busy with an abandoned document. */
    void release(ExecutorService worker) {
        idle.addFirst(worker);
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
