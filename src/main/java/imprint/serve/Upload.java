package imprint.serve;

import imprint.read.InputFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A document as a request sent it.
 *
 * @param document      the document's bytes, decoded as the command line decodes a file
 * @param name          its file name (such as {@code article.md}): the fallback title and the
 *                      outputs' names come from it, as they come from the input's name on the
 *                      command line
 * @param format        how to read it
 * @param resources     images sent with it, by the relative path the document uses
 * @param referenceDocx a DOCX to take styles from ({@code --reference-docx}), or null
 */
record Upload(byte[] document, String name, InputFormat format, Map<String, byte[]> resources, byte[] referenceDocx) {
    Upload {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        resources = Map.copyOf(resources);
    }

    /** The name a document gets when the request names none. */
    static String defaultName(InputFormat format) {
        return format == InputFormat.MARKDOWN ? "document.md" : "document.txt";
    }
}
