package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled parts, kept as the text they are: the styles (Word's built-in style names and
 * ids; the standard set and the manuscript set), the numbering definitions, and the parts of
 * Word's skeleton that never change (theme, web settings). Each is read once per process.
 */
final class DocxTemplate {
    private static final String STYLES = resource("/imprint/docx/styles.xml");
    private static final String MANUSCRIPT_STYLES = resource("/imprint/docx/manuscript-styles.xml");
    private static final String NUMBERING = resource("/imprint/docx/numbering.xml");
    private static final byte[] THEME = utf8(resource("/imprint/docx/theme1.xml"));

    private DocxTemplate() {
    }

    /** The bundled {@code word/styles.xml} for a document in this language (a Word language tag). */
    static String styles(boolean manuscript, String lang) {
        return (manuscript ? MANUSCRIPT_STYLES : STYLES).replace("@LANG@", lang);
    }

    /** The bundled numbering part: abstract definitions and the two style-owned instances. */
    static String numbering() {
        return NUMBERING;
    }

    /** Word's Office theme, which the styles' theme references and Word's own documents carry. */
    static byte[] theme() {
        return THEME;
    }

    /**
     * The language tag Word files carry: region-qualified for English as Word writes it
     * ({@code en-US}), otherwise the document's tag with only the characters a tag may have.
     */
    static String wordLanguage(String lang) {
        String clean = lang.replaceAll("[^A-Za-z0-9-]", "");
        return clean.isEmpty() || clean.equals("en") ? "en-US" : clean;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String path) {
        try (InputStream in = DocxTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
