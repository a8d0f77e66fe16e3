package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The bundled styles and numbering definitions (Word's built-in style names and ids), or the
 * styles of a user's reference document. The XML is read once per process.
 */
final class DocxTemplate {
    private static final String STYLES = resource("/imprint/docx/styles.xml");
    private static final String NUMBERING = resource("/imprint/docx/numbering.xml");

    private DocxTemplate() {
    }

    /** Installs styles (with the document language for spell-checking) and numbering. */
    static XWPFNumbering install(XWPFDocument doc, String lang, Path referenceDocx) throws IOException {
        CTStyles styles;
        try {
            styles = StylesDocument.Factory.parse(STYLES.replace("@LANG@", escapeAttr(lang))).getStyles();
            if (referenceDocx != null) {
                styles = ReferenceStyles.merge(referenceDocx, styles);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("bundled DOCX styles are invalid", e);
        }
        doc.createStyles().setStyles(styles);
        XWPFNumbering numbering = doc.createNumbering();
        try {
            for (CTAbstractNum a : NumberingDocument.Factory.parse(NUMBERING).getNumbering().getAbstractNumArray()) {
                numbering.addAbstractNum(new XWPFAbstractNum((CTAbstractNum) a.copy()));
            }
        } catch (XmlException e) {
            throw new IllegalStateException("bundled DOCX numbering is invalid", e);
        }
        // numIds 1 and 2 belong to the List Bullet and List Number styles themselves.
        numbering.addNum(ListNumbering.BULLETS);
        numbering.addNum(ListNumbering.NUMBERS);
        return numbering;
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
