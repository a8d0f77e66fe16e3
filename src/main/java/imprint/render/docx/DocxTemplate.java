package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The bundled styles and numbering definitions (Word's built-in style names and ids), or the
 * styles of a user's reference document.
 *
 * <p>The bundled parts go into the package as the bundled text (styles with the document
 * language filled in, numbering with the document's lists added; see {@link ListNumbering}):
 * parsing 13 KB of styles into XMLBeans objects and writing them out again cost a tenth of a
 * one-article run and gave back the same XML. POI's own parts are left empty and replaced by
 * {@link DocxPackage}. Only a reference document's styles, which are merged, go through POI.
 */
final class DocxTemplate {
    private static final String STYLES = resource("/imprint/docx/styles.xml");
    private static final String NUMBERING = resource("/imprint/docx/numbering.xml");

    private DocxTemplate() {
    }

    /** The bundled {@code word/styles.xml} for a document in this language. */
    static byte[] stylesPart(String lang) {
        return STYLES.replace("@LANG@", escapeAttr(lang)).getBytes(StandardCharsets.UTF_8);
    }

    /** The bundled numbering part, abstract definitions and the two style-owned instances. */
    static String numbering() {
        return NUMBERING;
    }

    /**
     * Creates the styles and numbering parts. Without a reference document both are empty
     * placeholders for the bundled text; with one, the bundled styles merged with the reference
     * document's are set in POI's styles part.
     */
    static void install(XWPFDocument doc, String lang, Path referenceDocx) throws IOException {
        if (referenceDocx != null) {
            doc.createStyles().setStyles(ReferenceStyles.merge(referenceDocx, parseStyles(lang)));
        } else {
            doc.createStyles();
        }
        doc.createNumbering();
    }

    private static CTStyles parseStyles(String lang) {
        try {
            return StylesDocument.Factory.parse(new String(stylesPart(lang), StandardCharsets.UTF_8)).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("bundled DOCX styles are invalid", e);
        }
    }

    private static String escapeAttr(String s) {
        return s.replaceAll("[^A-Za-z0-9-]", "");
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
