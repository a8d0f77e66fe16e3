package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Element;
import imprint.render.pdf.layout.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Turns layout's elements into the PDF structure tree (tagged PDF for PDF/UA): one structure
 * element per element that drew something (table parts always, so rows keep their columns),
 * typed by {@link StructureTypes}, with marked-content references where the painter drew its
 * content, object references for link annotations, and the parent tree that maps content back
 * to its element. Children are in drawing order, which is reading order.
 */
final class StructureTree {
    /** Sorts after everything drawn: an element that drew nothing. */
    private static final long NEVER = Long.MAX_VALUE;

    private final PdfPainter painter;
    private final Map<Element, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Element, List<Element>> children = new IdentityHashMap<>();
    private final Map<Element, Boolean> content = new IdentityHashMap<>();
    private final Map<Element, Long> firstDrawn = new IdentityHashMap<>();
    private final Map<Element, List<PdfPainter.PendingLink>> linksByOwner = new IdentityHashMap<>();
    private int noteIds;

    StructureTree(PdfPainter painter) {
        this.painter = painter;
        for (PdfPainter.PendingLink l : painter.links) {
            linksByOwner.computeIfAbsent(l.owner(), t -> new ArrayList<>()).add(l);
        }
    }

    /** @param all every element, the root first, each after its parent (layout's creation order) */
    PDStructureTreeRoot build(List<Element> all, String lang) {
        for (Element e : all) {
            if (e.parent() != null) {
                children.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
            }
        }
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        PDStructureElement document = new PDStructureElement("Document", treeRoot);
        document.setLanguage(lang);
        treeRoot.appendKid(document);
        if (!all.isEmpty()) {
            fill(all.get(0), document);
        }
        Map<Integer, PDParentTreeValue> parents = new HashMap<>();
        for (int p = 0; p < painter.mcidOwners.size(); p++) {
            COSArray arr = new COSArray();
            for (Element t : painter.mcidOwners.get(p)) {
                arr.add(elements.get(t));
            }
            parents.put(p, new PDParentTreeValue(arr));
        }
        int key = painter.mcidOwners.size();
        for (PdfPainter.PendingLink l : painter.links) {
            PDStructureElement e = elements.get(l.owner());
            if (e != null) {
                l.annotation().setStructParent(key);
                parents.put(key, new PDParentTreeValue(e.getCOSObject()));
                key++;
            }
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        treeRoot.setParentTree(tree);
        treeRoot.setParentTreeNextKey(key);
        return treeRoot;
    }

    private void fill(Element element, PDStructureElement parent) {
        for (Object kid : inDrawingOrder(element)) {
            if (kid instanceof Element t) {
                if (!hasContent(t)) {
                    continue;
                }
                String type = StructureTypes.of(t);
                PDStructureElement e = new PDStructureElement(type, parent);
                elements.put(t, e);
                if (!t.alt().isBlank() && (t.role() == Role.FIGURE || t.role() == Role.LINK)) {
                    e.setAlternateDescription(t.alt());
                }
                if (!t.lang().isEmpty()) {
                    e.setLanguage(t.lang());
                }
                if (t.role() == Role.TABLE_HEADER_CELL) {
                    PDTableAttributeObject a = new PDTableAttributeObject();
                    a.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                    e.addAttribute(a);
                }
                if (t.role() == Role.NOTE) {
                    e.setElementIdentifier("note-" + (++noteIds));
                }
                parent.appendKid(e);
                fill(t, e);
                for (PdfPainter.PendingLink l : linksByOwner.getOrDefault(t, List.of())) {
                    PDObjectReference objr = new PDObjectReference();
                    objr.setReferencedObject(l.annotation());
                    e.appendKid(objr);
                }
            } else {
                long ref = (Long) kid;
                PDPage page = painter.pages.get((int) (ref >>> 32));
                if (parent.getPage() == null) {
                    parent.setPage(page);
                }
                if (parent.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
                    // On the element's own page a bare MCID says it all: a reference dictionary
                    // per piece of content was 40% of a long table's objects, and of its saving time.
                    appendMcid(parent, (int) ref);
                    continue;
                }
                PDMarkedContentReference mcr = new PDMarkedContentReference();
                mcr.setMCID((int) ref);
                mcr.setPage(page);
                parent.appendKid(mcr);
            }
        }
    }

    /** Adds an integer kid to /K, as {@code appendKid} adds a reference (PDFBox keeps its own variant protected). */
    private static void appendMcid(PDStructureElement parent, int mcid) {
        COSDictionary d = parent.getCOSObject();
        COSBase k = d.getDictionaryObject(COSName.K);
        if (k == null) {
            d.setItem(COSName.K, COSInteger.get(mcid));
        } else if (k instanceof COSArray a) {
            a.add(COSInteger.get(mcid));
        } else {
            COSArray a = new COSArray();
            a.add(k);
            a.add(COSInteger.get(mcid));
            d.setItem(COSName.K, a);
        }
    }

    /**
     * An element's children and its own drawn content in the order they were drawn, which is
     * reading order: layout creates a paragraph's link and note elements before it draws the
     * paragraph's own text, so creation order would put every link before the text around it.
     * Children that drew nothing keep their creation order, at the end.
     */
    private List<Object> inDrawingOrder(Element element) {
        List<Object> kids = new ArrayList<>(children.getOrDefault(element, List.of()));
        kids.addAll(painter.drawn.getOrDefault(element, List.of()));
        kids.sort(Comparator.comparingLong(this::firstDrawn));
        return kids;
    }

    /** Where an element's or a reference's first content was drawn: page, then MCID. */
    private long firstDrawn(Object kid) {
        if (kid instanceof Long ref) {
            return ref;
        }
        Element t = (Element) kid;
        Long known = firstDrawn.get(t);
        if (known != null) {
            return known;
        }
        List<Long> own = painter.drawn.getOrDefault(t, List.of());
        long first = own.isEmpty() ? NEVER : own.get(0);
        for (Element c : children.getOrDefault(t, List.of())) {
            first = Math.min(first, firstDrawn(c));
        }
        firstDrawn.put(t, first);
        return first;
    }

    private boolean hasContent(Element t) {
        Boolean known = content.get(t);
        if (known != null) {
            return known;
        }
        boolean any = t.role().keptWhenEmpty() || !painter.drawn.getOrDefault(t, List.of()).isEmpty();
        for (Element c : children.getOrDefault(t, List.of())) {
            if (any) {
                break;
            }
            any = hasContent(c);
        }
        content.put(t, any);
        return any;
    }
}
