package imprint.transform;

import imprint.model.Document;

/** The transforms every document goes through between reading and rendering. */
public final class Pipeline {
    private Pipeline() {
    }

    /** Heading identifiers first (they read the original text), then smart typography. */
    public static Document standard(Document doc) {
        return SmartTypography.apply(Identifiers.apply(doc));
    }
}
