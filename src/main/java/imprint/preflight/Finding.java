package imprint.preflight;

/**
 * One result of a preflight check.
 *
 * @param check    what was checked
 * @param blocking whether the printer would reject the file for it (else a warning)
 * @param page     the page it concerns, from 1, or 0 for the whole file
 * @param message  what was found, in the printer's terms
 */
public record Finding(Check check, boolean blocking, int page, String message) {
    /** The one-line form: {@code book.pdf: page 12: error: ... [MARGIN_INSIDE]}. */
    public String line(String file) {
        return file + ": " + (page > 0 ? "page " + page + ": " : "") + (blocking ? "error: " : "warning: ") + message
                + " [" + check + "]";
    }
}
