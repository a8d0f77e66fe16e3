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
     * Folders contribute their {@code .txt}, {@code .md} and {@code .markdown} files (not
     * hidden ones, not sub-folders), sorted by name; files given by name must have one of
     * those extensions. The same file named twice is converted once.
     */
    static List<Entry> expand(List<Path> given) {
        List<Entry> out = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> InputFormat.forFileName(f.getFileName().toString()).isPresent())
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    out.add(new Entry(p, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    out.add(new Entry(p, "folder holds no .txt, .md or .markdown files"));
                }
                files.forEach(f -> add(out, seen, f));
            } else if (!Files.exists(p)) {
                out.add(new Entry(p, "no such file or folder"));
            } else if (InputFormat.forFileName(p.getFileName().toString()).isEmpty()) {
                out.add(new Entry(p, "unsupported file type (expected .txt, .md or .markdown)"));
            } else {
                add(out, seen, p);
            }
        }
        return out;
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
