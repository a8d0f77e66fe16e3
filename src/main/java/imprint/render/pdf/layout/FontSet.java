package imprint.render.pdf.layout;

/** The fonts layout may use, by face. */
public interface FontSet {
    FontMetrics metrics(Face face);

    /** A system font that shows the code point when no bundled font does, or null. */
    /** Whether the script faces ({@link Face#script()}) can be measured (false for fake test metrics). */
    default boolean hasScriptFaces() {
        return false;
    }

    default Face systemFaceFor(int codePoint) {
        return null;
    }
}
