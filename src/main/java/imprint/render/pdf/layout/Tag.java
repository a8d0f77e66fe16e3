package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the document's logical structure (PDF structure element): its type (P, H1, L,
 * Table ...), its children in reading order (child tags and marks of drawn content), and
 * alternative text for figures. Built by layout in document order, read by the painter.
 */
public final class Tag {
    private final String type;
    private final List<Object> kids = new ArrayList<>();
    private String alt = "";
    private String link;
    private Tag parent;

    public Tag(String type) {
        this.type = type;
    }

    /** Adds and returns a child element. */
    public Tag child(String childType) {
        Tag t = new Tag(childType);
        t.parent = this;
        kids.add(t);
        return t;
    }

    /** The enclosing element, or null for the root. */
    public Tag parent() {
        return parent;
    }

    /** A mark for content drawn as part of this element, in reading order. */
    public Mark mark() {
        Mark m = new Mark(this);
        kids.add(m);
        return m;
    }

    public String type() {
        return type;
    }

    public List<Object> kids() {
        return kids;
    }

    public String alt() {
        return alt;
    }

    public Tag alt(String a) {
        this.alt = a;
        return this;
    }

    private String lang = "";

    /** The language of the element's content when it differs from the document's (/Lang), or "". */
    public String lang() {
        return lang;
    }

    /** The nearest language set on this element or an ancestor, or null. */
    public static String languageOf(Tag t) {
        for (Tag x = t; x != null; x = x.parent()) {
            if (!x.lang().isEmpty()) {
                return x.lang();
            }
        }
        return null;
    }

    public Tag lang(String l) {
        this.lang = l == null ? "" : l;
        return this;
    }

    /** For Link elements: the target, so the painter can attach the annotation. */
    public String link() {
        return link;
    }

    public Tag link(String target) {
        this.link = target;
        return this;
    }

    /** Placeholder for one piece of drawn content; the painter fills in where it landed. */
    public static final class Mark {
        private final Tag owner;
        public int page = -1;
        public int mcid = -1;

        Mark(Tag owner) {
            this.owner = owner;
        }

        public Tag owner() {
            return owner;
        }
    }
}
