package imprint.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.ModelPrinter;
import imprint.read.html.HtmlReader;
import imprint.transform.Pipeline;
import org.junit.jupiter.api.Test;

/** The HTML reader keeps the language and direction of elements: spans and divisions in the model. */
class HtmlPassagesTest {
    private static String model(String body) {
        return ModelPrinter.print(Pipeline.standard(new HtmlReader().read(
                "<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head><body>" + body + "</body></html>",
                new Diagnostics())));
    }

    @Test
    void langAndDirBecomeSpansAndDivisions() {
        String m = model("<p>Rapport: 3 et <span lang=\"de\">Größe: 3</span>.</p>"
                + "<p lang=\"he\" dir=\"rtl\">עברית היא שפה.</p><div lang=\"de\"><p>Verhältnis: 4</p></div>");
        assertTrue(m.contains("language: \"fr\""), m);
        assertTrue(m.contains("span lang=\"de\" dir=\"\"\n    text \"Größe: 3\""), m); // no French space in German
        assertTrue(m.contains("division lang=\"he\" dir=\"rtl\"\n  paragraph\n    text \"עברית היא שפה.\""), m);
        assertTrue(m.contains("division lang=\"de\" dir=\"\"\n  paragraph\n    text \"Verhältnis: 4\""), m);
        assertTrue(m.contains("Rapport\u202F: 3"), m);
    }

    @Test
    void elementsWithoutThemAddNothing() {
        String m = model("<p>Rapport: 3</p><div><p dir=\"auto\">Texte</p></div>");
        assertFalse(m.contains("division") || m.contains("span"), m);
    }
}
