package imprint.transform;

import imprint.model.Document;

/** The transforms every conversion runs, in order. */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Heading identifiers first (slugs come from the straight text), then the languages of
     * runs in other scripts, then smart typography (which follows them).
     */
    public static Document standard(Document doc) {
        return SmartTypography.apply(ScriptLanguages.apply(Identifiers.apply(doc)));
    }
}
