package imprint.spark;

import imprint.diag.Diagnostics;
import imprint.resource.FolderResourceResolver;
import imprint.resource.Resource;
import imprint.resource.ResourceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Images of a document on a non-local file system (HDFS, S3A): a plain relative path is copied
 * from each allowed folder into a local folder of the same layout, and the library's
 * {@link FolderResourceResolver} then decides over the local copy, so that its rules (no
 * remote URLs, no absolute paths, no {@code ..}, real PNG or JPEG only), messages and image
 * names are the same as for a local run. Nothing outside the allowed folders is ever fetched.
 * One per document; {@link #close} removes the local copy.
 */
final class StagedResources implements ResourceResolver, AutoCloseable {
    private static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

    private final FileSystem fs;
    private final List<Path> roots;
    private final java.nio.file.Path local;
    private final FolderResourceResolver resolver;

    /**
     * @param roots     the document's folder first, then the {@code --resource-path} folders
     * @param maxPixels the largest decoded image area ({@code --max-image-megapixels})
     */
    StagedResources(FileSystem fs, List<Path> roots, long maxPixels) {
        this.fs = fs;
        this.roots = roots;
        try {
            local = Files.createTempDirectory("imprint-images-");
            List<java.nio.file.Path> localRoots = new ArrayList<>();
            for (int i = 0; i < roots.size(); i++) {
                localRoots.add(Files.createDirectory(local.resolve(Integer.toString(i))));
            }
            resolver = new FolderResourceResolver(localRoots, maxPixels);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a local folder for the document's images", e);
        }
    }

    @Override
    public Optional<Resource> image(String source, Diagnostics diagnostics) {
        stage(source);
        return resolver.image(source, diagnostics);
    }

    /** Copies a plain relative path's file from each root that has it; anything else is left to the resolver to refuse. */
    private void stage(String source) {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.contains(":") || s.startsWith("/") || s.startsWith("\\")) {
            return;
        }
        String decoded = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.startsWith("/") || decoded.contains("\\") || decoded.contains(":")) {
            return;
        }
        for (String part : decoded.split("/")) {
            if (part.equals("..")) {
                return;
            }
        }
        for (int i = 0; i < roots.size(); i++) {
            java.nio.file.Path copy = local.resolve(Integer.toString(i)).resolve(decoded).normalize();
            if (!copy.startsWith(local.resolve(Integer.toString(i))) || Files.exists(copy)) {
                continue;
            }
            try {
                Path remote = new Path(roots.get(i), decoded);
                FileStatus st = fs.getFileStatus(remote);
                if (!st.isFile() || st.getLen() > MAX_IMAGE_BYTES) {
                    continue; // the resolver reports it missing; an oversized one is not copied at all
                }
                Files.createDirectories(copy.getParent());
                try (InputStream in = fs.open(remote)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | IllegalArgumentException e) {
                // Not there (or not readable): the resolver reports it as not found.
            }
        }
    }

    @Override
    public void close() {
        try (Stream<java.nio.file.Path> s = Files.walk(local)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder is left behind; the operating system's cleaning removes it.
        }
    }
}
