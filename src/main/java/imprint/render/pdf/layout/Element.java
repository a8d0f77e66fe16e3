package imprint.render.pdf.layout;

/**
 * One node of the document's logical structure as layout sees it: its role, its parent, and
 * what the role needs (a heading's level, a figure's or link's description, a link's target).
 * Immutable: where its content lands on the pages is the drawing side's business, not a field
 * to fill in here. Identity matters (two paragraphs with the same fields are two elements),
 * so equality is the object's own.
 */
public final class Element {
    private final int id;
    private final Role role;
    private final int level;
    private final String alt;
    private final String target;
    private final Element parent;
    private final String lang;
    private final int block;

    Element(int id, Role role, int level, String alt, String target, Element parent) {
        this(id, role, level, alt, target, parent, "", -1);
    }

    Element(int id, Role role, int level, String alt, String target, Element parent, String lang, int block) {
        this.lang = lang == null ? "" : lang;
        this.block = block;
        this.id = id;
        this.role = role;
        this.level = level;
        this.alt = alt == null ? "" : alt;
        this.target = target;
        this.parent = parent;
    }

    /** Its place in creation order (document order): 0 for the root. */
    public int id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** A heading's level (1 to 6); 0 for other roles. */
    public int level() {
        return level;
    }

    /** Alternative text: a figure's description, a link's title; empty when there is none. */
    public String alt() {
        return alt;
    }

    /** A link's target ({@code #id} inside the document, else a URI), or null. */
    public String target() {
        return target;
    }

    /** The language of the element's content when it differs from the document's (BCP 47), or "". */
    public String lang() {
        return lang;
    }

    /** The nearest language set on this element or an enclosing one, or null. */
    public static String languageOf(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (!x.lang().isEmpty()) {
                return x.lang();
            }
        }
        return null;
    }

    /**
     * The index of the model's top-level block whose content this element lays out, or -1 for
     * what the document's blocks do not hold (the title block, the contents, the root): what
     * maps a page's first words back to the model (the EPUB's page-list).
     */
    public int block() {
        return block;
    }

    /** The enclosing element, or null for the root. */
    public Element parent() {
        return parent;
    }

    @Override
    public String toString() {
        return role + (level > 0 ? Integer.toString(level) : "") + "#" + id;
    }
}
