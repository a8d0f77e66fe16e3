package imprint.render.docx;

import imprint.render.XmlText;
import imprint.render.ReproducibleZip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the DOCX package from the parts POI built, reproducibly: entries in a fixed order
 * ({@code [Content_Types].xml} first, as Word writes it), one fixed time, no extra fields.
 *
 * <p>POI's own package writer is not used: it builds every content-type and relationship part
 * as a DOM and serializes it through an XSLT transformer, whose first use alone (the JDK loading
 * every charset it knows) took a tenth of a one-article run; and its zip had to be rewritten
 * for fixed times anyway. Parts POI holds are copied as POI committed them.
 */
final class DocxPackage {
    private static final String RELS_CONTENT = "application/vnd.openxmlformats-package.relationships+xml";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final CommittableDocument doc;
    private final Map<String, byte[]> replaced;
    private final byte[] core;
    private final byte[] app;

    /**
     * @param replaced part contents (by part name, e.g. {@code /word/styles.xml}) written instead
     *                 of what POI holds for that part
     * @param core     the core properties part
     * @param app      the extended properties part
     */
    DocxPackage(CommittableDocument doc, Map<String, byte[]> replaced, byte[] core, byte[] app) {
        this.doc = doc;
        this.replaced = replaced;
        this.core = core;
        this.app = app;
    }

    /** The document, so that its parts can be committed (POI offers that only to subclasses). */
    static final class CommittableDocument extends XWPFDocument {
        void commitParts() throws IOException {
            onSave(new HashSet<>());
        }

        /**
         * Discards the package: POI's own close of a package made in memory saves it again,
         * through the slow package writer this class replaces, into a buffer nobody reads.
         */
        @Override
        public void close() {
            if (getPackage() != null) {
                getPackage().revert();
            }
        }
    }

    void write(Instant time, OutputStream out) throws IOException {
        doc.commitParts();
        Map<String, byte[]> entries = new TreeMap<>();
        Map<String, String> defaults = new TreeMap<>();
        Map<String, String> overrides = new TreeMap<>();
        defaults.put("rels", RELS_CONTENT);
        defaults.put("xml", "application/xml");
        List<String> packageRels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            for (PackageRelationship r : doc.getPackage().getRelationships()) {
                ids.add(r.getId());
                if (!r.getRelationshipType().equals(DocxProperties.CORE_TYPE)
                        && !r.getRelationshipType().equals(DocxProperties.APP_TYPE)) {
                    packageRels.add(relationship(r, PackagingURIHelper.PACKAGE_ROOT_URI));
                }
            }
            for (PackagePart part : doc.getPackage().getParts()) {
                String name = part.getPartName().getName();
                if (part.isRelationshipPart() || part.getContentType().equals(DocxProperties.CORE_CONTENT)) {
                    continue;
                }
                entries.put(name, replaced.containsKey(name) ? replaced.get(name) : bytes(part));
                contentType(name, part.getContentType(), defaults, overrides);
                if (part.hasRelationships()) {
                    List<String> rels = new ArrayList<>();
                    for (PackageRelationship r : part.getRelationships()) {
                        rels.add(relationship(r, part.getPartName().getURI()));
                    }
                    entries.put(PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName(), relationships(rels));
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException("DOCX package could not be built: " + e.getMessage(), e);
        }
        packageRels.add(relationship(unusedId(ids), DocxProperties.APP_TYPE, "docProps/app.xml", false));
        packageRels.add(relationship(unusedId(ids), DocxProperties.CORE_TYPE, "docProps/core.xml", false));
        entries.put("/docProps/app.xml", app);
        entries.put("/docProps/core.xml", core);
        overrides.put("/docProps/app.xml", DocxProperties.APP_CONTENT);
        overrides.put("/docProps/core.xml", DocxProperties.CORE_CONTENT);
        entries.put("/_rels/.rels", relationships(packageRels));

        try (ReproducibleZip zip = new ReproducibleZip(out, time, Deflater.DEFAULT_COMPRESSION)) {
            zip.add("[Content_Types].xml", contentTypes(defaults, overrides));
            zip.add("_rels/.rels", entries.remove("/_rels/.rels"));
            zip.add("word/document.xml", required(entries.remove("/word/document.xml")));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.add(e.getKey().substring(1), e.getValue());
            }
        }
    }

    private static String unusedId(Set<String> ids) {
        int n = 1;
        while (!ids.add("rId" + n)) {
            n++;
        }
        return "rId" + n;
    }

    private static byte[] bytes(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] required(byte[] document) throws IOException {
        if (document == null) {
            throw new IOException("DOCX package could not be built: no word/document.xml");
        }
        return document;
    }

    /** Media types by extension where that is unambiguous, else per part. */
    private static void contentType(String name, String type, Map<String, String> defaults, Map<String, String> overrides) {
        int dot = name.lastIndexOf('.');
        String ext = dot > name.lastIndexOf('/') ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (!ext.isEmpty() && !type.endsWith("+xml") && defaults.putIfAbsent(ext, type) == null) {
            return;
        }
        if (!type.equals(defaults.get(ext))) {
            overrides.put(name, type);
        }
    }

    private static byte[] contentTypes(Map<String, String> defaults, Map<String, String> overrides) {
        StringBuilder sb = new StringBuilder(1536);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        defaults.forEach((ext, type) -> sb.append("<Default Extension=\"").append(XmlText.escape(ext))
                .append("\" ContentType=\"").append(XmlText.escape(type)).append("\"/>"));
        overrides.forEach((part, type) -> sb.append("<Override PartName=\"").append(XmlText.escape(part))
                .append("\" ContentType=\"").append(XmlText.escape(type)).append("\"/>"));
        sb.append("</Types>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A relationship's target as POI's writer gives it: relative to its source unless external. */
    private static String relationship(PackageRelationship r, URI source) {
        boolean external = r.getTargetMode() == TargetMode.EXTERNAL;
        String target = external ? r.getTargetURI().toString()
                : PackagingURIHelper.relativizeURI(source, r.getTargetURI(), true).toString();
        return relationship(r.getId(), r.getRelationshipType(), target, external);
    }

    private static String relationship(String id, String type, String target, boolean external) {
        return "<Relationship Id=\"" + XmlText.escape(id) + "\" Type=\"" + XmlText.escape(type) + "\" Target=\""
                + XmlText.escape(target) + (external ? "\" TargetMode=\"External\"/>" : "\"/>");
    }

    private static byte[] relationships(List<String> rels) {
        StringBuilder sb = new StringBuilder(256 + 160 * rels.size());
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"")
                .append(RELS_NS).append("\">");
        rels.forEach(sb::append);
        sb.append("</Relationships>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
