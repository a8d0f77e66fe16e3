package imprint.spark;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One export written through the Hadoop file system API: to a hidden temporary file beside the
 * target, moved into place only when complete, so a failed, stopped or retried task never
 * leaves a half file under the target's name. Counts and hashes the bytes as they are written.
 */
final class HadoopOutput implements AutoCloseable {
    private static final AtomicLong COUNTER = new AtomicLong();

    private final FileSystem fs;
    private final Path target;
    private final Path temp;
    private final MessageDigest sha256;
    private final BooleanSupplier cancelled;
    private long bytes;
    private boolean committed;
    private volatile boolean closed;

    /**
     * @param tag       names this run and task apart from any other writer of the same target
     * @param cancelled when it turns true, the next write fails (the document ran out of time)
     */
    HadoopOutput(FileSystem fs, Path target, String tag, BooleanSupplier cancelled) {
        this.fs = fs;
        this.target = target;
        this.temp = new Path(target.getParent(), "." + target.getName() + "." + tag + "-" + COUNTER.incrementAndGet() + ".part");
        this.cancelled = cancelled;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path target() {
        return target;
    }

    /** The temporary file's stream; the caller closes it before {@link #commit}. */
    OutputStream open() throws IOException {
        OutputStream file = fs.create(temp, false);
        return new BufferedOutputStream(new FilterOutputStream(file) {
            @Override
            public void write(int b) throws IOException {
                check();
                out.write(b);
                sha256.update((byte) b);
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                check();
                out.write(b, off, len);
                sha256.update(b, off, len);
                bytes += len;
            }
        }, 64 * 1024);
    }

    private void check() throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new InterruptedIOException("stopped: the document ran out of time");
        }
    }

    long bytes() {
        return bytes;
    }

    /** The SHA-256 of what was written, in lower-case hex; call once, after the stream is closed. */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Moves the finished file into place, replacing an older export. On the local file system
     * this is one atomic rename; where a rename does not replace (HDFS, S3A), the older export
     * is deleted first, so a reader may briefly find no file, but never a partial one.
     */
    void commit() throws IOException {
        if (!fs.rename(temp, target)) {
            if (!fs.exists(target)) {
                throw new IOException("cannot move " + temp.getName() + " into place");
            }
            if (fs.getFileStatus(target).isDirectory()) {
                throw new IOException("a folder of that name is in the way");
            }
            if (!fs.delete(target, false) || !fs.rename(temp, target)) {
                throw new IOException("cannot move " + temp.getName() + " into place");
            }
        }
        committed = true;
    }

    /** Removes the temporary file unless it was committed; never throws. */
    @Override
    public void close() {
        if (committed || closed) {
            return;
        }
        closed = true;
        try {
            fs.delete(temp, false);
        } catch (IOException | RuntimeException e) {
            // A hidden .part file is left; it is never read as an export.
        }
    }
}
