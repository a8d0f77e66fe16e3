package imprint.render.pdf.draw;

import imprint.model.Metadata;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Tag;
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

    /** Receives pages in order as layout finishes them. */
    @FunctionalInterface
    public interface PageSink {
        void page(PageLayout page) throws IOException;
    }

    /** Produces the document's pages into a sink; the structure tree is complete when it returns. */
    @FunctionalInterface
    public interface PageSource {
        void pages(PageSink sink) throws IOException;
    }

    /**
     * Writes pages as they are produced, so a long document is never held laid out in full:
     * each page is drawn and dropped before the next is made.
     */
    public void write(PageSource pages, Tag root, Metadata meta, String title, String lang, Instant when,
                      byte[] fileId, OutputStream out) throws IOException {
        write(pages, root, meta, title, lang, when, fileId, null, out);
    }

    /**
     * As {@link #write(PageSource, Tag, Metadata, String, String, Instant, byte[], OutputStream)},
     * for print when {@code print} is not null: every page gets its TrimBox and BleedBox, the
     * MediaBox grows by the bleed, no link annotations are written, and the file is PDF/X-4 as
     * well as PDF/A-2u (a CMYK output intent; RGB images through a DefaultRGB of sRGB).
     */
    public void write(PageSource pages, Tag root, Metadata meta, String title, String lang, Instant when,
                      byte[] fileId, PrintBoxes print, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // PDF/X-4 is built on PDF 1.6; PDF/A-2 takes any version up to 1.7.
            doc.getDocument().setVersion(print == null ? 1.7f : 1.6f);
            PdfPainter painter = new PdfPainter(doc, fonts, print);
            pages.pages(painter::paint);
            doc.getDocumentCatalog().setStructureTreeRoot(new StructureTree(painter).build(root, lang));
            links(painter);
            outline(doc, painter);
            PdfMetadata.apply(doc, meta, title, lang, when,
                    print == null ? null : "uuid:" + java.util.UUID.nameUUIDFromBytes(fileId));
            COSArray ids = new COSArray();
            ids.add(new COSString(fileId));
            ids.add(new COSString(fileId));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
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
        // Layout measures from the trim's top; the trim box is the media box but in print.
        org.apache.pdfbox.pdmodel.common.PDRectangle trim = painter.pages.get(d.page()).getTrimBox();
        dest.setTop((int) Math.round(trim.getUpperRightY() - d.y() + 12));
        dest.setLeft((int) Math.round(trim.getLowerLeftX()));
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
