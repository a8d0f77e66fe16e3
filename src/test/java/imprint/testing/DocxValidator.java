package imprint.testing;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a DOCX the way a strict consumer would. Every XML part is validated against the
 * ECMA-376 transitional schemas by its {@code poi-ooxml-full} XMLBeans type, chosen by the
 * content type the package declares for it (document, styles, numbering, footnotes, endnotes,
 * settings, web settings, font table, headers, footers, theme, extended properties) and every
 * {@code .rels} part by the OPC relationships schema. The content types and the core
 * properties, for which POI ships no schema types, are read by POI's OPC implementation, which
 * enforces ECMA-376 Part 2's rules for them (media type and part name syntax, one content type
 * per part, the core-properties constraints of §8.3.3). Finally every relationship id used in
 * every part must resolve in that part's own relationships, and every internal target must exist.
 */
public final class DocxValidator {
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final Map<String, Parser> PARSERS = new HashMap<>();
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @FunctionalInterface
    private interface Parser {
        XmlObject parse(byte[] b) throws Exception;
    }

    static {
        imprint.boot.QuietLogging.install(); // POI logs the packages it refuses; the problems are returned instead
        PARSERS.put(WML + "document.main+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "styles+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "numbering+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "footnotes+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "endnotes+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "settings+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "webSettings+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "fontTable+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "header+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument.Factory.parse(in(b)));
        PARSERS.put(WML + "footer+xml", b -> org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument.Factory.parse(in(b)));
        PARSERS.put("application/vnd.openxmlformats-officedocument.theme+xml",
                b -> org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument.Factory.parse(in(b)));
        PARSERS.put("application/vnd.openxmlformats-officedocument.extended-properties+xml",
                b -> org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.Factory.parse(in(b)));
        PARSERS.put("application/vnd.openxmlformats-package.relationships+xml",
                b -> org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument.Factory.parse(in(b)));
    }

    private DocxValidator() {
    }

    /** Every problem found, one line each; empty when the package is valid. */
    public static List<String> problems(byte[] docx) throws Exception {
        return problems(ZipFiles.read(docx), docx);
    }

    /** The same checks on a package given as its entries (tests break a part and re-zip it). */
    public static List<String> problems(Map<String, byte[]> parts, byte[] docx) throws Exception {
        List<String> out = new ArrayList<>();
        Map<String, String> types = contentTypes(parts, out);
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            String name = e.getKey();
            if (name.equals("[Content_Types].xml") || name.endsWith("/")) {
                continue;
            }
            String type = types.get(name);
            if (type == null) {
                out.add(name + ": no content type");
                continue;
            }
            if (type.startsWith("image/") || type.equals("application/vnd.openxmlformats-package.core-properties+xml")) {
                continue; // images are data; core properties are checked by POI's OPC reader below
            }
            Parser p = PARSERS.get(type);
            if (p == null) {
                out.add(name + ": no schema for content type " + type);
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            try {
                XmlObject x = p.parse(e.getValue());
                if (!x.validate(new XmlOptions().setErrorListener(errors))) {
                    errors.stream().limit(5).forEach(err -> out.add(name + ": " + err));
                    if (errors.isEmpty()) {
                        out.add(name + ": invalid");
                    }
                }
            } catch (org.apache.xmlbeans.XmlException ex) {
                out.add(name + ": not schema-valid XML: " + ex.getMessage());
            }
        }
        out.addAll(danglingRelationships(parts));
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            pkg.getParts(); // content types and part names (Part 2 rules), relationships
            pkg.getPackageProperties().getTitleProperty(); // core properties (Part 2 §8.3.3)
            pkg.revert();
        } catch (Exception ex) {
            out.add("package: " + ex);
        }
        return out;
    }

    /** Part name (without leading slash) to content type, by override or extension default. */
    private static Map<String, String> contentTypes(Map<String, byte[]> parts, List<String> out) throws Exception {
        byte[] ct = parts.get("[Content_Types].xml");
        Map<String, String> types = new LinkedHashMap<>();
        if (ct == null) {
            out.add("no [Content_Types].xml");
            return types;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Element e : children(xml(ct))) {
            if (e.getLocalName().equals("Default")) {
                defaults.put(e.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT), e.getAttribute("ContentType"));
            } else if (e.getLocalName().equals("Override")) {
                if (overrides.put(e.getAttribute("PartName").substring(1), e.getAttribute("ContentType")) != null) {
                    out.add("[Content_Types].xml: two overrides for " + e.getAttribute("PartName"));
                }
            }
        }
        for (String name : parts.keySet()) {
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            String type = overrides.getOrDefault(name, defaults.get(ext));
            if (type != null) {
                types.put(name, type);
            }
        }
        for (String part : overrides.keySet()) {
            if (!parts.containsKey(part)) {
                out.add("[Content_Types].xml: override for a missing part /" + part);
            }
        }
        return types;
    }

    /**
     * Every attribute in the relationships namespace ({@code r:id}, {@code r:embed} ...) of
     * every XML part resolves in that part's own {@code .rels}; every internal target exists.
     */
    public static List<String> danglingRelationships(Map<String, byte[]> parts) throws Exception {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                continue;
            }
            String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
            String relsName = folder + "_rels/" + name.substring(folder.length()) + ".rels";
            Map<String, String> rels = new HashMap<>();
            if (parts.containsKey(relsName)) {
                Set<String> ids = new HashSet<>();
                for (Element r : children(xml(parts.get(relsName)))) {
                    String id = r.getAttribute("Id");
                    if (!ids.add(id)) {
                        out.add(relsName + ": duplicate id " + id);
                    }
                    rels.put(id, r.getAttribute("Target"));
                    if (!r.getAttribute("TargetMode").equals("External")) {
                        String target = URI.create("/" + folder).resolve(r.getAttribute("Target")).getPath().substring(1);
                        if (!parts.containsKey(target)) {
                            out.add(relsName + ": " + id + " points at missing part " + target);
                        }
                    }
                }
            }
            if (name.endsWith(".rels")) {
                continue;
            }
            List<String> used = new ArrayList<>();
            collect(xml(e.getValue()), used);
            for (String id : used) {
                if (!rels.containsKey(id)) {
                    out.add(name + ": r:id " + id + " has no relationship in " + relsName);
                }
            }
        }
        return out;
    }

    /** How many relationship references the parts hold (so a test can see the walk did something). */
    public static int relationshipReferences(Map<String, byte[]> parts) throws Exception {
        int n = 0;
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
            if (e.getKey().endsWith(".xml") && !e.getKey().startsWith("[")) {
                List<String> used = new ArrayList<>();
                collect(xml(e.getValue()), used);
                n += used.size();
            }
        }
        return n;
    }

    private static void collect(Element el, List<String> out) {
        NamedNodeMap attrs = el.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (REL_NS.equals(a.getNamespaceURI())) {
                out.add(a.getValue());
            }
        }
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collect(c, out);
            }
        }
    }

    private static ByteArrayInputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    public static Element xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    }

    public static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }
}
