package imprint.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Styles from a user's reference document ({@code --reference-docx}), as pandoc users expect:
 * its definitions win, and styles our content needs but it lacks come from the bundled set.
 */
final class ReferenceStyles {
    private ReferenceStyles() {
    }

    /**
     * Copies the reference's page size and margins into {@code target}; returns the text width
     * in points, or empty when the reference has no page setup.
     */
    static java.util.Optional<Double> pageSetup(Path reference, XWPFDocument target) throws IOException {
        try (InputStream in = Files.newInputStream(reference); XWPFDocument ref = new XWPFDocument(in)) {
            var body = ref.getDocument().getBody();
            if (!body.isSetSectPr() || !body.getSectPr().isSetPgSz() || !body.getSectPr().isSetPgMar()) {
                return java.util.Optional.empty();
            }
            var theirs = body.getSectPr();
            var ours = target.getDocument().getBody().isSetSectPr() ? target.getDocument().getBody().getSectPr()
                    : target.getDocument().getBody().addNewSectPr();
            ours.setPgSz((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz) theirs.getPgSz().copy());
            ours.setPgMar((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar) theirs.getPgMar().copy());
            double w = twips(theirs.getPgSz().getW()) - twips(theirs.getPgMar().getLeft()) - twips(theirs.getPgMar().getRight());
            return w > 72 ? java.util.Optional.of(w) : java.util.Optional.empty();
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException("reference document " + reference.getFileName() + " is not a readable DOCX", e);
        }
    }

    private static double twips(Object v) {
        return v == null ? 0 : new java.math.BigDecimal(v.toString()).doubleValue() / 20.0;
    }

    static CTStyles merge(Path reference, CTStyles bundled) throws IOException {
        try (InputStream in = Files.newInputStream(reference); XWPFDocument ref = new XWPFDocument(in)) {
            if (ref.getStyles() == null) {
                return bundled;
            }
            CTStyles theirs = (CTStyles) ref.getStyle().copy();
            Set<String> have = new HashSet<>();
            for (CTStyle s : theirs.getStyleArray()) {
                have.add(s.getStyleId());
            }
            for (CTStyle s : bundled.getStyleArray()) {
                if (!have.contains(s.getStyleId())) {
                    theirs.addNewStyle().set(s);
                }
            }
            if (!theirs.isSetDocDefaults() && bundled.isSetDocDefaults()) {
                theirs.setDocDefaults(bundled.getDocDefaults());
            }
            return theirs;
        } catch (org.apache.xmlbeans.XmlException | org.apache.poi.ooxml.POIXMLException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException("reference document " + reference.getFileName() + " is not a readable DOCX", e);
        }
    }
}
