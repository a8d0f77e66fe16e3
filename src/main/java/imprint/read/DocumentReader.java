package imprint.read;

import imprint.diag.Diagnostics;
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
}
