package imprint.render.pdf.draw;

import imprint.resource.Resource;
import imprint.render.pdf.layout.Face;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Element;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Draws the display list with PDFBox: text in embedded, subset Type 0 fonts, rules, shading and
 * images. Content that belongs to the structure tree is wrapped in marked content with an MCID;
 * everything else is marked as an artifact. Link annotations are collected for later wiring.
 */
final class PdfPainter {
    /** A link annotation and the element and target it belongs to. */
    record PendingLink(PDAnnotationLink annotation, Element owner, String target) {
    }

    /** Where a heading or note landed. */
    record Destination(int page, double y, String title, int level) {
    }

    private final PDDocument doc;
    private final BundledFonts fonts;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
    private final Map<Resource, PDImageXObject> images = new IdentityHashMap<>();
    final List<PDPage> pages = new ArrayList<>();
    final List<PendingLink> links = new ArrayList<>();
    final Map<String, Destination> destinations = new HashMap<>();
    final List<Map.Entry<String, Destination>> outline = new ArrayList<>();
    /*
     * The last link annotation of this page: the next word of the same link on the same line
     * widens it instead of adding another (a link's words are drawn one by one; one annotation,
     * action and structure reference per word made a page of links three times the objects).
     */
    private PendingLink lastLink;
    private Op.Link lastLinkOp;
    private Element openOwner;
    private boolean openArtifact;
    /*
     * Text state kept across words: a page's words share one text object per marked-content
     * sequence and set font and colour only when they change, which makes content streams (and
     * the time to write them) about half what one BT..ET per word cost.
     */
    private boolean inText;
    private PDType0Font textFont;
    private float textSize;
    /** The horizontal scaling ({@code Tz}, percent) in force: font expansion of justified lines. */
    private float textScale;
    private float fillGray;
    /** Draws complex-script text by glyph id, and remembers what each glyph stands for. */
    final ShapedText shaped = new ShapedText();
    /** Draws Latin text with the font's ligatures, and remembers its glyphs for that font's ToUnicode map. */
    private final LigatedText ligated = new LigatedText(shaped);
    /** Per page: the element of each MCID, in order. */
    final List<List<Element>> mcidOwners = new ArrayList<>();
    /**
     * Per element: where its content was drawn, as page << 32 | MCID, in drawing order. Kept
     * here, not in layout's elements, which are immutable.
     */
    final Map<Element, List<Long>> drawn = new IdentityHashMap<>();

    /** The print pages' boxes and colour space, or null for the screen edition. */
    private final PrintPages print;
    /** Whether images go in as DeviceGray (a black-and-white print interior). */
    private final boolean grayImages;

    PdfPainter(PDDocument doc, BundledFonts fonts) {
        this(doc, fonts, null);
    }

    PdfPainter(PDDocument doc, BundledFonts fonts, PrintBoxes print) {
        this.doc = doc;
        this.fonts = fonts;
        this.print = print == null ? null : new PrintPages(doc, print);
        this.grayImages = print != null && print.gray();
    }

    void paint(List<PageLayout> layout) throws IOException {
        for (PageLayout pl : layout) {
            paint(pl);
        }
    }

    /** Draws the next page; the layout can be dropped afterwards. */
    void paint(PageLayout pl) throws IOException {
        {
            PDPage page = print == null ? new PDPage(new PDRectangle((float) pl.width(), (float) pl.height()))
                    : print.page(pl);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            page.setStructParents(pages.size());
            doc.addPage(page);
            pages.add(page);
            lastLink = null;
            List<Element> owners = new ArrayList<>();
            mcidOwners.add(owners);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (print != null) {
                    print.toTrim(cs, pl.number());
                }
                openOwner = null;
                openArtifact = false;
                inText = false;
                textFont = null;
                textScale = 100;
                fillGray = 0; // the initial graphics state's colour is black
                for (Op op : pl.ops()) {
                    draw(cs, op, pl, owners);
                }
                close(cs);
            }
        }
    }

    private void draw(PDPageContentStream cs, Op op, PageLayout pl, List<Element> owners) throws IOException {
        float h = (float) pl.height();
        if (op instanceof Op.Text t) {
            begin(cs, t.owner(), owners);
            PDType0Font font = font(t.style().face());
            String text = t.text();
            if (text.indexOf('\u00AD') >= 0 && !fonts.ttf(t.style().face()).canDisplay(0x00AD)) {
                text = text.replace('\u00AD', '-');
            }
            if (!inText) {
                cs.beginText();
                inText = true;
            }
            fill(cs, (float) t.style().gray());
            if (font != textFont || (float) t.style().size() != textSize) {
                cs.setFont(font, (float) t.style().size());
                textFont = font;
                textSize = (float) t.style().size();
            }
            TtfMetrics metrics = fonts.ttf(t.style().face());
            boolean shapedRun = metrics.shaped(text);
            float scale = shapedRun ? 100 : (float) (Math.round(t.scale() * 1000) / 10.0);
            if (scale != textScale) {
                cs.setHorizontalScaling(scale);
                textScale = scale;
            }
            if (shapedRun) {
                shaped.show(cs, font, metrics, text, (float) t.style().size(), (float) t.x(), h - (float) t.y());
            } else {
                cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance((float) t.x(), h - (float) t.y()));
                if (metrics.ligatures().applies(text)) {
                    ligated.show(cs, font, metrics, text);
                } else {
                    LigatedText.showKerned(cs, text, metrics);
                    if (t.style().face().script() || t.style().face().system()) {
                        shaped.plain(font, metrics, text);
                    } else if (!metrics.ligatures().isEmpty()) {
                        ligated.plain(font, metrics, text);
                    }
                }
            }
        } else if (op instanceof Op.Rule r) {
            artifact(cs);
            endText(cs);
            cs.setStrokingColor(r.gray());
            cs.setLineWidth((float) r.width());
            cs.moveTo((float) r.x1(), h - (float) r.y1());
            cs.lineTo((float) r.x2(), h - (float) r.y2());
            cs.stroke();
        } else if (op instanceof Op.Fill f) {
            artifact(cs);
            endText(cs);
            fill(cs, (float) f.gray());
            cs.addRect((float) f.x(), h - (float) (f.y() + f.h()), (float) f.w(), (float) f.h());
            cs.fill();
        } else if (op instanceof Op.Image im) {
            begin(cs, im.owner(), owners);
            endText(cs);
            cs.drawImage(image(im.image(), im.w(), im.h()), (float) im.x(), h - (float) (im.y() + im.h()), (float) im.w(), (float) im.h());
        } else if (op instanceof Op.Link l) {
            if (print != null) {
                return; // a print file carries no annotations (printers reject them); the text stays
            }
            if (lastLink != null && LinkAnnotations.continues(lastLinkOp, l)) {
                lastLinkOp = LinkAnnotations.extend(lastLink.annotation(), lastLinkOp, l, h);
                return;
            }
            PDAnnotationLink a = LinkAnnotations.add(pages.get(pages.size() - 1), l, h);
            lastLink = new PendingLink(a, l.owner(), l.target());
            lastLinkOp = l;
            links.add(lastLink);
        } else if (op instanceof Op.Dest d) {
            Destination dest = new Destination(pages.size() - 1, d.y(), d.title(), d.level());
            if (d.id() != null && !d.id().isEmpty()) {
                destinations.putIfAbsent(d.id(), dest);
            }
            if (d.title() != null && d.level() > 0) {
                outline.add(Map.entry(d.title(), dest));
            }
        }
    }

    /**
     * Opens marked content for a piece of drawing. Consecutive pieces of one structure element
     * share one marked-content sequence (one MCID), which keeps the structure tree small: a
     * line of words is one sequence, not one per word.
     */
    private void begin(PDPageContentStream cs, Element owner, List<Element> owners) throws IOException {
        if (owner == null) {
            artifact(cs);
            return;
        }
        if (openOwner == owner) {
            return;
        }
        close(cs);
        int mcid = owners.size();
        COSDictionary props = new COSDictionary();
        props.setInt(COSName.MCID, mcid);
        owners.add(owner);
        drawn.computeIfAbsent(owner, e -> new ArrayList<>()).add(((long) (pages.size() - 1) << 32) | mcid);
        cs.beginMarkedContent(COSName.getPDFName(StructureTypes.of(owner)), PDPropertyList.create(props));
        openOwner = owner;
    }

    private void artifact(PDPageContentStream cs) throws IOException {
        if (!openArtifact) {
            close(cs);
            cs.beginMarkedContent(COSName.ARTIFACT);
            openArtifact = true;
        }
    }

    private void fill(PDPageContentStream cs, float gray) throws IOException {
        if (gray != fillGray) {
            cs.setNonStrokingColor(gray);
            fillGray = gray;
        }
    }

    private void endText(PDPageContentStream cs) throws IOException {
        if (inText) {
            cs.endText();
            inText = false;
        }
    }

    private void close(PDPageContentStream cs) throws IOException {
        endText(cs);
        if (openOwner != null || openArtifact) {
            cs.endMarkedContent();
        }
        openOwner = null;
        openArtifact = false;
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font f = loaded.get(face);
        if (f == null) {
            f = PDType0Font.load(doc, fonts.ttf(face).font(), true);
            loaded.put(face, f);
        }
        return f;
    }

    /**
     * The image as an XObject, made at its first placement: a photo with more pixels than 300
     * per inch at that size is downsampled to 300 ppi (a 10,000-pixel photo set 15 cm wide
     * needs 1,800), so neither the file nor the heap carries pixels no printer uses.
     */
    private PDImageXObject image(Resource r, double wPt, double hPt) throws IOException {
        PDImageXObject x = images.get(r);
        if (x == null) {
            x = ImageObjects.create(doc, r, wPt, hPt, grayImages);
            images.put(r, x);
        }
        return x;
    }
}
