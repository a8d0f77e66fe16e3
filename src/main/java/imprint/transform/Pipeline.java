package imprint.transform;

import imprint.model.Document;

/** The transforms every conversion runs, in order. */
public final class Pipeline {
    private Pipeline() {
    }

    /** Heading identifiers first (slugs come from the straight text), then smart typography. */
    public static Document standard(Document doc) {
        return SmartTypography.apply(Identifiers.apply(doc));
    }
}
