package imprint.cli;

import imprint.Imprint;
import imprint.diag.Checkpoint;
import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.diag.Severity;
import imprint.model.Document;
import imprint.resource.FolderResourceResolver;
import imprint.render.OutputFormat;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Converts a batch: each document is read once, then each format is rendered as its own task
 * into a temporary file; when all formats of a document are done they are moved into place
 * together (or discarded under {@code --strict} when there were warnings). A failure in one
 * document or format never stops the others.
 */
final class BatchRunner {
    /** Reads one input; {@link Imprint#read(Path, Diagnostics)} except in fault tests. */
    @FunctionalInterface
    interface DocumentReader {
        Document read(Path input, Diagnostics diagnostics) throws ImprintException;
    }

    private final Options options;
    private final DocumentReader reader;
    private final Reporter reporter;
    private final Optional<Instant> epoch;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger files = new AtomicInteger();
    private ThreadPoolExecutor pool;
    private final imprint.plan.DocumentLimits limits;

    BatchRunner(Options options, Reporter reporter, Optional<Instant> epoch) {
        this(options, reporter, epoch, Imprint::read);
    }

    BatchRunner(Options options, Reporter reporter, Optional<Instant> epoch, DocumentReader reader) {
        this.options = options;
        this.reader = reader;
        this.reporter = reporter;
        this.epoch = epoch;
        this.limits = options.export.limits();
    }

    /** Runs the batch and returns the exit code. */
    ExitCode run() {
        Set<OutputFormat> formats = options.outputFormats();
        RenderOptions base = options.renderOptions(epoch);
        List<Path> given = options.inputs.isEmpty() ? List.of(Path.of("seeds")) : options.inputs;
        List<Inputs.Entry> entries = Inputs.expand(given);
        Path outDir = options.out;
        try {
            Files.createDirectories(outDir);
            if (!Files.isWritable(outDir)) {
                throw new IOException("folder is not writable");
            }
        } catch (IOException e) {
            reporter.error(outDir.toString(), "cannot use output folder: " + e.getMessage(), Code.OUTPUT_FAILED.name(), e);
            return ExitCode.FAILED;
        }
        Map<String, Path> stems = new HashMap<>();
        List<Path> work = new ArrayList<>();
        for (Inputs.Entry e : entries) {
            if (!e.ok()) {
                reporter.error(e.path().toString(), e.problem(), Code.INPUT_UNREADABLE.name(), null);
                failed.incrementAndGet();
                continue;
            }
            Path first = stems.putIfAbsent(Inputs.stem(e.path()), e.path());
            if (first != null) {
                reporter.error(e.path().toString(), "its exports would overwrite those of " + first
                        + "; rename one of them", Code.OUTPUT_COLLISION.name(), null);
                failed.incrementAndGet();
                continue;
            }
            work.add(e.path());
        }
        int total = work.size();
        int jobs = Math.max(1, Math.min(options.jobs, Math.max(1, total * formats.size())));
        pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(jobs, daemonThreads());
        try {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (Path input : work) {
                all.add(convert(input, formats, base, outDir, pool, total));
            }
            CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        } finally {
            pool.shutdownNow();
        }
        reporter.summary(entries.size(), failed.get(), files.get(), outDir.toString());
        return failed.get() == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    private CompletableFuture<Void> convert(Path input, Set<OutputFormat> formats, RenderOptions base,
                                            Path outDir, ExecutorService pool, int total) {
        String name = input.toString();
        Job job = new Job();
        long size;
        try {
            size = Files.size(input);
        } catch (IOException e) {
            size = 0; // reading reports it
        }
        job.budget = options.budgetSeconds(size);
        Diagnostics diags = job.diags;
        // The budget runs from the document's first task: a document waiting for a free worker
        // is not charged for the wait.
        CompletableFuture<List<Rendered>> bounded = new CompletableFuture<>();
        job.onStart = () -> job.timer = TIMER.schedule(() -> {
            if (bounded.completeExceptionally(new java.util.concurrent.TimeoutException())) {
                job.abandon(this.pool);
            }
        }, job.budget, TimeUnit.SECONDS);
        CompletableFuture<List<Rendered>> work = CompletableFuture.supplyAsync(() -> job.run(() -> read(reader, input, job)), pool)
                .thenCompose(doc -> {
            if (doc == null) {
                return CompletableFuture.completedFuture(List.<Rendered>of());
            }
            List<Path> roots = new ArrayList<>();
            roots.add(input.toAbsolutePath().getParent());
            roots.addAll(options.resourcePath);
            RenderContext ctx = new RenderContext(base, diags, new FolderResourceResolver(roots, options.export.maxImagePixels()),
                    input.getFileName().toString());
            DocumentPlan plan = job.run(() -> Imprint.plan(doc, ctx));
            List<CompletableFuture<Rendered>> parts = new ArrayList<>();
            for (OutputFormat f : OutputFormat.inQueueOrder(formats)) {
                Path target = outDir.resolve(f.fileName(Inputs.stem(input)));
                parts.add(CompletableFuture.supplyAsync(() -> job.run(() -> render(plan, f, target, job)), pool));
            }
            return CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]))
                    .thenApply(v -> parts.stream().map(CompletableFuture::join)
                            .sorted(java.util.Comparator.comparing(Rendered::format)).toList());
        });
        work.whenComplete((r, t) -> {
            boolean first = t == null ? bounded.complete(r) : bounded.completeExceptionally(t);
            job.finished();
            if (!first && r != null) {
                r.forEach(Rendered::discard); // finished after its budget ran out: nothing is written
            }
        });
        return bounded.handle((rendered, thrown) -> {
            finish(name, job, rendered == null ? List.of() : rendered, thrown);
            reporter.progress(done.incrementAndGet(), total, input.getFileName().toString());
            return null;
        });
    }

    /** Fires the per-document time budgets. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "imprint-timeout");
        t.setDaemon(true);
        return t;
    });

    /** Reads and parses one input; on failure records the reason in the job and returns null. */
    private Document read(DocumentReader reader, Path input, Job job) {
        try {
            Document doc = reader.read(input, job.diags);
            Optional<String> over = limits.exceeded(doc);
            if (over.isPresent()) {
                job.fail("not exported: " + over.get(), Code.DOCUMENT_LIMIT, null);
                return null;
            }
            return doc;
        } catch (ImprintException e) {
            job.fail(e.getMessage(), e.code(), e);
        } catch (OutOfMemoryError e) {
            job.fail("not enough memory to read it (the heap is " + heapMegabytes() + " MB; IMPRINT_HEAP or java -Xmx raises it)", Code.OUT_OF_MEMORY, e);
        } catch (Error | RuntimeException e) {
            job.fail("could not be parsed: " + describe(e), Code.INPUT_UNREADABLE, e);
        }
        return null;
    }

    private static long heapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /**
     * Per-document state: its diagnostics, if reading failed why, and the worker threads busy
     * with it, which are interrupted when its time budget runs out.
     */
    private static final class Job {
        final Diagnostics diags = new Diagnostics();
        String problem;
        Code code;
        Throwable cause;
        volatile Runnable onStart;
        long budget;
        volatile java.util.concurrent.ScheduledFuture<?> timer;
        private final Set<Thread> workers = new java.util.HashSet<>();
        private final Set<Thread> stuck = new java.util.HashSet<>();
        private ThreadPoolExecutor grown;
        private boolean started;
        private boolean abandoned;

        void fail(String p, Code c, Throwable t) {
            problem = p;
            code = c;
            cause = t;
        }

        /** Runs one task of this document on the current worker, unless it was given up. */
        <T> T run(java.util.function.Supplier<T> task) {
            Runnable start = null;
            synchronized (this) {
                if (abandoned) {
                    throw new Checkpoint.Abandoned();
                }
                if (!started) {
                    started = true;
                    start = onStart;
                }
                workers.add(Thread.currentThread());
            }
            if (start != null) {
                start.run();
            }
            try {
                return task.get();
            } finally {
                synchronized (this) {
                    workers.remove(Thread.currentThread());
                    // The interrupt was for this document's work; the next task on this thread is
                    // another document's. (No interrupt comes after the removal: both hold the lock.)
                    Thread.interrupted();
                    if (stuck.remove(Thread.currentThread())) {
                        resize(grown, -1);
                    }
                }
            }
        }

        synchronized boolean abandoned() {
            return abandoned;
        }

        /**
         * Gives the document up: its workers are interrupted (each loop over a document's blocks
         * checks, see {@link Checkpoint}), and until they let go the pool has as many extra
         * threads, so the rest of the batch never waits for a runaway document.
         */
        synchronized void abandon(ThreadPoolExecutor pool) {
            abandoned = true;
            grown = pool;
            stuck.addAll(workers);
            workers.forEach(Thread::interrupt);
            resize(pool, stuck.size());
        }

        private static void resize(ThreadPoolExecutor pool, int by) {
            if (by == 0) {
                return;
            }
            synchronized (pool) {
                if (by > 0) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                    pool.setCorePoolSize(pool.getCorePoolSize() + by);
                } else {
                    pool.setCorePoolSize(pool.getCorePoolSize() + by);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                }
            }
        }

        /** The document's work is over (normally or not): its budget no longer runs. */
        void finished() {
            java.util.concurrent.ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
        }
    }

    /** The outcome of one format: a finished temporary file, or the reason it failed. */
    private record Rendered(OutputFormat format, AtomicOutput output, String problem, Code code, Throwable cause) {
        /** Deletes the temporary file, if any. */
        void discard() {
            if (output != null) {
                output.close();
            }
        }
    }

    private Rendered render(DocumentPlan plan, OutputFormat format, Path target, Job job) {
        if (job.abandoned()) {
            return new Rendered(format, null, null, null, null);
        }
        AtomicOutput output;
        try {
            output = new AtomicOutput(target);
        } catch (IOException e) {
            return new Rendered(format, null, "cannot write " + target + ": " + describe(e), Code.OUTPUT_FAILED, e);
        }
        try (OutputStream out = output.open()) {
            Imprint.render(plan, format, out);
        } catch (IOException | Error | RuntimeException e) { // one format's failure never stops the others
            output.close();
            if (e instanceof OutOfMemoryError) {
                return new Rendered(format, null, format.extension() + " export ran out of memory (the heap is "
                        + heapMegabytes() + " MB; IMPRINT_HEAP or java -Xmx raises it)", Code.OUT_OF_MEMORY, e);
            }
            IOException write = output.writeFailure();
            if (write != null) {
                return new Rendered(format, null, "cannot write " + target + ": " + describe(write), Code.OUTPUT_FAILED, e);
            }
            return new Rendered(format, null, format.extension() + " export failed: " + describe(e), Code.RENDER_FAILED, e);
        }
        return new Rendered(format, output, null, null, null);
    }

    private void finish(String name, Job job, List<Rendered> rendered, Throwable thrown) {
        reporter.diagnostics(name, job.diags.list());
        boolean bad = false;
        if (job.problem != null) {
            reporter.error(name, job.problem, job.code.name(), job.cause);
            bad = true;
        }
        Throwable cause = thrown instanceof java.util.concurrent.CompletionException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        if (cause instanceof java.util.concurrent.TimeoutException) {
            reporter.error(name, "not exported: took longer than " + job.budget
                    + " s (--timeout); nothing written for it", Code.TIMEOUT.name(), null);
            bad = true;
        } else if (cause instanceof OutOfMemoryError) {
            reporter.error(name, "not exported: not enough memory (the heap is " + heapMegabytes() + " MB; IMPRINT_HEAP or java -Xmx raises it)",
                    Code.OUT_OF_MEMORY.name(), cause);
            bad = true;
        } else if (thrown != null) {
            reporter.error(name, "conversion failed: " + describe(thrown), Code.RENDER_FAILED.name(), thrown);
            bad = true;
        }
        boolean strictFail = options.export.strict() && job.diags.hasAtLeast(Severity.WARNING);
        if (strictFail && !rendered.isEmpty()) {
            reporter.error(name, "not exported: warnings are errors with --strict", Code.STRICT_FAILED.name(), null);
            bad = true;
        }
        for (Rendered r : rendered) {
            if (r.output() == null && r.problem() == null) {
                continue; // not rendered: the document was given up
            }
            if (r.problem() != null) {
                reporter.error(name, r.problem(), r.code().name(), r.cause());
                bad = true;
                continue;
            }
            try (AtomicOutput out = r.output()) {
                if (!strictFail) {
                    out.commit();
                    files.incrementAndGet();
                    reporter.wrote(out.target().toString());
                }
            } catch (IOException e) {
                Path target = r.output().target();
                String why = Files.isDirectory(target) ? "a folder of that name is in the way" : describe(e);
                reporter.error(name, "cannot write " + target + ": " + why,
                        Code.OUTPUT_FAILED.name(), e);
                bad = true;
            }
        }
        if (bad) {
            failed.incrementAndGet();
        }
    }

    private static String describe(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof StackOverflowError) {
            return "the document is nested too deeply";
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "folder does not exist";
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason(); // "No space left on device", without the path said twice
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "imprint-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
