package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The document's elements in the order layout creates them (document order), each knowing its
 * parent. Layout only appends; the drawing side reads the list once the last page is drawn.
 * When layout runs on its own thread, the elements of a block are appended before its boxes
 * are handed over, so the hand-over publishes them.
 */
public final class Structure {
    private final List<Element> elements = new ArrayList<>();
    private final Element root;
    /** The top-level block being laid out, or -1 outside the document's blocks. */
    private int block = -1;

    public Structure() {
        root = new Element(0, Role.DOCUMENT, 0, "", null, null);
        elements.add(root);
    }

    /** Marks the elements added from now on as laying out top-level block {@code index} (-1: none). */
    public void startBlock(int index) {
        block = index;
    }

    public Element root() {
        return root;
    }

    /** A new element of {@code role} inside {@code parent}. */
    public Element add(Element parent, Role role) {
        return add(parent, role, 0, "", null);
    }

    /** A new heading of the given level inside {@code parent}. */
    public Element heading(Element parent, int level) {
        return add(parent, Role.HEADING, level, "", null);
    }

    /** A new element with alternative text (a figure). */
    public Element described(Element parent, Role role, String alt) {
        return add(parent, role, 0, alt, null);
    }

    /** A new link to {@code target} with its description. */
    public Element link(Element parent, String target, String alt) {
        return add(parent, Role.LINK, 0, alt, target);
    }

    /** A passage in its own language ({@code lang}, "" when it is the document's). */
    public Element passage(Element parent, String lang) {
        return inLanguage(parent, Role.DIVISION, lang);
    }

    /** A phrase in its own language (a span). */
    public Element phrase(Element parent, String lang) {
        return inLanguage(parent, Role.SPAN, lang);
    }

    private Element inLanguage(Element parent, Role role, String lang) {
        Element e = new Element(elements.size(), role, 0, "", null, parent, lang, block);
        elements.add(e);
        return e;
    }

    private Element add(Element parent, Role role, int level, String alt, String target) {
        Element e = new Element(elements.size(), role, level, alt, target, parent, "", block);
        elements.add(e);
        return e;
    }

    /** Every element, the root first, in creation order. */
    public List<Element> elements() {
        return Collections.unmodifiableList(elements);
    }
}
