package imprint.render.pdf.draw;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page boxes of a print interior: the trim is the laid-out page, the bleed lies beyond it on
 * the top, the foot and the outside edge (never at the spine, where the pages are bound), and
 * the MediaBox is the bleed box. Rectos (odd pages) have their outside edge on the right,
 * versos on the left, so a verso's trim starts one bleed in from the media's left edge.
 *
 * @param bleed the bleed in points (KDP and IngramSpark: 9 pt, 0.125 in)
 * @param gray  a black-and-white interior: images are embedded in DeviceGray
 */
public record PrintBoxes(double bleed, boolean gray) {
    /** A colour interior. */
    public PrintBoxes(double bleed) {
        this(bleed, false);
    }

    public PrintBoxes {
        if (!(bleed >= 0 && bleed <= 72)) {
            throw new IllegalArgumentException("bleed must be 0 to 1 in");
        }
    }

    /** The media box for a trim of this size. */
    PDRectangle media(double trimWidth, double trimHeight) {
        return new PDRectangle((float) (trimWidth + bleed), (float) (trimHeight + 2 * bleed));
    }

    /** Where the trim starts from the media's left edge on page {@code number} (from 1). */
    double trimX(int number) {
        return number % 2 == 0 ? bleed : 0;
    }

    /** Sets the TrimBox and BleedBox of a page (its MediaBox is already {@link #media}). */
    void apply(PDPage page, int number, double trimWidth, double trimHeight) {
        PDRectangle media = media(trimWidth, trimHeight);
        page.setTrimBox(new PDRectangle((float) trimX(number), (float) bleed, (float) trimWidth, (float) trimHeight));
        page.setBleedBox(new PDRectangle(0, 0, media.getWidth(), media.getHeight()));
    }
}
