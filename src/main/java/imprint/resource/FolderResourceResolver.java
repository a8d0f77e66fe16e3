package imprint.resource;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves images inside allowed folders only: the input's own folder tree and any
 * {@code --resource-path} folders. Remote URLs, absolute paths, {@code ..} and symbolic links
 * that lead outside are refused; files that are not real PNG or JPEG images are reported.
 * Nothing is ever fetched from the network. Thread-safe; caches per source.
 */
public final class FolderResourceResolver implements ResourceResolver {
    /** Images larger than this are refused rather than held in memory. */
    private static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

    /** The default limit on an image's decoded area: 50 megapixels (an 8,660 px square). */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    private final List<Path> roots;
    private final long maxPixels;
    private final Map<String, Optional<Resource>> cache = new ConcurrentHashMap<>();

    /** @param roots allowed folders; the first is where relative paths are resolved from */
    public FolderResourceResolver(List<Path> roots) {
        this(roots, DEFAULT_MAX_PIXELS);
    }

    /**
     * @param roots     allowed folders; the first is where relative paths are resolved from
     * @param maxPixels the largest decoded area (width × height) an image may declare; larger
     *                  ones are refused from their header, before any decoding
     */
    public FolderResourceResolver(List<Path> roots, long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive");
        }
        this.maxPixels = maxPixels;
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one root folder is needed");
        }
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public Optional<Resource> image(String source, Diagnostics diagnostics) {
        Optional<Resource> hit = cache.get(source);
        if (hit != null) {
            return hit;
        }
        Optional<Resource> r = load(source, diagnostics);
        cache.putIfAbsent(source, r);
        return r;
    }

    private Optional<Resource> load(String source, Diagnostics d) {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("file:") || lower.startsWith("//")) {
            d.warn(Code.IMAGE_REMOTE, "image '" + source + "' is not a local file; remote images are never fetched");
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            d.warn(Code.IMAGE_OUTSIDE_ROOT, "image '" + source + "' uses an absolute file URL; use a relative path");
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path rel;
        try {
            rel = Path.of(decoded);
        } catch (InvalidPathException e) {
            d.warn(Code.IMAGE_NOT_FOUND, "image '" + source + "' is not a valid path");
            return Optional.empty();
        }
        if (rel.isAbsolute() || decoded.startsWith("/") || decoded.startsWith("\\")) {
            d.warn(Code.IMAGE_OUTSIDE_ROOT, "image '" + source + "' is an absolute path; use a relative path");
            return Optional.empty();
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                d.warn(Code.IMAGE_OUTSIDE_ROOT, "image '" + source + "' points outside the document's folder");
                return Optional.empty();
            }
        }
        for (Path root : roots) {
            Path candidate = root.resolve(rel).normalize();
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                Path real = candidate.toRealPath();
                Path realRoot = root.toRealPath();
                if (!real.startsWith(realRoot)) {
                    d.warn(Code.IMAGE_OUTSIDE_ROOT, "image '" + source + "' links outside the document's folder");
                    return Optional.empty();
                }
                if (Files.size(real) > MAX_IMAGE_BYTES) {
                    d.warn(Code.IMAGE_INVALID, "image '" + source + "' is larger than 50 MB");
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(real);
                Optional<ImageInfo.Info> info = ImageInfo.probe(bytes);
                if (info.isEmpty()) {
                    d.warn(Code.IMAGE_INVALID, "image '" + source + "' is not a PNG or JPEG image");
                    return Optional.empty();
                }
                ImageInfo.Info i = info.get();
                long area = (long) i.width() * i.height();
                if (area > maxPixels) {
                    d.warn(Code.IMAGE_TOO_LARGE, String.format(Locale.ROOT,
                            "image '%s' is %,d × %,d pixels (%.1f megapixels), more than the limit of %s megapixels"
                                    + " (--max-image-megapixels); shown as its description",
                            source, i.width(), i.height(), area / 1e6, megapixels(maxPixels)));
                    return Optional.empty();
                }
                Optional<String> damage = ImageCheck.problem(bytes, i);
                if (damage.isPresent()) {
                    d.warn(Code.IMAGE_INVALID, "image '" + source + "' " + damage.get() + "; shown as its description");
                    return Optional.empty();
                }
                String name = "img" + Integer.toHexString(source.hashCode() & 0x7fffffff) + "."
                        + (i.mediaType().equals("image/png") ? "png" : "jpg");
                return Optional.of(new Resource(name, bytes, i.mediaType(), i.width(), i.height(), i.dpi()));
            } catch (IOException e) {
                d.warn(Code.IMAGE_NOT_FOUND, "image '" + source + "' cannot be read: " + e.getMessage());
                return Optional.empty();
            }
        }
        d.warn(Code.IMAGE_NOT_FOUND, "image '" + source + "' not found");
        return Optional.empty();
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000)
                : String.format(Locale.ROOT, "%.1f", pixels / 1e6);
    }
}
