package imprint.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private temporary folder holding the images (and the reference DOCX) of one request, so
 * they are read exactly as the command line reads the files beside a document: through
 * {@link imprint.resource.FolderResourceResolver}, with all of its checks. Deleted when closed.
 */
final class Staging implements AutoCloseable {
    private static final int MAX_DEPTH = 8;

    private final Path root;
    private final Path resources;
    private Path referenceDocx;

    private Staging(Path root) throws IOException {
        this.root = root;
        this.resources = Files.createDirectory(root.resolve("files"));
    }

    /** Stages the request's files; nothing is written when it has none. */
    static Staging of(Upload u) throws IOException, Refusal {
        for (String name : u.resources().keySet()) {
            check(name);
        }
        if (u.resources().isEmpty() && u.referenceDocx() == null) {
            return null;
        }
        Staging s = new Staging(Files.createTempDirectory("imprint-serve-"));
        try {
            for (Map.Entry<String, byte[]> e : u.resources().entrySet()) {
                Path p = s.resources.resolve(e.getKey()).normalize();
                if (!p.startsWith(s.resources)) {
                    throw new Refusal(400, "BAD_REQUEST", "part '" + e.getKey() + "' is not a relative path");
                }
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            if (u.referenceDocx() != null) {
                s.referenceDocx = Files.write(s.root.resolve("reference.docx"), u.referenceDocx());
            }
            return s;
        } catch (IOException | Refusal | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The folder the images are in, which plays the part of the document's own folder. */
    Path folder() {
        return resources;
    }

    /** The staged reference DOCX, or null. */
    Path referenceDocx() {
        return referenceDocx;
    }

    /**
     * A part name must be a relative path without {@code .}/{@code ..} segments, control
     * characters or backslashes, as a document would write it.
     */
    private static void check(String name) throws Refusal {
        String[] segments = name.split("/", -1);
        boolean ok = !name.isEmpty() && name.length() <= 400 && segments.length <= MAX_DEPTH;
        for (String seg : segments) {
            ok &= !seg.isEmpty() && !seg.equals(".") && !seg.equals("..") && seg.length() <= 255;
        }
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = c >= 0x20 && c != 0x7f && c != '\\' && c != ':';
        }
        if (!ok) {
            throw new Refusal(400, "BAD_REQUEST", "part name '" + name.replaceAll("\\p{Cntrl}", "?")
                    + "' is not a relative path such as images/photo.png");
        }
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is not worth failing a request for
        }
    }
}
