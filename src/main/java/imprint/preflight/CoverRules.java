package imprint.preflight;

import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Checks a wrap-around print cover against the interior it is for: one page; a TrimBox as
 * wide as back, spine and front (2 x trim + spine, the spine being the page count times the
 * paper's thickness) and as tall as the trim; the bleed on all four edges; a trim that the
 * printer offers. The book's trim is given, or taken as the printer's trim of the sheet's height
 * nearest what the sheet implies (KDP publishes its list; otherwise what the sheet implies). A cover sized for another page count (the commonest rejection: the interior
 * changed after the cover was made) shows as a spine of the wrong width.
 */
public final class CoverRules {
    /**
     * A hundredth of an inch: the sheet must be made for the page count and paper (a cream
     * cover on white paper is off by a quarter of a thousandth per page); the printers'
     * sixteenth of an inch is the drift of the fold, not an allowance in the file.
     */
    static final double SPINE_TOLERANCE = 0.01 * 72;

    private CoverRules() {
    }

    /**
     * @param pages the interior's page count
     * @param trim  the interior's trim (width, height in points), or null to infer it from the sheet
     */
    public static List<Finding> check(byte[] pdf, PrintProfile profile, PrintSetup.Stock stock, int pages, double[] trim) {
        List<Finding> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getNumberOfPages() != 1) {
                out.add(new Finding(Check.COVER_PAGES, true, 0, doc.getNumberOfPages()
                        + " pages; a wrap-around cover is one sheet (back, spine, front)"));
                return out;
            }
            PDPage page = doc.getPage(0);
            if (!page.getCOSObject().containsKey(COSName.TRIM_BOX)) {
                out.add(new Finding(Check.TRIM_BOX, true, 1, "no TrimBox: the printer cannot tell where the cover is cut"));
                return out;
            }
            PDRectangle t = page.getTrimBox();
            PDRectangle media = page.getMediaBox();
            PDRectangle bleedBox = page.getCOSObject().containsKey(COSName.BLEED_BOX) ? page.getBleedBox() : media;
            double spine = new PrintSetup(profile, stock).spineIn(pages) * 72;
            double trimH = trim != null ? trim[1] : t.getHeight();
            double trimW = trim != null ? trim[0] : (t.getWidth() - spine) / 2;
            if (trim == null) {
                // The book's trim is the offered one of the sheet's height nearest what the sheet implies.
                double offered = profile.trimWidthFor(trimH / 72, trimW / 72);
                if (!Double.isNaN(offered)) {
                    trimW = offered * 72;
                }
            }
            double wantW = 2 * trimW + spine;
            if (Math.abs(t.getWidth() - wantW) > SPINE_TOLERANCE || Math.abs(t.getHeight() - trimH) > Preflight.TOLERANCE) {
                out.add(new Finding(Check.COVER_SIZE, true, 1, String.format(Locale.ROOT,
                        "cover trim %.3f x %.3f in; %d pages on %s paper want %.3f x %.3f in (spine %.3f in, so the "
                                + "cover's spine is %.3f in)", t.getWidth() / 72, t.getHeight() / 72, pages,
                        stock.name().toLowerCase(Locale.ROOT), wantW / 72, trimH / 72, spine / 72,
                        (t.getWidth() - 2 * trimW) / 72)));
            }
            if (!profile.offersTrim(trimW / 72, trimH / 72)) {
                out.add(new Finding(Check.TRIM_SIZE, true, 1, String.format(Locale.ROOT,
                        "the cover's panels are %.3f x %.3f in: not a %s trim size", trimW / 72, trimH / 72, profile.label())));
            }
            double want = profile.bleedIn() * 72;
            double[] edges = {t.getLowerLeftX() - bleedBox.getLowerLeftX(), bleedBox.getUpperRightX() - t.getUpperRightX(),
                    t.getLowerLeftY() - bleedBox.getLowerLeftY(), bleedBox.getUpperRightY() - t.getUpperRightY()};
            for (double e : edges) {
                if (Math.abs(e - want) > Preflight.TOLERANCE) {
                    out.add(new Finding(Check.COVER_BLEED, true, 1, String.format(Locale.ROOT,
                            "cover bleed of %.3f, %.3f, %.3f, %.3f in (left, right, foot, head); %s wants %.3f in on every edge",
                            edges[0] / 72, edges[1] / 72, edges[2] / 72, edges[3] / 72, profile.label(), profile.bleedIn())));
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            out.add(new Finding(Check.PDF_UNREADABLE, true, 0, "not a readable PDF: " + e.getMessage()));
        }
        return out;
    }
}
