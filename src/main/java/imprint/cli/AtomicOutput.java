package imprint.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes an output to a temporary file beside its target and moves it into place only when
 * complete, so no half-written file survives a failure, a full disk or an interrupt. Pending
 * temporary files are removed by a shutdown hook if the process is stopped.
 */
final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicLong COUNTER = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly),
                "imprint-temp-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private boolean committed;
    private volatile IOException writeFailure;

    /** Creates the temporary file in the target's folder (same file system, so the move is atomic). */
    AtomicOutput(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.temp = createUnique(dir, "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".");
        PENDING.add(temp);
    }

    /*
     * Named by process id and a counter rather than by Files.createTempFile, whose random
     * names cost a SecureRandom start-up (tens of milliseconds on a one-article command).
     * CREATE_NEW makes the claim atomic, so two runs can never share a temporary file.
     */
    private static Path createUnique(Path dir, String prefix) throws IOException {
        while (true) {
            Path p = dir.resolve(prefix + COUNTER.incrementAndGet() + ".part");
            try {
                Files.newByteChannel(p, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)).close();
                return p;
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier process with the same id; take the next number.
            }
        }
    }

    Path temp() {
        return temp;
    }

    Path target() {
        return target;
    }

    /** The temporary file's stream; a failed write is remembered (see {@link #writeFailure()}). */
    OutputStream open() throws IOException {
        // Buffered: zip writers emit headers a byte at a time, each a system call unbuffered.
        return new BufferedOutputStream(tracked(Files.newOutputStream(temp)), 64 * 1024);
    }

    private OutputStream tracked(OutputStream file) {
        return new FilterOutputStream(file) {
            @Override
            public void write(int b) throws IOException {
                remembered(() -> out.write(b));
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                remembered(() -> out.write(b, off, len));
            }

            @Override
            public void flush() throws IOException {
                remembered(out::flush);
            }

            @Override
            public void close() throws IOException {
                remembered(out::close);
            }
        };
    }

    /** One operation on the file. */
    private interface FileOp {
        void run() throws IOException;
    }

    private void remembered(FileOp op) throws IOException {
        try {
            op.run();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (writeFailure == null) {
            writeFailure = e;
        }
        return e;
    }

    /**
     * Why writing the file failed (a full disk, a file-size limit), or null: tells a failure
     * to store the export apart from a failure to make it, which a renderer may report
     * wrapped in its own exception.
     */
    IOException writeFailure() {
        return writeFailure;
    }

    /** Moves the finished file into place, replacing an older export. */
    void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(temp);
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(temp);
            PENDING.remove(temp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing more can be done; the file is a hidden .part file that a rerun replaces.
        }
    }
}
