package imprint.cli;

import imprint.read.InputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the list of documents to convert. */
final class Inputs {
    private Inputs() {
    }

    /** One thing to convert, or a problem found while listing inputs. */
    record Entry(Path path, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /**
     * Folders contribute their files that imprint reads (not hidden ones, not sub-folders),
     * sorted by name: {@code .txt}, {@code .md} and {@code .markdown} by extension, NITF, ninjs
     * and HTML by content whatever they are called ({@link InputFormat#detect}); a file whose
     * extension promises a format its content is not ({@code .xml} that is not NITF, a
     * {@code .json} that is not ninjs) is listed with the reason, and other files (photos beside
     * a wire story) are passed over. Files given by name must be one of those formats. The same
     * file named twice is converted once.
     */
    static List<Entry> expand(List<Path> given) {
        List<Entry> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    out.add(new Entry(p, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                int before = out.size();
                for (Path f : files) {
                    InputFormat.Detection d = detect(f);
                    if (d.format().isPresent()) {
                        add(out, seen, f);
                    } else if (InputFormat.forFileName(f.getFileName().toString()).isPresent()) {
                        out.add(new Entry(f, d.problem()));
                    }
                }
                if (out.size() == before) {
                    out.add(new Entry(p, "folder holds no .txt, .md, .markdown, NITF, ninjs or HTML files"));
                }
            } else if (!Files.exists(p)) {
                out.add(new Entry(p, "no such file or folder"));
            } else if (Files.isRegularFile(p) && detect(p).format().isEmpty()) {
                out.add(new Entry(p, detect(p).problem()));
            } else if (!Files.isRegularFile(p) && InputFormat.forFileName(p.getFileName().toString()).isEmpty()) {
                out.add(new Entry(p, "unsupported file type (expected .txt, .md, .markdown, or a NITF, ninjs or HTML file)"));
            } else {
                add(out, seen, p);
            }
        }
        return out;
    }

    /** The format of a file by its first bytes and its name; an unreadable file goes by its name (reading it reports why). */
    private static InputFormat.Detection detect(Path f) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(InputFormat.SNIFF_BYTES);
        } catch (IOException e) {
            return InputFormat.forFileName(f.getFileName().toString())
                    .map(fmt -> new InputFormat.Detection(java.util.Optional.of(fmt), null))
                    .orElse(new InputFormat.Detection(java.util.Optional.empty(), "cannot be read: " + e.getMessage()));
        }
        return InputFormat.detect(f.getFileName().toString(), head);
    }

    private static void add(List<Entry> out, Set<Path> seen, Path f) {
        if (seen.add(f.toAbsolutePath().normalize())) {
            out.add(new Entry(f, null));
        }
    }

    /** The output base name: the input's file name without its extension. */
    static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
