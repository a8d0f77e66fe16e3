package imprint.spark;

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
import imprint.read.InputFormat;
import imprint.read.TextDecoder;
import imprint.render.OutputFormat;
import imprint.resource.FolderResourceResolver;
import imprint.resource.ResourceResolver;
import imprint.spark.ResultRows.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Converts one document as the command line's batch does: read, plan once, each format's
 * renderer from the registry into a temporary file, then all finished formats moved into
 * place together (none under {@code --strict} when there were warnings). Never throws: every
 * problem becomes a failed row that says why. {@link #cancel} (the time limit) makes the
 * remaining writes fail and keeps anything from being moved into place.
 */
final class DocumentExport {
    private final JobSettings settings;
    private final ExecutorState state;
    private final FileSystems fileSystems;
    private final String tag;
    private final String path;
    private final String relative;
    private final String collidesWith;
    private final long start = System.nanoTime();
    private final Diagnostics diags = new Diagnostics();
    private volatile boolean cancelled;
    private Long inputBytes;
    private String inputSha256;

    /** @param path the document's Hadoop path, as {@link ExportJob} listed it */
    DocumentExport(JobSettings settings, ExecutorState state, FileSystems fileSystems, String tag, String path) {
        this.settings = settings;
        this.state = state;
        this.fileSystems = fileSystems;
        this.tag = tag;
        this.path = path;
        this.relative = ExportJob.relative(settings.inputRoots(), path);
        this.collidesWith = settings.collisions().get(path);
    }

    /** Stops the conversion: writes still to come fail and nothing more is moved into place. */
    void cancel() {
        cancelled = true;
    }

    String path() {
        return path;
    }

    /** The document's rows, every format failed with the same reason. */
    List<Row> failedAll(Code code, String message) {
        Diagnostic d = new Diagnostic(Severity.ERROR, code, message, 0, 0);
        List<Outcome> all = new ArrayList<>();
        for (OutputFormat f : settings.outputFormats()) {
            all.add(new Outcome(f.extension(), ResultRows.FAILED, null, null, null, 0, d));
        }
        return rows(all);
    }

    /** Converts the document; one row per format. */
    List<Row> run() {
        try {
            return convert();
        } catch (OutOfMemoryError e) {
            return failedAll(Code.OUT_OF_MEMORY, "not exported: " + Describe.problem(e));
        } catch (Error | RuntimeException e) { // one document's failure is its own row, never the task's
            return failedAll(Code.RENDER_FAILED, "conversion failed: " + Describe.problem(e));
        }
    }

    private List<Row> convert() {
        if (collidesWith != null) {
            return failedAll(Code.OUTPUT_COLLISION, "its exports would overwrite those of " + collidesWith
                    + "; rename one of them");
        }
        Path input = new Path(path);
        FileSystem inFs;
        byte[] bytes;
        try {
            inFs = fileSystems.of(input);
            org.apache.hadoop.fs.FileStatus st = inFs.getFileStatus(input);
            if (!st.isFile()) {
                return failedAll(Code.INPUT_NOT_A_FILE, "is not a regular file");
            }
            if (st.getLen() > settings.maxBytes()) {
                return failedAll(Code.INPUT_UNREADABLE, tooLarge(st.getLen()));
            }
            bytes = readBounded(inFs, input, st.getLen());
        } catch (IOException e) {
            return failedAll(Code.INPUT_UNREADABLE, "cannot be read: " + Describe.problem(e));
        }
        if (bytes == null) {
            return failedAll(Code.INPUT_UNREADABLE, tooLarge(settings.maxBytes() + 1));
        }
        inputBytes = (long) bytes.length;
        inputSha256 = Hashes.sha256(bytes);
        String fileName = input.getName();
        Optional<InputFormat> format = InputFormat.forFileName(fileName);
        if (format.isEmpty()) {
            return failedAll(Code.INPUT_UNSUPPORTED, "unsupported file type (expected .txt, .md or .markdown)");
        }
        FileSystem outFs;
        try {
            outFs = ExecutorState.exportFileSystem(fileSystems.of(new Path(settings.outRoot())));
        } catch (IOException e) {
            return failedAll(Code.OUTPUT_FAILED, "cannot use output folder: " + Describe.problem(e));
        }
        ResourceResolver base = resolver(inFs, input);
        try {
            RecordingResolver resources = new RecordingResolver(base);
            if (settings.resume()) {
                Optional<List<Row>> skipped = new Resume(settings, outFs, base).skip(this, inputSha256, bytes.length);
                if (skipped.isPresent()) {
                    return skipped.get();
                }
            }
            Document doc;
            try {
                doc = Imprint.read(TextDecoder.decodeReporting(bytes, diags), format.get(), diags);
            } catch (ImprintException e) {
                return failedAll(e.code(), e.getMessage());
            } catch (Error | RuntimeException e) {
                return failedAll(Code.INPUT_UNREADABLE, "could not be parsed: " + Describe.problem(e));
            }
            Optional<String> over = settings.export().limits().exceeded(doc);
            if (over.isPresent()) {
                return failedAll(Code.DOCUMENT_LIMIT, "not exported: " + over.get());
            }
            RenderContext ctx = new RenderContext(renderOptions(), diags, resources, fileName);
            DocumentPlan plan = Imprint.plan(doc, ctx);
            return renderAll(plan, outFs, resources);
        } finally {
            if (base instanceof StagedResources s) {
                s.close();
            }
        }
    }

    private List<Row> renderAll(DocumentPlan plan, FileSystem outFs, RecordingResolver resources) {
        List<Outcome> outcomes = new ArrayList<>();
        List<HadoopOutput> finished = new ArrayList<>();
        try {
            for (OutputFormat f : settings.outputFormats()) {
                if (cancelled) {
                    break; // out of time: no new temporary files; the task has already failed the rows
                }
                Path target = exportPath(f);
                HadoopOutput out = new HadoopOutput(outFs, target, tag, () -> cancelled);
                state.pending.add(out);
                long t = System.nanoTime();
                try (OutputStream s = out.open()) {
                    Imprint.render(plan, f, s);
                } catch (IOException | Error | RuntimeException e) { // one format's failure never stops the others
                    out.close();
                    state.pending.remove(out);
                    String why = cancelled ? "stopped: took longer than the time limit" : f.extension() + " export failed: " + Describe.problem(e);
                    outcomes.add(failed(f, e instanceof IOException && !cancelled ? Code.OUTPUT_FAILED : Code.RENDER_FAILED,
                            e instanceof IOException && !cancelled ? "cannot write " + target + ": " + Describe.problem(e) : why, millis(t)));
                    continue;
                }
                finished.add(out);
                outcomes.add(new Outcome(f.extension(), ResultRows.EXPORTED, target.toString(), out.bytes(), out.sha256(),
                        millis(t), null));
            }
            if (settings.export().strict() && diags.hasAtLeast(Severity.WARNING)) {
                List<Outcome> strict = new ArrayList<>();
                for (Outcome o : outcomes) {
                    strict.add(o.failure() != null ? o : new Outcome(o.format(), ResultRows.FAILED, null, null, null, o.millis(),
                            new Diagnostic(Severity.ERROR, Code.STRICT_FAILED, "not exported: warnings are errors with --strict", 0, 0)));
                }
                return rows(strict);
            }
            List<Outcome> committed = new ArrayList<>();
            List<Receipt.Output> receipt = new ArrayList<>();
            int i = 0;
            for (Outcome o : outcomes) {
                if (o.failure() != null) {
                    committed.add(o);
                    continue;
                }
                HadoopOutput out = finished.get(i++);
                try {
                    if (cancelled) {
                        throw new IOException("stopped: took longer than the time limit");
                    }
                    out.commit();
                    committed.add(o);
                    receipt.add(new Receipt.Output(o.format(), o.bytes(), o.sha256()));
                } catch (IOException e) {
                    committed.add(failed(OutputFormat.parse(o.format()), cancelled ? Code.RENDER_FAILED : Code.OUTPUT_FAILED,
                            cancelled ? e.getMessage() : "cannot write " + out.target() + ": " + Describe.problem(e), o.millis()));
                }
            }
            if (receipt.size() == outcomes.size() && !cancelled) {
                try {
                    new Receipt(inputSha256, inputBytes, settings.fingerprint(), resources.images(), receipt)
                            .write(outFs, receiptPath(), tag);
                } catch (IOException e) {
                    // Only --resume reads receipts; without one the document is converted again.
                }
            }
            return rows(committed);
        } finally {
            for (HadoopOutput out : finished) {
                out.close();
                state.pending.remove(out);
            }
        }
    }

    private Outcome failed(OutputFormat f, Code code, String message, long millis) {
        return new Outcome(f.extension(), ResultRows.FAILED, null, null, null, millis,
                new Diagnostic(Severity.ERROR, code, message, 0, 0));
    }

    List<Row> rows(List<Outcome> outcomes) {
        long documentMillis = millis(start);
        List<Diagnostic> list = diags.list();
        List<Row> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            rows.add(ResultRows.row(path, o, documentMillis, inputBytes, inputSha256, list));
        }
        return rows;
    }

    private RenderOptions renderOptions() {
        RenderOptions o = settings.renderOptions();
        if (settings.referenceDocx() != null) {
            o = o.withReferenceDocx(state.referenceDocx(settings.referenceDocx(), Hashes.sha256(settings.referenceDocx())));
        }
        return o;
    }

    /**
     * Images as the command line finds them: the document's own folder, then the
     * {@code --resource-path} folders; read in place on the local file system, copied first
     * from any other.
     */
    ResourceResolver resolver(FileSystem inFs, Path input) {
        List<Path> roots = new ArrayList<>();
        roots.add(input.getParent());
        settings.resourceRoots().forEach(r -> roots.add(new Path(r)));
        if ("file".equals(input.toUri().getScheme())) {
            return new FolderResourceResolver(roots.stream().map(r -> java.nio.file.Path.of(r.toUri())).toList(),
                    settings.export().maxImagePixels());
        }
        return new StagedResources(inFs, roots, settings.export().maxImagePixels());
    }

    /** OUT/dir/name.ext for IN/dir/name.txt: the command line's name, below the same folders. */
    Path exportPath(OutputFormat f) {
        String stem = relative;
        int slash = stem.lastIndexOf('/');
        int dot = stem.lastIndexOf('.');
        if (dot > slash + 1) {
            stem = stem.substring(0, dot);
        }
        return new Path(settings.outRoot() + "/" + f.fileName(stem));
    }

    Path receiptPath() {
        return new Path(settings.outRoot() + "/" + ExportJob.META + "/receipts/" + relative + ".receipt");
    }

    /** The file's bytes, or null when it has grown past the size limit since it was listed. */
    private byte[] readBounded(FileSystem fs, Path p, long length) throws IOException {
        long limit = settings.maxBytes();
        try (InputStream in = fs.open(p)) {
            byte[] buf = new byte[(int) Math.min(limit + 1, Math.max(length + 1, 8192))];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (buf.length > limit) {
                        return null;
                    }
                    buf = java.util.Arrays.copyOf(buf, (int) Math.min(limit + 1, (long) buf.length * 2));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return java.util.Arrays.copyOf(buf, n);
                }
                n += r;
            }
        }
    }

    private String tooLarge(long size) {
        return "is " + Describe.size(size) + "; the limit is " + Describe.size(settings.maxBytes());
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** Hashes a file's content, for {@link Resume}. */
    static String sha256(FileSystem fs, Path p) throws IOException {
        MessageDigest md = Hashes.digest();
        try (InputStream in = fs.open(p)) {
            byte[] b = new byte[64 * 1024];
            for (int n; (n = in.read(b)) > 0; ) {
                md.update(b, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
