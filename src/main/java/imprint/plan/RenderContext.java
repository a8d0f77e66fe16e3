package imprint.plan;

import imprint.diag.Diagnostics;
import imprint.resource.ResourceResolver;
import java.util.Objects;

/**
 * Everything planning needs besides the document.
 *
 * @param options     render options
 * @param diagnostics where to report degraded output
 * @param resources   the only way images are read
 * @param sourceName  the input's file name without folder (for fallbacks such as a title)
 */
public record RenderContext(
        RenderOptions options, Diagnostics diagnostics, ResourceResolver resources, String sourceName) {
    public RenderContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(sourceName, "sourceName");
    }

    /** A context with default options, no readable resources and fresh diagnostics. */
    public static RenderContext defaults(String sourceName) {
        return new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(), ResourceResolver.NONE, sourceName);
    }
}
