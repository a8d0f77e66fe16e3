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
    // resources
    IMAGE_NOT_FOUND,
    IMAGE_OUTSIDE_ROOT,
    IMAGE_REMOTE,
    IMAGE_INVALID,
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
    OUTPUT_FAILED,
    OUTPUT_COLLISION,
    STRICT_FAILED
}
