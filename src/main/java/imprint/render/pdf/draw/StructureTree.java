package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Tag;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * Turns layout's {@link Tag} tree into the PDF structure tree (tagged PDF for PDF/UA): one
 * structure element per tag, marked-content references in reading order, object references for
 * link annotations, and the parent tree that maps content back to its element.
 */
final class StructureTree {
    private final PdfPainter painter;
    private final Map<Tag, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Tag, Boolean> content = new IdentityHashMap<>();
    private final Map<Tag, List<PdfPainter.PendingLink>> linksByTag = new IdentityHashMap<>();
    private int noteIds;
    private static final java.util.Set<String> TABLE_PARTS = java.util.Set.of("Table", "THead", "TBody", "TR", "TH", "TD");

    StructureTree(PdfPainter painter) {
        this.painter = painter;
        for (PdfPainter.PendingLink l : painter.links) {
            linksByTag.computeIfAbsent(l.tag(), t -> new java.util.ArrayList<>()).add(l);
        }
    }

    PDStructureTreeRoot build(Tag root, String lang) {
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        PDStructureElement document = new PDStructureElement("Document", treeRoot);
        document.setLanguage(lang);
        treeRoot.appendKid(document);
        fill(root, document);
        Map<Integer, PDParentTreeValue> parents = new HashMap<>();
        for (int p = 0; p < painter.mcidOwners.size(); p++) {
            COSArray arr = new COSArray();
            for (Tag t : painter.mcidOwners.get(p)) {
                arr.add(elements.get(t));
            }
            parents.put(p, new PDParentTreeValue(arr));
        }
        int key = painter.mcidOwners.size();
        for (PdfPainter.PendingLink l : painter.links) {
            PDStructureElement e = elements.get(l.tag());
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

    private void fill(Tag tag, PDStructureElement parent) {
        for (Object kid : inDrawingOrder(tag.kids())) {
            if (kid instanceof Tag t) {
                if (!hasContent(t)) {
                    continue;
                }
                PDStructureElement e = new PDStructureElement(t.type(), parent);
                elements.put(t, e);
                if (!t.alt().isBlank() && (t.type().equals("Figure") || t.type().equals("Link"))) {
                    e.setAlternateDescription(t.alt());
                }
                if (!t.lang().isEmpty()) {
                    e.setLanguage(t.lang());
                }
                if (t.type().equals("TH")) {
                    PDTableAttributeObject a = new PDTableAttributeObject();
                    a.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                    e.addAttribute(a);
                }
                if (t.type().equals("Note")) {
                    e.setElementIdentifier("note-" + (++noteIds));
                }
                parent.appendKid(e);
                fill(t, e);
                for (PdfPainter.PendingLink l : linksByTag.getOrDefault(t, List.of())) {
                    PDObjectReference objr = new PDObjectReference();
                    objr.setReferencedObject(l.annotation());
                    e.appendKid(objr);
                }
            } else if (kid instanceof Tag.Mark m && m.mcid >= 0 && !sameAsLast(parent, m)) {
                PDPage page = painter.pages.get(m.page);
                if (parent.getPage() == null) {
                    parent.setPage(page);
                }
                PDMarkedContentReference mcr = new PDMarkedContentReference();
                mcr.setMCID(m.mcid);
                mcr.setPage(page);
                parent.appendKid(mcr);
            }
        }
    }

    /**
     * An element's children in the order their content was drawn, which is reading order: layout
     * creates a paragraph's link and note elements before it draws the paragraph's own text, so
     * creation order would put every link before the text around it.
     */
    private List<Object> inDrawingOrder(List<Object> kids) {
        List<Object> sorted = new java.util.ArrayList<>(kids);
        sorted.sort(java.util.Comparator.comparingLong(this::firstDrawn));
        return sorted;
    }

    /** Where an element's or mark's first content was drawn: page, then MCID; nothing drawn sorts last. */
    private long firstDrawn(Object kid) {
        if (kid instanceof Tag.Mark m) {
            return m.mcid < 0 ? Long.MAX_VALUE : ((long) m.page << 32) | m.mcid;
        }
        Tag t = (Tag) kid;
        Long known = firstDrawn.get(t);
        if (known != null) {
            return known;
        }
        long first = Long.MAX_VALUE;
        for (Object k : t.kids()) {
            first = Math.min(first, firstDrawn(k));
        }
        firstDrawn.put(t, first);
        return first;
    }

    private final Map<Tag, Long> firstDrawn = new IdentityHashMap<>();

    /** Marks that share a marked-content sequence are referenced once. */
    private final Map<PDStructureElement, Long> lastMcr = new IdentityHashMap<>();

    private boolean sameAsLast(PDStructureElement parent, Tag.Mark m) {
        long key = ((long) m.page << 32) | m.mcid;
        Long last = lastMcr.put(parent, key);
        return last != null && last == key;
    }

    private boolean hasContent(Tag t) {
        Boolean known = content.get(t);
        if (known != null) {
            return known;
        }
        // Table cells stay even when empty: every row must keep its number of columns.
        boolean any = TABLE_PARTS.contains(t.type());
        for (Object k : t.kids()) {
            if (k instanceof Tag.Mark m && m.mcid >= 0 || k instanceof Tag c && hasContent(c)) {
                any = true;
                break;
            }
        }
        content.put(t, any);
        return any;
    }
}
