package imprint.render.pdf.draw;

import imprint.model.Metadata;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Element;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes laid-out pages as a tagged PDF/A-2u and PDF/UA-1 file: paints the pages, builds the
 * structure tree, wires links and the outline, adds metadata and a content-derived file id so
 * that identical input gives identical bytes.
 */
public final class PdfWriter {
    private final BundledFonts fonts = new BundledFonts();

    /** The bundled fonts, for layout to measure with (per thread, see {@link BundledFonts}). */
    public BundledFonts fonts() {
        return fonts;
    }

    /**
     * Starts a document. The caller hands it each page as layout finishes it (each page is
     * drawn and dropped before the next is made, so a long document is never held laid out in
     * full), then saves it with the document's structure; the writer never asks for pages.
     */
    public Document open() {
        return new Document(fonts);
    }

    /** A PDF being drawn page by page; close it when done, saved or not. */
    public static final class Document implements AutoCloseable {
        private final PDDocument doc = new PDDocument();
        private final PdfPainter painter;

        private Document(BundledFonts fonts) {
            doc.getDocument().setVersion(1.7f);
            painter = new PdfPainter(doc, fonts);
        }

        /** Draws the next page. */
        public void page(PageLayout page) throws IOException {
            painter.paint(page);
        }

        /**
         * Adds the structure tree (from every element layout made, in creation order), links,
         * outline, metadata and the file id, and writes the file.
         */
        public void save(List<Element> structure, Metadata meta, String title, String lang, Instant when,
                         byte[] fileId, OutputStream out) throws IOException {
            doc.getDocumentCatalog().setStructureTreeRoot(new StructureTree(painter).build(structure, lang));
            links(painter);
            ToUnicodeMaps.write(doc, painter.shaped);
            outline(doc, painter);
            PdfMetadata.apply(doc, meta, title, lang, when);
            COSArray ids = new COSArray();
            ids.add(new COSString(fileId));
            ids.add(new COSString(fileId));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
        }

        @Override
        public void close() throws IOException {
            doc.close();
        }
    }

    private static void links(PdfPainter painter) {
        for (PdfPainter.PendingLink l : painter.links) {
            if (l.target().startsWith("#")) {
                PdfPainter.Destination d = painter.destinations.get(l.target().substring(1));
                if (d != null) {
                    PDActionGoTo go = new PDActionGoTo();
                    go.setDestination(xyz(painter, d));
                    l.annotation().setAction(go);
                }
            } else {
                PDActionURI uri = new PDActionURI();
                uri.setURI(l.target());
                l.annotation().setAction(uri);
            }
        }
    }

    private static PDPageXYZDestination xyz(PdfPainter painter, PdfPainter.Destination d) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(painter.pages.get(d.page()));
        float h = painter.pages.get(d.page()).getMediaBox().getHeight();
        dest.setTop((int) Math.round(h - d.y() + 12));
        dest.setLeft(0);
        return dest;
    }

    private static void outline(PDDocument doc, PdfPainter painter) {
        if (painter.outline.isEmpty()) {
            return;
        }
        PDDocumentOutline root = new PDDocumentOutline();
        Deque<Map.Entry<Integer, PDOutlineNode>> stack = new ArrayDeque<>();
        stack.push(Map.entry(0, root));
        for (Map.Entry<String, PdfPainter.Destination> e : painter.outline) {
            int level = e.getValue().level();
            while (stack.peek().getKey() >= level) {
                stack.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.getKey());
            item.setDestination(xyz(painter, e.getValue()));
            stack.peek().getValue().addLast(item);
            stack.push(Map.entry(level, item));
        }
        root.openNode();
        doc.getDocumentCatalog().setDocumentOutline(root);
    }
}
