package imprint.spark;

import imprint.diag.Diagnostics;
import imprint.resource.Resource;
import imprint.resource.ResourceResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes image look-ups through and remembers each one's outcome (the image's hash, or that it
 * could not be used), so that {@code --resume} notices a changed, added or removed image as
 * well as a changed document.
 */
final class RecordingResolver implements ResourceResolver {
    private final ResourceResolver delegate;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    RecordingResolver(ResourceResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Resource> image(String source, Diagnostics diagnostics) {
        Optional<Resource> r = delegate.image(source, diagnostics);
        seen.putIfAbsent(source, r.map(x -> Hashes.sha256(x.bytes())).orElse("-"));
        return r;
    }

    /** The look-ups so far, sorted by source. */
    List<Receipt.Image> images() {
        List<Receipt.Image> l = new ArrayList<>();
        seen.forEach((s, h) -> l.add(new Receipt.Image(s, h.equals("-") ? null : h)));
        l.sort(java.util.Comparator.comparing(Receipt.Image::source));
        return l;
    }
}
