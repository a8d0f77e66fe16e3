package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Face;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a wrap-around print cover on one sheet: back, spine and front side by side, the
 * background running into the bleed on every edge, the design of the generated e-book cover
 * on the front (rules, title, names) in vector type, the title and names along the spine
 * when it is wide enough to carry them, the description on the back and a white keep-out box
 * for the barcode in its lower corner next to the spine. TrimBox and BleedBox are set; the
 * file carries no annotations and no time but the render timestamp.
 */
public final class CoverSheet {
    /** KDP's barcode area: 2 x 1.2 in, 0.25 in in from the trim at the foot and the spine side of the back. */
    public static final double BARCODE_W = 2 * 72;
    public static final double BARCODE_H = 1.2 * 72;
    public static final double BARCODE_INSET = 0.25 * 72;
    /** Type stays this far inside the trim (KDP asks 0.125 in; a little more for the cut's drift). */
    static final double SAFE = 0.375 * 72;
    /** Spine text keeps 0.0625 in from each fold (KDP). */
    static final double SPINE_SAFE = 0.0625 * 72;

    /**
     * What the sheet shows and its measures, in points.
     *
     * @param trimW     the book's trim width
     * @param trimH     the book's trim height
     * @param bleed     the bleed on each outer edge
     * @param spine     the spine width
     * @param spineText whether the spine carries the title and names
     * @param frontImage the front matter's cover image (PNG or JPEG bytes) for the front panel, or null for the generated design
     */
    public record Spec(double trimW, double trimH, double bleed, double spine, boolean spineText, String title,
                       String subtitle, List<String> authors, String blurb, String publisher,
                       int background, int rule, int ink, double[] ruleFractions, byte[] frontImage) {
        public Spec {
            authors = List.copyOf(authors);
        }

        /** The whole sheet's width: back, spine and front with the bleed on both sides. */
        public double width() {
            return 2 * trimW + spine + 2 * bleed;
        }

        public double height() {
            return trimH + 2 * bleed;
        }

        /** The front panel's left edge from the sheet's left edge. */
        public double frontX() {
            return bleed + trimW + spine;
        }

        /** The barcode box, as x, y (from the sheet's foot), width and height. */
        public double[] barcode() {
            return new double[] {bleed + trimW - BARCODE_INSET - BARCODE_W, bleed + BARCODE_INSET, BARCODE_W, BARCODE_H};
        }
    }

    private final BundledFonts fonts = new BundledFonts();

    /** Writes the cover as a one-page PDF. */
    public void write(Spec c, String lang, Instant when, byte[] fileId, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocument().setVersion(1.7f);
            PDPage page = new PDPage(new PDRectangle((float) c.width(), (float) c.height()));
            page.setBleedBox(new PDRectangle(0, 0, (float) c.width(), (float) c.height()));
            page.setTrimBox(new PDRectangle((float) c.bleed(), (float) c.bleed(), (float) (c.width() - 2 * c.bleed()),
                    (float) c.trimH()));
            doc.addPage(page);
            PDType0Font serifBold = PDType0Font.load(doc, fonts.ttf(Face.SERIF_BOLD).font(), true);
            PDType0Font sans = PDType0Font.load(doc, fonts.ttf(Face.SANS).font(), true);
            PDType0Font serif = PDType0Font.load(doc, fonts.ttf(Face.SERIF).font(), true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                color(cs, c.background(), false);
                cs.addRect(0, 0, (float) c.width(), (float) c.height());
                cs.fill();
                if (c.frontImage() != null) {
                    frontImage(doc, cs, c);
                } else {
                    front(cs, c, serifBold, sans);
                }
                if (c.spineText()) {
                    spine(cs, c, serifBold, sans);
                }
                back(cs, c, serif, sans);
                color(cs, 0xFFFFFF, false);
                double[] b = c.barcode();
                cs.addRect((float) b[0], (float) b[1], (float) b[2], (float) b[3]);
                cs.fill();
            }
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(when.toEpochMilli());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(c.title() + " (cover)");
            if (!c.authors().isEmpty()) {
                info.setAuthor(String.join(", ", c.authors()));
            }
            info.setCreator("imprint");
            info.setProducer("imprint (Apache PDFBox)");
            info.setCreationDate(cal);
            info.setModificationDate(cal);
            info.setTrapped("False");
            doc.getDocumentCatalog().setLanguage(lang);
            COSArray ids = new COSArray();
            ids.add(new COSString(fileId));
            ids.add(new COSString(fileId));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
        }
    }

    /** The front: the e-book cover's design on a 1200-unit grid scaled to the trim width. */
    private void front(PDPageContentStream cs, Spec c, PDType0Font titleFont, PDType0Font nameFont) throws IOException {
        double x0 = c.frontX();
        double top = c.bleed() + c.trimH();
        double k = c.trimW() / 1200;
        color(cs, c.rule(), true);
        cs.setLineWidth((float) (6 * k));
        for (double f : c.ruleFractions()) {
            float y = (float) (top - f * c.trimH() - 3 * k);
            cs.moveTo((float) (x0 + 120 * k), y);
            cs.lineTo((float) (x0 + c.trimW() - 120 * k), y);
            cs.stroke();
        }
        color(cs, c.ink(), false);
        String title = shown(c.title(), Face.SERIF_BOLD);
        double size = k * (title.length() > 80 ? 64 : title.length() > 40 ? 80 : 100);
        double textW = c.trimW() - 280 * k;
        double y = top - c.trimH() * (420 / 1800.0) - ascent(titleFont, size);
        for (String line : wrap(title, titleFont, size, textW, 7)) {
            centred(cs, titleFont, size, line, x0 + c.trimW() / 2, y);
            y -= size * 1.25;
        }
        if (!c.subtitle().isBlank()) {
            double ss = size * 0.45;
            for (String line : wrap(shown(c.subtitle(), Face.SANS), nameFont, ss, textW, 3)) {
                y -= ss * 0.2;
                centred(cs, nameFont, ss, line, x0 + c.trimW() / 2, y);
                y -= ss * 1.3;
            }
        }
        if (!c.authors().isEmpty()) {
            double as = 52 * k;
            double step = 68 * k;
            List<String> names = wrap(shown(String.join(", ", c.authors()), Face.SANS), nameFont, as, textW, 3);
            double ay = c.bleed() + c.trimH() * (420 / 1800.0) + (names.size() - 1) * step;
            for (String n : names) {
                centred(cs, nameFont, as, n, x0 + c.trimW() / 2, ay);
                ay -= step;
            }
        }
    }

    /**
     * The front panel from the cover image: fitted whole into the panel with its bleed (top,
     * foot and outside edge), centred, the background around it if its shape differs.
     */
    private static void frontImage(PDDocument doc, PDPageContentStream cs, Spec c) throws IOException {
        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img =
                org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(doc, c.frontImage(), "cover");
        double w = c.trimW() + c.bleed();
        double h = c.height();
        double s = Math.min(w / img.getWidth(), h / img.getHeight());
        double dw = img.getWidth() * s;
        double dh = img.getHeight() * s;
        cs.drawImage(img, (float) (c.frontX() + (w - dw) / 2), (float) ((h - dh) / 2), (float) dw, (float) dh);
    }

    /** Title and names along the spine, reading from top to foot (the US and UK custom). */
    private void spine(PDPageContentStream cs, Spec c, PDType0Font titleFont, PDType0Font nameFont) throws IOException {
        double across = c.spine() - 2 * SPINE_SAFE;
        double size = Math.min(14, across * 0.62);
        String title = shown(c.title(), Face.SERIF_BOLD);
        String names = shown(String.join(", ", c.authors()), Face.SANS);
        double gap = size * 1.5;
        double along = c.trimH() - 2 * SAFE;
        double width = width(titleFont, title, size) + (names.isEmpty() ? 0 : gap + width(nameFont, names, size * 0.8));
        if (width > along) {
            size *= along / width;
            gap = size * 1.5;
            width = along;
        }
        double centreX = c.bleed() + c.trimW() + c.spine() / 2;
        double start = c.bleed() + c.trimH() / 2 + width / 2; // from the top of the run, downwards
        color(cs, c.ink(), false);
        // Rotated a quarter turn clockwise: text runs down the spine; its middle on the spine's axis.
        double baselineX = centreX - capHeight(titleFont, size) / 2; // glyph tops point to the front
        text(cs, titleFont, size, title, new Matrix(0, -1, 1, 0, (float) baselineX, (float) start));
        if (!names.isEmpty()) {
            double ns = size * 0.8;
            double nx = centreX - capHeight(nameFont, ns) / 2;
            double ny = start - width(titleFont, title, size) - gap;
            text(cs, nameFont, ns, names, new Matrix(0, -1, 1, 0, (float) nx, (float) ny));
        }
    }

    /** The back: the description, and the publisher at the foot clear of the barcode box. */
    private void back(PDPageContentStream cs, Spec c, PDType0Font bodyFont, PDType0Font small) throws IOException {
        double x = c.bleed() + SAFE;
        double w = c.trimW() - 2 * SAFE;
        color(cs, c.ink(), false);
        if (!c.blurb().isBlank()) {
            double size = 11;
            double y = c.bleed() + c.trimH() - SAFE - ascent(bodyFont, size) - 0.5 * 72;
            double floor = c.barcode()[1] + c.barcode()[3] + 18;
            for (String line : wrap(shown(c.blurb(), Face.SERIF), bodyFont, size, w, 40)) {
                if (y < floor) {
                    break;
                }
                text(cs, bodyFont, size, line, Matrix.getTranslateInstance((float) x, (float) y));
                y -= size * 1.45;
            }
        }
        if (!c.publisher().isBlank()) {
            text(cs, small, 9, shown(c.publisher(), Face.SANS),
                    Matrix.getTranslateInstance((float) x, (float) (c.bleed() + BARCODE_INSET + 4)));
        }
    }

    /** The text without characters the face cannot show (a cover is no place for replacement marks). */
    private String shown(String s, Face face) {
        TtfMetrics m = fonts.ttf(face);
        StringBuilder sb = new StringBuilder();
        s.strip().codePoints().filter(cp -> m.canDisplay(cp) || cp == ' ').forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void centred(PDPageContentStream cs, PDType0Font f, double size, String s, double cx, double y)
            throws IOException {
        text(cs, f, size, s, Matrix.getTranslateInstance((float) (cx - width(f, s, size) / 2), (float) y));
    }

    private static void text(PDPageContentStream cs, PDType0Font f, double size, String s, Matrix m) throws IOException {
        cs.beginText();
        cs.setFont(f, (float) size);
        cs.setTextMatrix(m);
        cs.showText(s);
        cs.endText();
    }

    private static double width(PDType0Font f, String s, double size) throws IOException {
        return f.getStringWidth(s) / 1000 * size;
    }

    private static double ascent(PDType0Font f, double size) {
        return f.getFontDescriptor().getAscent() / 1000 * size;
    }

    private static double capHeight(PDType0Font f, double size) {
        float cap = f.getFontDescriptor().getCapHeight();
        return (cap > 0 ? cap : 700) / 1000 * size;
    }

    private static void color(PDPageContentStream cs, int rgb, boolean stroke) throws IOException {
        float r = ((rgb >> 16) & 0xFF) / 255f;
        float g = ((rgb >> 8) & 0xFF) / 255f;
        float b = (rgb & 0xFF) / 255f;
        if (stroke) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }

    /** The cover painter's word wrap, measured in the sheet's PDF font. */
    private static List<String> wrap(String text, PDType0Font f, double size, double width, int maxLines) {
        return imprint.render.cover.CoverPainter.wrap(text, s -> {
            try {
                return width(f, s, size);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, width, maxLines);
    }
}
