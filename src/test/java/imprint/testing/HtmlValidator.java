package imprint.testing;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu Html Checker (vnu), in-process: what the W3C's validator says of a page. */
public final class HtmlValidator {
    private HtmlValidator() {
    }

    /** Every message of the checker, one per line, in its GNU format ("file":line.col: type: text). */
    public static synchronized List<String> messages(byte[] html) {
        try {
            EmbeddedValidator v = new EmbeddedValidator();
            v.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            v.setLoadEntities(false);
            v.setForceHTML(true);
            String out = v.validate(new ByteArrayInputStream(html));
            return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker failed to run", e);
        }
    }

    /** The checker's errors (fatal errors included); warnings and info are left out. */
    public static List<String> errors(byte[] html) {
        return messages(html).stream().filter(l -> l.contains(": error:") || l.contains("fatal")).toList();
    }
}
