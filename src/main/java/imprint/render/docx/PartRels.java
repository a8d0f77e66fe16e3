package imprint.render.docx;

import java.util.HashMap;
import java.util.Map;

/**
 * The relationships of one part ({@code word/_rels/document.xml.rels},
 * {@code word/_rels/footnotes.xml.rels} ...): every {@code r:id} a part uses is made here and
 * resolves in that part's own relationships, as OPC requires. Ids are {@code rId1},
 * {@code rId2} ... in the order first asked for; a target asked for twice gets the same id.
 */
final class PartRels {
    static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String HYPERLINK = OFFICE + "hyperlink";
    static final String IMAGE = OFFICE + "image";
    private static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Xml xml = Xml.inMemory().raw(Xml.DECLARATION).raw("<Relationships xmlns=\"" + NS + "\">");
    private final Map<String, String> ids = new HashMap<>();
    private int count;

    /** A relationship to another part of the package, relative to this part's folder. */
    String internal(String type, String target) {
        return add(type, target, false);
    }

    /** A hyperlink to a URL outside the package. */
    String hyperlink(String uri) {
        return add(HYPERLINK, uri, true);
    }

    private String add(String type, String target, boolean external) {
        String key = type + ' ' + target + (external ? " x" : "");
        String id = ids.get(key);
        if (id != null) {
            return id;
        }
        id = "rId" + ++count;
        ids.put(key, id);
        xml.raw("<Relationship Id=\"").raw(id).raw("\" Type=\"").attr(type).raw("\" Target=\"").attr(target)
                .raw(external ? "\" TargetMode=\"External\"/>" : "\"/>");
        return id;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The {@code .rels} part; the object is spent afterwards. */
    byte[] part() {
        return xml.raw("</Relationships>").bytes();
    }
}
