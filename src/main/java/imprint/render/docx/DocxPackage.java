package imprint.render.docx;

import imprint.render.ReproducibleZip;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OPC package of a DOCX: {@code [Content_Types].xml} first, as Word writes it, then the
 * package relationships and the parts, in one zip with fixed times (see {@link ReproducibleZip}).
 * Every part is declared before it is written: the content types list the parts the document
 * will have, which the renderer knows from the plan before writing any.
 */
final class DocxPackage {
    static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String RELS_CONTENT = "application/vnd.openxmlformats-package.relationships+xml";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String STYLES = WML + "styles+xml";
    static final String NUMBERING = WML + "numbering+xml";
    static final String SETTINGS = WML + "settings+xml";
    static final String WEB_SETTINGS = WML + "webSettings+xml";
    static final String FONT_TABLE = WML + "fontTable+xml";
    static final String THEME = "application/vnd.openxmlformats-officedocument.theme+xml";

    private final ReproducibleZip zip;
    private final Map<String, String> defaults = new TreeMap<>();
    private final Map<String, String> overrides = new TreeMap<>();

    DocxPackage(ReproducibleZip zip) {
        this.zip = zip;
        defaults.put("rels", RELS_CONTENT);
        defaults.put("xml", "application/xml");
    }

    /** Declares a part (its name without the leading slash) and its content type. */
    DocxPackage declare(String part, String contentType) {
        overrides.put("/" + part, contentType);
        return this;
    }

    /** Declares the media type of every part with this extension (images). */
    DocxPackage declareExtension(String extension, String contentType) {
        defaults.put(extension, contentType);
        return this;
    }

    /** Writes the content types and the package relationships; call once, before any part. */
    void begin() throws IOException {
        Xml types = Xml.inMemory().raw(Xml.DECLARATION)
                .raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        defaults.forEach((ext, type) -> types.raw("<Default Extension=\"").attr(ext).raw("\" ContentType=\"").attr(type)
                .raw("\"/>"));
        overrides.forEach((part, type) -> types.raw("<Override PartName=\"").attr(part).raw("\" ContentType=\"").attr(type)
                .raw("\"/>"));
        zip.add("[Content_Types].xml", types.raw("</Types>").bytes());
        PartRels rels = new PartRels();
        rels.internal(PartRels.OFFICE + "officeDocument", "word/document.xml");
        rels.internal("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml");
        rels.internal(PartRels.OFFICE + "extended-properties", "docProps/app.xml");
        zip.add("_rels/.rels", rels.part());
    }

    void add(String part, byte[] data) throws IOException {
        zip.add(part, data);
    }

    /** A part written as a stream (see {@link ReproducibleZip#stream}). */
    OutputStream stream(String part) throws IOException {
        return zip.stream(part);
    }
}
