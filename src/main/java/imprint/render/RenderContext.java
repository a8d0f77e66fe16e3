package imprint.render;

import imprint.diag.Diagnostics;
import java.util.Objects;

/**
 * Everything a renderer needs besides the document.
 *
 * @param options     render options
 * @param diagnostics where to report degraded output
 * @param resources   the only way a renderer may read images and other files
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

    /**
     * The title to show: the document's own, else the source file name without its extension
     * (stores and readers need some title), else "Untitled".
     */
    public String title(imprint.model.Metadata metadata) {
        if (!metadata.title().isBlank()) {
            return metadata.title();
        }
        String name = sourceName.replaceFirst("\\.[^.]+$", "").strip();
        return name.isEmpty() ? "Untitled" : name;
    }

    /** A context with default options, no readable resources and fresh diagnostics. */
    public static RenderContext defaults(String sourceName) {
        return new RenderContext(RenderOptions.DEFAULTS, new Diagnostics(), ResourceResolver.NONE, sourceName);
    }
}
