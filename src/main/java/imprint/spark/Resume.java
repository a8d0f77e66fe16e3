package imprint.spark;

import imprint.diag.Diagnostics;
import imprint.render.OutputFormat;
import imprint.resource.Resource;
import imprint.resource.ResourceResolver;
import imprint.spark.ResultRows.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * {@code --resume}: a document is skipped when its receipt says the exports were made from the
 * same input bytes, the same settings and the same images, and every requested export is still
 * there with the size and SHA-256 the receipt recorded (each export is read and hashed again,
 * so an export changed or truncated since is made anew).
 */
final class Resume {
    private final JobSettings settings;
    private final FileSystem outFs;
    private final ResourceResolver resources;

    Resume(JobSettings settings, FileSystem outFs, ResourceResolver resources) {
        this.settings = settings;
        this.outFs = outFs;
        this.resources = resources;
    }

    /** The document's skipped rows, or empty when it must be converted. */
    Optional<List<Row>> skip(DocumentExport doc, String inputSha256, long inputBytes) {
        Optional<Receipt> found = Receipt.read(outFs, doc.receiptPath());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Receipt r = found.get();
        if (!r.inputSha256().equals(inputSha256) || r.inputBytes() != inputBytes || !r.settings().equals(settings.fingerprint())) {
            return Optional.empty();
        }
        for (Receipt.Image i : r.images()) {
            Optional<Resource> now = resources.image(i.source(), new Diagnostics());
            String sha = now.map(x -> Hashes.sha256(x.bytes())).orElse(null);
            if (!java.util.Objects.equals(sha, i.sha256())) {
                return Optional.empty();
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (OutputFormat f : settings.outputFormats()) {
            Optional<Receipt.Output> o = r.output(f.extension());
            Path target = doc.exportPath(f);
            if (o.isEmpty() || !current(target, o.get())) {
                return Optional.empty();
            }
            outcomes.add(new Outcome(f.extension(), ResultRows.SKIPPED, target.toString(), o.get().bytes(), o.get().sha256(), 0, null));
        }
        return Optional.of(doc.rows(outcomes));
    }

    private boolean current(Path target, Receipt.Output o) {
        try {
            FileStatus st = outFs.getFileStatus(target);
            return st.isFile() && st.getLen() == o.bytes() && DocumentExport.sha256(outFs, target).equals(o.sha256());
        } catch (IOException e) {
            return false;
        }
    }
}
