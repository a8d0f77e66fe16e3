package imprint.plan;

import imprint.resource.Resource;

/**
 * An image the document uses, read and checked once for every format, with its natural size:
 * pixels at the resolution the file states, or 96 pixels per inch (the CSS pixel) when it
 * states none.
 *
 * @param resource the image file
 * @param widthPt  natural width in points
 * @param heightPt natural height in points
 */
public record PlannedImage(Resource resource, double widthPt, double heightPt) {
    /** CSS's reference pixel, used when a file states no resolution. */
    static final double DEFAULT_DPI = 96;

    static PlannedImage of(Resource r) {
        double dpi = r.dpi() > 0 ? r.dpi() : DEFAULT_DPI;
        return new PlannedImage(r, Math.max(r.width(), 1) * 72.0 / dpi, Math.max(r.height(), 1) * 72.0 / dpi);
    }

    /**
     * The scale that fits the image into a box, never more than {@code maxScale} (small images
     * are not blown up into a blur).
     */
    public double scaleToFit(double maxWidthPt, double maxHeightPt, double maxScale) {
        return Math.min(maxScale, Math.min(maxWidthPt / widthPt, maxHeightPt / heightPt));
    }
}
