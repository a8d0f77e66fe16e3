package imprint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output to a temporary file beside its target and moves it into place only when
 * complete, so no half-written file survives a failure, a full disk or an interrupt. Pending
 * temporary files are removed by a shutdown hook if the process is stopped.
 */
final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::deleteQuietly),
                "imprint-temp-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    /** Creates the temporary file in the target's folder (same file system, so the move is atomic). */
    AtomicOutput(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        PENDING.add(temp);
        // Temporary files are created owner-only; an export is an ordinary document.
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    Path temp() {
        return temp;
    }

    Path target() {
        return target;
    }

    OutputStream open() throws IOException {
        return Files.newOutputStream(temp);
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
