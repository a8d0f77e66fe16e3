package imprint.cli;

import imprint.Imprint;
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
import java.util.concurrent.ThreadFactory;
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

    BatchRunner(Options options, Reporter reporter, Optional<Instant> epoch) {
        this(options, reporter, epoch, Imprint::read);
    }

    BatchRunner(Options options, Reporter reporter, Optional<Instant> epoch, DocumentReader reader) {
        this.options = options;
        this.reader = reader;
        this.reporter = reporter;
        this.epoch = epoch;
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
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
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
        Diagnostics diags = job.diags;
        return CompletableFuture.supplyAsync(() -> read(reader, input, job), pool).thenCompose(doc -> {
            if (doc == null) {
                return CompletableFuture.completedFuture(List.<Rendered>of());
            }
            List<Path> roots = new ArrayList<>();
            roots.add(input.toAbsolutePath().getParent());
            roots.addAll(options.resourcePath);
            RenderContext ctx = new RenderContext(base, diags, new FolderResourceResolver(roots),
                    input.getFileName().toString());
            DocumentPlan plan = Imprint.plan(doc, ctx);
            List<CompletableFuture<Rendered>> parts = new ArrayList<>();
            for (OutputFormat f : OutputFormat.inQueueOrder(formats)) {
                Path target = outDir.resolve(f.fileName(Inputs.stem(input)));
                parts.add(CompletableFuture.supplyAsync(() -> render(plan, f, target), pool));
            }
            return CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]))
                    .thenApply(v -> parts.stream().map(CompletableFuture::join)
                            .sorted(java.util.Comparator.comparing(Rendered::format)).toList());
        }).handle((rendered, thrown) -> {
            finish(name, job, rendered == null ? List.of() : rendered, thrown);
            reporter.progress(done.incrementAndGet(), total, input.getFileName().toString());
            return null;
        });
    }

    /** Reads and parses one input; on failure records the reason in the job and returns null. */
    private static Document read(DocumentReader reader, Path input, Job job) {
        try {
            return reader.read(input, job.diags);
        } catch (ImprintException e) {
            job.fail(e.getMessage(), e.code(), e);
        } catch (Error | RuntimeException e) {
            job.fail("could not be parsed: " + describe(e), Code.INPUT_UNREADABLE, e);
        }
        return null;
    }

    /** Per-document state: its diagnostics and, if reading failed, why. */
    private static final class Job {
        final Diagnostics diags = new Diagnostics();
        String problem;
        Code code;
        Throwable cause;

        void fail(String p, Code c, Throwable t) {
            problem = p;
            code = c;
            cause = t;
        }
    }

    /** The outcome of one format: a finished temporary file, or the reason it failed. */
    private record Rendered(OutputFormat format, AtomicOutput output, String problem, Code code, Throwable cause) {
    }

    private Rendered render(DocumentPlan plan, OutputFormat format, Path target) {
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
        if (thrown != null) {
            reporter.error(name, "conversion failed: " + describe(thrown), Code.RENDER_FAILED.name(), thrown);
            bad = true;
        }
        boolean strictFail = options.strict && job.diags.hasAtLeast(Severity.WARNING);
        if (strictFail && !rendered.isEmpty()) {
            reporter.error(name, "not exported: warnings are errors with --strict", Code.STRICT_FAILED.name(), null);
            bad = true;
        }
        for (Rendered r : rendered) {
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
