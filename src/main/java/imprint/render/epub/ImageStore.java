package imprint.render.epub;

import imprint.diag.Diagnostics;
import imprint.render.Resource;
import imprint.render.ResourceResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images of one EPUB: each source is resolved once and stored under a simple, numbered
 * file name in the order first used, so manifests are stable.
 */
final class ImageStore {
    /** An image as it goes into the container. */
    record Stored(String href, Resource resource) {
    }

    private final ResourceResolver resolver;
    private final Diagnostics diagnostics;
    private final Map<String, Stored> bySource = new LinkedHashMap<>();
    private final Map<String, Boolean> missing = new LinkedHashMap<>();

    ImageStore(ResourceResolver resolver, Diagnostics diagnostics) {
        this.resolver = resolver;
        this.diagnostics = diagnostics;
    }

    /** The href of the image inside the container, or null when it cannot be used. */
    String href(String source) {
        Stored s = bySource.get(source);
        if (s != null) {
            return s.href();
        }
        if (missing.containsKey(source)) {
            return null;
        }
        Optional<Resource> r = resolver.image(source, diagnostics);
        if (r.isEmpty()) {
            missing.put(source, true);
            return null;
        }
        String href = String.format("images/image-%03d.%s", bySource.size() + 1, r.get().extension());
        bySource.put(source, new Stored(href, r.get()));
        return href;
    }

    Iterable<Stored> all() {
        return bySource.values();
    }
}
