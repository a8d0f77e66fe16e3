package imprint.serve;

import imprint.Imprint;
import imprint.diag.Code;
import imprint.diag.Diagnostic;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.diag.Severity;
import imprint.model.Document;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exports one uploaded document the way the command line's batch runner exports a file: read
 * it ({@link Imprint#read(byte[], imprint.read.InputFormat, Diagnostics)}), plan it once
 * ({@link Imprint#plan}), render each format from the plan ({@link Imprint#render}) as its own
 * task, with the same render options, resource rules and source name, so the bytes are the
 * bytes the command line writes. The outputs are kept in memory.
 */
final class Exporter {
    /** Called before each format is rendered; tests use it to hold a request in flight. */
    @FunctionalInterface
    interface Gate {
        Gate OPEN = f -> {
        };

        void enter(OutputFormat format) throws InterruptedException;
    }

    private final List<Path> serverResources;
    private final Path emptyFolder;
    private final Gate gate;

    /**
     * @param serverResources {@code --resource-path} folders of the server
     * @param emptyFolder     an empty folder: the "document's folder" of a request without files
     */
    Exporter(List<Path> serverResources, Path emptyFolder, Gate gate) {
        this.serverResources = List.copyOf(serverResources);
        this.emptyFolder = emptyFolder;
        this.gate = gate;
    }

    /** What an export produced: each format's bytes and the document's diagnostics. */
    record Export(Map<OutputFormat, byte[]> outputs, List<Diagnostic> diagnostics, String stem, Instant timestamp) {
    }

    /** One request's work in progress; {@link #cancel} makes the work stop at its next step. */
    static final class Job {
        final CompletableFuture<Export> result = new CompletableFuture<>();
        private volatile boolean cancelled;

        void cancel() {
            cancelled = true;
        }

        boolean cancelled() {
            return cancelled;
        }
    }

    /**
     * Starts exporting on the work queue; the job's result completes with the export or
     * exceptionally with a {@link Refusal}. The ticket is released when all work is over.
     */
    Job start(Upload upload, ExportParams params, WorkQueue.Ticket ticket) {
        Job job = new Job();
        ticket.execute(0, () -> {
            ticket.started();
            try {
                prepare(upload, params, ticket, job);
            } catch (Refusal r) {
                job.result.completeExceptionally(r);
                ticket.release();
            } catch (RuntimeException | Error e) {
                job.result.completeExceptionally(new Refusal(500, Code.RENDER_FAILED.name(),
                        "export failed: " + describe(e), List.of(), e));
                ticket.release();
            }
        });
        return job;
    }

    private void prepare(Upload upload, ExportParams params, WorkQueue.Ticket ticket, Job job) throws Refusal {
        if (job.cancelled()) {
            throw cancelled();
        }
        Diagnostics diags = new Diagnostics();
        Document doc;
        try {
            doc = Imprint.read(upload.document(), upload.format(), diags);
        } catch (ImprintException e) {
            throw new Refusal(422, e.code().name(), e.getMessage(), diags.list(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new Refusal(422, Code.INPUT_UNREADABLE.name(), "could not be parsed: " + describe(e), diags.list(), e);
        }
        java.util.Optional<String> over = params.export().limits().exceeded(doc);
        if (over.isPresent()) {
            throw new Refusal(422, Code.DOCUMENT_LIMIT.name(), "not exported: " + over.get(), diags.list(), null);
        }
        Staging staging;
        try {
            staging = Staging.of(upload);
        } catch (IOException e) {
            throw new Refusal(500, Code.OUTPUT_FAILED.name(), "cannot stage the request's files: " + describe(e));
        }
        try {
            plan(upload, params, ticket, job, diags, doc, staging);
        } catch (RuntimeException | Error e) {
            if (staging != null) {
                staging.close();
            }
            throw e;
        }
    }

    /**
     * Plans the document and queues its formats; the last format to end finishes the job,
     * removes the staged files and gives the request's place back.
     */
    private void plan(Upload upload, ExportParams params, WorkQueue.Ticket ticket, Job job, Diagnostics diags,
                      Document doc, Staging staging) {
        List<Path> roots = new ArrayList<>();
        roots.add(staging == null ? emptyFolder : staging.folder());
        roots.addAll(serverResources);
        RenderOptions options = params.options();
        if (staging != null && staging.referenceDocx() != null) {
            options = options.withReferenceDocx(staging.referenceDocx());
        }
        RenderContext ctx = new RenderContext(options, diags, new FolderResourceResolver(roots, params.export().maxImagePixels()),
                upload.name());
        DocumentPlan plan = Imprint.plan(doc, ctx);
        List<OutputFormat> formats = OutputFormat.inQueueOrder(params.formats());
        Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
        AtomicInteger left = new AtomicInteger(formats.size());
        Runnable finish = () -> {
            if (left.decrementAndGet() == 0) {
                if (!job.result.isDone()) {
                    finish(job, plan, diags, params, upload, outputs);
                }
                if (staging != null) {
                    staging.close();
                }
                ticket.release();
            }
        };
        for (int i = 1; i < formats.size(); i++) {
            OutputFormat f = formats.get(i);
            ticket.execute(i, () -> renderInto(plan, f, job, outputs, finish));
        }
        renderInto(plan, formats.get(0), job, outputs, finish);
    }

    private void finish(Job job, DocumentPlan plan, Diagnostics diags, ExportParams params, Upload upload,
                        Map<OutputFormat, byte[]> outputs) {
        List<Diagnostic> list = diags.list();
        if (params.strict() && diags.hasAtLeast(Severity.WARNING)) {
            job.result.completeExceptionally(new Refusal(422, Code.STRICT_FAILED.name(),
                    "not exported: warnings are errors with strict", list, null));
            return;
        }
        Map<OutputFormat, byte[]> copy;
        synchronized (outputs) {
            copy = new EnumMap<>(outputs);
        }
        job.result.complete(new Export(copy, list, ExportParams.stem(upload.name()), plan.timestamp()));
    }

    private void renderInto(DocumentPlan plan, OutputFormat format, Job job, Map<OutputFormat, byte[]> outputs,
                            Runnable finish) {
        try {
            if (job.cancelled() || job.result.isDone()) {
                job.result.completeExceptionally(cancelled());
                return;
            }
            gate.enter(format);
            Buffer out = new Buffer(job);
            Imprint.render(plan, format, out);
            synchronized (outputs) {
                outputs.put(format, out.toByteArray());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.result.completeExceptionally(cancelled());
        } catch (IOException | RuntimeException | Error e) {
            // A cancelled render ends in whatever the renderer made of the buffer's refusal.
            job.result.completeExceptionally(job.cancelled() ? cancelled() : new Refusal(500, Code.RENDER_FAILED.name(),
                    format.extension() + " export failed: " + describe(e), plan.diagnostics().list(), e));
        } finally {
            finish.run();
        }
    }

    private static Refusal cancelled() {
        return new Refusal(504, "TIMEOUT", "the export was cancelled: the request ran out of time");
    }

    private static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "the document is nested too deeply";
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /**
     * The in-memory output of one format. A cancelled request's render stops at its next write
     * (renderers cannot be interrupted otherwise). Starts at 64 KB: the seed article's PDF is
     * about 100 KB, and growing from 32 bytes copied it a dozen times.
     */
    private static final class Buffer extends ByteArrayOutputStream {
        private final Job job;

        Buffer(Job job) {
            super(64 * 1024);
            this.job = job;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check();
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            check();
            super.write(b);
        }

        private void check() {
            if (job.cancelled()) {
                throw new CancelledUnchecked();
            }
        }
    }

    /** Thrown through renderers that declare no IOException on their write path. */
    private static final class CancelledUnchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledUnchecked() {
            super("cancelled", null, false, false);
        }
    }
}
