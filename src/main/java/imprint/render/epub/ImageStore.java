package imprint.render.epub;

import imprint.plan.DocumentPlan;
import imprint.plan.PlannedImage;
import imprint.resource.ImageScaler;
import imprint.resource.Resource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images of one EPUB, stored under simple, numbered file names in the order the plan lists
 * them (reading order), so manifests are stable.
 */
final class ImageStore {
    /** An image as it goes into the container. */
    record Stored(String href, Resource resource) {
    }

    private final DocumentPlan plan;
    private final Map<Resource, Stored> stored = new LinkedHashMap<>();

    ImageStore(DocumentPlan plan) {
        this.plan = plan;
        for (PlannedImage p : plan.images()) {
            Resource r = p.resource();
            // Stores ask for images within 4 megapixels; a larger photo goes in as a smaller copy.
            stored.computeIfAbsent(r, k -> new Stored(
                    String.format("images/image-%03d.%s", stored.size() + 1, k.extension()),
                    ImageScaler.within(k, ImageScaler.EPUB_MAX_PIXELS)));
        }
    }

    /** The href of the image inside the container, or null when it cannot be used. */
    String href(String source) {
        Optional<PlannedImage> p = plan.image(source);
        return p.map(i -> stored.get(i.resource()).href()).orElse(null);
    }

    Iterable<Stored> all() {
        return stored.values();
    }
}
