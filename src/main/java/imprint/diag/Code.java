package imprint.diag;

/**
 * Every kind of diagnostic imprint reports. Tests assert these codes, never message text.
 */
public enum Code {
    // reading
    BOILERPLATE_DROPPED,
    RAW_HTML_DROPPED,
    UNSAFE_LINK_DROPPED,
    CONTROL_CHARACTERS_REMOVED,
    NESTING_TOO_DEEP,
    FRONT_MATTER_INVALID,
    FRONT_MATTER_UNKNOWN_KEY,
    FOOTNOTE_MISSING,
    FOOTNOTE_UNUSED,
    FOOTNOTE_DUPLICATE,
    NO_TITLE,
    /** An element of a wire story that has no place in the document (audio, video, unknown entity). */
    MEDIA_DROPPED,
    ENTITY_UNKNOWN,
    /** A photo's caption or credit was taken from its embedded IPTC/XMP metadata. */
    IMAGE_METADATA_USED,
    // resources
    IMAGE_NOT_FOUND,
    IMAGE_OUTSIDE_ROOT,
    IMAGE_REMOTE,
    IMAGE_INVALID,
    /** An image whose decoded area (from its header) is beyond the pixel limit. */
    IMAGE_TOO_LARGE,
    // rendering
    GLYPH_MISSING,
    WORD_TOO_LONG,
    CONTENT_TRUNCATED,
    RENDER_FAILED,
    // input and output
    INPUT_UNREADABLE,
    INPUT_EMPTY,
    INPUT_NOT_A_FILE,
    INPUT_UNSUPPORTED,
    INPUT_ENCODING,
    INPUT_BINARY,
    /** Not well-formed XML or JSON, or not the format its content claims. */
    INPUT_MALFORMED,
    /** DTD entity declarations or external entities: refused (XXE, entity expansion). */
    INPUT_UNSAFE,
    /** Beyond a reader's bounds (an attribute or string too long, nesting too deep). */
    INPUT_LIMIT,
    OUTPUT_FAILED,
    /** The document took longer than its time budget ({@code --timeout}); nothing was written for it. */
    TIMEOUT,
    /** The document needed more memory than the heap has; the other documents go on. */
    OUT_OF_MEMORY,
    /** Beyond a per-document limit on footnotes, headings or table cells. */
    DOCUMENT_LIMIT,
    OUTPUT_COLLISION,
    STRICT_FAILED
}
