package imprint.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
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

    /*
     * Parsed once (styles once per language) and copied for each document: parsing the XML
     * again for every document was a tenth of the time of a batch of articles.
     */
    private static final Map<String, CTStyles> PARSED_STYLES = new ConcurrentHashMap<>();
    private static final CTAbstractNum[] PARSED_NUMBERING = parseNumbering();

    private DocxTemplate() {
    }

    /** The bundled styles part, as POI writes it, compressed as the package stores it. */
    record StylesPart(byte[] deflated, long crc, long size) {
    }

    private static final Map<String, StylesPart> STYLES_PARTS = new ConcurrentHashMap<>();

    /** The {@code word/styles.xml} entry for a document in this language. */
    static StylesPart stylesPart(String lang) {
        return STYLES_PARTS.computeIfAbsent(escapeAttr(lang), l -> {
            // The options of POI's XWPFStyles.commit, so the bytes are the ones POI would write.
            XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            options.setSaveSyntheticDocumentElement(new QName(CTStyles.type.getName().getNamespaceURI(), "styles"));
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            try {
                PARSED_STYLES.computeIfAbsent(l, DocxTemplate::parseStyles).save(xml, options);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = xml.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater)) {
                z.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            return new StylesPart(packed.toByteArray(), crc.getValue(), bytes.length);
        });
    }

    private static CTStyles parseStyles(String lang) {
        try {
            return StylesDocument.Factory.parse(STYLES.replace("@LANG@", lang)).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("bundled DOCX styles are invalid", e);
        }
    }

    private static CTAbstractNum[] parseNumbering() {
        try {
            return NumberingDocument.Factory.parse(NUMBERING).getNumbering().getAbstractNumArray();
        } catch (XmlException e) {
            throw new IllegalStateException("bundled DOCX numbering is invalid", e);
        }
    }

    /**
     * Installs styles (with the document language for spell-checking) and numbering. Without a
     * reference document the styles part is left empty, to be replaced in the package by
     * {@link #stylesPart(String)}: writing the same 40 KB of styles with XMLBeans for every
     * document was a quarter of the DOCX time of a batch.
     */
    static XWPFNumbering install(XWPFDocument doc, String lang, Path referenceDocx) throws IOException {
        if (referenceDocx != null) {
            CTStyles bundled = (CTStyles) PARSED_STYLES.computeIfAbsent(escapeAttr(lang), DocxTemplate::parseStyles).copy();
            doc.createStyles().setStyles(ReferenceStyles.merge(referenceDocx, bundled));
        } else {
            // A placeholder: the package gets the bundled styles as bytes (see stylesPart).
            doc.createStyles().setStyles(CTStyles.Factory.newInstance());
        }
        XWPFNumbering numbering = doc.createNumbering();
        for (CTAbstractNum a : PARSED_NUMBERING) {
            numbering.addAbstractNum(new XWPFAbstractNum((CTAbstractNum) a.copy()));
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
