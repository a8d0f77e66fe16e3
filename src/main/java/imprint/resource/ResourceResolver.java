package imprint.resource;

import imprint.diag.Diagnostics;
import java.util.Optional;

/**
 * Reads the images a document refers to. The resolver, not the renderer, decides which files
 * may be read, so every format obeys the same rules.
 */
public interface ResourceResolver {

    /** Resolves nothing: every image is reported missing. */
    ResourceResolver NONE = (source, diagnostics) -> {
        diagnostics.warn(imprint.diag.Code.IMAGE_NOT_FOUND, "image '" + source + "' not found");
        return Optional.empty();
    };

    /**
     * The image at {@code source} (as written in the document), or empty after reporting why
     * it cannot be used. Results are the same for the same source within a document.
     */
    Optional<Resource> image(String source, Diagnostics diagnostics);
}
