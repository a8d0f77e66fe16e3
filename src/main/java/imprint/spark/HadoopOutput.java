package imprint.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One export written to a hidden temporary file beside the target and moved into place only
 * when complete, so a failed, stopped or retried task never leaves a half file under the
 * target's name. Counts and hashes the bytes as they are written.
 *
 * <p>Through the Hadoop file system API, except on the local file system: there, without
 * Hadoop's native library (which Maven's Hadoop jars do not bring), every file Hadoop creates
 * is followed by a forked {@code chmod} process, four per document. Measured on 300 articles
 * in local mode on two cores, those forks took more time than the conversions. Local files
 * are written as the command line writes them (java.nio, the user's umask, an atomic rename).
 */
final class HadoopOutput implements AutoCloseable {
    private static final AtomicLong COUNTER = new AtomicLong();

    private final FileSystem fs;
    private final Path target;
    private final Path temp;
    /** The local file system's files, or null for any other file system. */
    private final java.nio.file.Path localTarget;
    private final java.nio.file.Path localTemp;
    private final MessageDigest sha256 = Hashes.digest();
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
        if (fs instanceof RawLocalFileSystem raw) {
            localTarget = raw.pathToFile(target).toPath();
            localTemp = raw.pathToFile(temp).toPath();
        } else {
            localTarget = null;
            localTemp = null;
        }
    }

    Path target() {
        return target;
    }

    /**
     * The temporary file's stream; the caller closes it before {@link #commit}. The file is
     * created at the first write, so a conversion stopped before it writes leaves nothing.
     */
    OutputStream open() {
        return new BufferedOutputStream(new OutputStream() {
            private OutputStream file;

            private OutputStream file() throws IOException {
                check();
                if (file == null) {
                    file = create();
                }
                return file;
            }

            @Override
            public void write(int b) throws IOException {
                file().write(b);
                sha256.update((byte) b);
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                file().write(b, off, len);
                sha256.update(b, off, len);
                bytes += len;
            }

            @Override
            public void close() throws IOException {
                (file != null ? file : file()).close(); // an open file is closed even when cancelled
            }
        }, 64 * 1024);
    }

    private OutputStream create() throws IOException {
        if (localTemp == null) {
            return fs.create(temp, false);
        }
        Files.createDirectories(localTemp.getParent());
        return Files.newOutputStream(localTemp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
        if (localTemp != null) {
            if (Files.isDirectory(localTarget)) {
                throw new IOException("a folder of that name is in the way");
            }
            try {
                Files.move(localTemp, localTarget, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(localTemp, localTarget, StandardCopyOption.REPLACE_EXISTING);
            }
        } else if (!fs.rename(temp, target)) {
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
            if (localTemp != null) {
                Files.deleteIfExists(localTemp);
            } else {
                fs.delete(temp, false);
            }
        } catch (IOException | RuntimeException e) {
            // A hidden .part file is left; it is never read as an export.
        }
    }
}
