package imprint.preflight;

import imprint.plan.PrintProfile;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Checks a PDF (ours or anyone's) against a printer's requirements before it is uploaded: the
 * trim and bleed boxes, the margins for the page count, the page count and its parity, embedded
 * fonts, image resolution at the size placed, PDF/X identification and its rules, and the
 * interactive things a print file must not carry (annotations, forms, JavaScript). What it
 * finds is what a print-on-demand service's own check would reject or warn about.
 */
public final class Preflight {
    /** Images under this resolution at their placed size print soft; printers ask for 300 ppi. */
    static final double MIN_PPI = 300;
    /** Box comparisons allow this much, in points (rounding in the writer's units). */
    static final double TOLERANCE = 0.75;

    private final PrintProfile profile;
    private final List<Finding> findings = new ArrayList<>();

    private Preflight(PrintProfile profile) {
        this.profile = profile;
    }

    /** Checks the PDF's bytes against the profile; findings in page order, document-wide ones first. */
    public static List<Finding> check(byte[] pdf, PrintProfile profile) {
        Preflight p = new Preflight(profile);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            p.run(doc);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            p.block(Check.PDF_ENCRYPTED, 0, "the file is encrypted; printers need an unprotected PDF");
        } catch (IOException | RuntimeException e) {
            p.block(Check.PDF_UNREADABLE, 0, "not a readable PDF: " + e.getMessage());
        }
        return List.copyOf(p.findings);
    }

    void block(Check c, int page, String message) {
        findings.add(new Finding(c, true, page, message));
    }

    void warn(Check c, int page, String message) {
        findings.add(new Finding(c, false, page, message));
    }

    private void run(PDDocument doc) throws IOException {
        if (doc.isEncrypted()) {
            block(Check.PDF_ENCRYPTED, 0, "the file is encrypted; printers need an unprotected PDF");
        }
        int pages = doc.getNumberOfPages();
        if (pages < profile.minPages() || pages > profile.maxPages()) {
            block(Check.PAGE_COUNT, 0, pages + " pages; " + profile.label() + " prints " + profile.minPages() + " to "
                    + profile.maxPages());
        }
        if (pages % 2 != 0) {
            String m = pages + " pages, an odd count: a book is printed in leaves of two pages";
            if (profile.evenPages()) {
                block(Check.PAGE_PARITY, 0, m);
            } else {
                warn(Check.PAGE_PARITY, 0, m + " (" + profile.label() + " adds a blank page)");
            }
        }
        new DocumentRules(this, profile).check(doc);
        PDRectangle firstTrim = null;
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            PDRectangle trim = page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.TRIM_BOX) ? page.getTrimBox() : null;
            if (trim == null) {
                block(Check.TRIM_BOX, n, "no TrimBox: the printer cannot tell where the page is cut");
                trim = page.getMediaBox();
            } else if (firstTrim == null) {
                firstTrim = trim;
                trimSize(trim, n);
            } else if (Math.abs(trim.getWidth() - firstTrim.getWidth()) > TOLERANCE
                    || Math.abs(trim.getHeight() - firstTrim.getHeight()) > TOLERANCE) {
                block(Check.TRIM_SIZE, n, "trim " + inches(trim) + " differs from page 1's " + inches(firstTrim));
            }
            boolean bleeds = bleed(page, trim, n);
            PageContent content = PageContent.of(page, trim);
            margins(content.live(), trim, n, pages, bleeds);
            for (PageContent.PlacedImage im : content.images()) {
                if (im.ppi() < MIN_PPI) {
                    warn(Check.IMAGE_RESOLUTION, n, String.format(Locale.ROOT, "an image of %d x %d pixels placed at %.2f x %.2f in "
                            + "prints at %.0f ppi; %s asks for %.0f", im.widthPx(), im.heightPx(), im.widthPt() / 72,
                            im.heightPt() / 72, im.ppi(), profile.label(), MIN_PPI));
                }
            }
            for (PDAnnotation a : page.getAnnotations()) {
                String type = a.getSubtype();
                if (!"PrinterMark".equals(type) && !"TrapNet".equals(type)) {
                    block(Check.ANNOTATION, n, "a " + type + " annotation: a print file carries no links or comments");
                    break;
                }
            }
        }
    }

    private void trimSize(PDRectangle trim, int page) {
        double w = trim.getWidth() / 72;
        double h = trim.getHeight() / 72;
        if (!profile.offersTrim(w, h)) {
            block(Check.TRIM_SIZE, page, "trim " + inches(trim) + " is not a " + profile.label() + " trim size");
        }
    }

    /** Checks the bleed box; returns whether the page is set up to bleed. */
    private boolean bleed(PDPage page, PDRectangle trim, int n) {
        PDRectangle media = page.getMediaBox();
        boolean hasBleedBox = page.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.BLEED_BOX);
        PDRectangle bleed = hasBleedBox ? page.getBleedBox() : media;
        double want = profile.bleedIn() * 72;
        boolean outsideOnLeft = n % 2 == 0; // versos (even pages) have their outside edge on the left
        double top = bleed.getUpperRightY() - trim.getUpperRightY();
        double bottom = trim.getLowerLeftY() - bleed.getLowerLeftY();
        double outside = outsideOnLeft ? trim.getLowerLeftX() - bleed.getLowerLeftX()
                : bleed.getUpperRightX() - trim.getUpperRightX();
        boolean any = top > TOLERANCE || bottom > TOLERANCE || outside > TOLERANCE;
        if (!any) {
            return false;
        }
        if (Math.abs(top - want) > TOLERANCE || Math.abs(bottom - want) > TOLERANCE || Math.abs(outside - want) > TOLERANCE) {
            block(Check.BLEED_BOX, n, String.format(Locale.ROOT, "bleed of %.3f in (top), %.3f in (bottom), %.3f in "
                    + "(outside); %s wants %.3f in", top / 72, bottom / 72, outside / 72, profile.label(), profile.bleedIn()));
        }
        if (bleed.getLowerLeftX() < media.getLowerLeftX() - TOLERANCE || bleed.getUpperRightX() > media.getUpperRightX() + TOLERANCE
                || bleed.getLowerLeftY() < media.getLowerLeftY() - TOLERANCE || bleed.getUpperRightY() > media.getUpperRightY() + TOLERANCE) {
            block(Check.BLEED_BOX, n, "the BleedBox reaches outside the page (MediaBox)");
        }
        return true;
    }

    private void margins(Rectangle2D live, PDRectangle trim, int n, int pages, boolean bleeds) {
        if (live == null) {
            return; // a blank page
        }
        boolean recto = n % 2 == 1;
        double left = live.getMinX() - trim.getLowerLeftX();
        double right = trim.getUpperRightX() - live.getMaxX();
        double inside = recto ? left : right;
        double outside = recto ? right : left;
        double top = trim.getUpperRightY() - live.getMaxY();
        double bottom = live.getMinY() - trim.getLowerLeftY();
        double minInside = profile.minInsideIn(pages) * 72;
        double minOutside = profile.minOutsideIn(bleeds) * 72;
        if (inside < minInside - TOLERANCE) {
            block(Check.MARGIN_INSIDE, n, String.format(Locale.ROOT, "inside margin %.3f in; %s needs %.3f in for %d pages",
                    inside / 72, profile.label(), minInside / 72, pages));
        }
        double least = Math.min(outside, Math.min(top, bottom));
        if (least < minOutside - TOLERANCE) {
            String which = least == outside ? "outside" : least == top ? "top" : "bottom";
            block(Check.MARGIN_OUTSIDE, n, String.format(Locale.ROOT, "%s margin %.3f in; %s needs %.3f in", which,
                    least / 72, profile.label(), minOutside / 72));
        }
    }

    private static String inches(PDRectangle r) {
        return String.format(Locale.ROOT, "%.3f x %.3f in", r.getWidth() / 72, r.getHeight() / 72);
    }
}
