package imprint.read;

import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.Document;

/**
 * Parses decoded source text into the model. Implementations are stateless and thread-safe;
 * they never throw for malformed input but report what they dropped or changed.
 */
public interface DocumentReader {

    /**
     * @param text        the decoded source, line ends not yet normalised
     * @param diagnostics where to report problems, with source positions
     */
    Document read(String text, Diagnostics diagnostics);

    /**
     * Like {@link #read}, for formats whose source can be unusable as a whole (XML that is not
     * well-formed or declares entities, JSON that does not parse): those fail with one error
     * instead of an empty document. Text formats never fail.
     *
     * @throws ImprintException {@code INPUT_MALFORMED}, {@code INPUT_UNSAFE} or {@code INPUT_LIMIT}
     */
    default Document parse(String text, Diagnostics diagnostics) throws ImprintException {
        return read(text, diagnostics);
    }
}
