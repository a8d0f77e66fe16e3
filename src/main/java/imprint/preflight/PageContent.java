package imprint.preflight;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * What one page paints, as a printer's preflight sees it: the box around the live content
 * (text, images, strokes and fills), and every image with the resolution it is placed at.
 * Paint that runs past the trim on purpose (a full-bleed picture or background) is not live
 * content and does not count against the margins.
 */
final class PageContent extends PDFGraphicsStreamEngine {
    /** An image as placed: its pixels over its size on the page. */
    record PlacedImage(int widthPx, int heightPx, double widthPt, double heightPt) {
        double ppi() {
            return Math.min(widthPx / (widthPt / 72), heightPx / (heightPt / 72));
        }
    }

    private final PDRectangle trim;
    private final List<PlacedImage> images = new ArrayList<>();
    private Rectangle2D live;
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    private PageContent(PDPage page, PDRectangle trim) {
        super(page);
        this.trim = trim;
    }

    /** Measures a page; {@code trim} is the box live content is judged against. */
    static PageContent of(PDPage page, PDRectangle trim) throws IOException {
        PageContent c = new PageContent(page, trim);
        c.processPage(page);
        return c;
    }

    /** The box around the live content in page space, or null for a blank page. */
    Rectangle2D live() {
        return live;
    }

    List<PlacedImage> images() {
        return images;
    }

    private void paint(Rectangle2D r) {
        if (r == null || r.getWidth() <= 0 && r.getHeight() <= 0) {
            return;
        }
        boolean bleeds = r.getMinX() < trim.getLowerLeftX() - 0.5 || r.getMaxX() > trim.getUpperRightX() + 0.5
                || r.getMinY() < trim.getLowerLeftY() - 0.5 || r.getMaxY() > trim.getUpperRightY() + 0.5;
        if (bleeds) {
            return; // meant to run off the page
        }
        live = live == null ? (Rectangle2D) r.clone() : live.createUnion(r);
    }

    private void extend(double x, double y) {
        if (path == null) {
            path = new Rectangle2D.Double(x, y, 0, 0);
        } else {
            path.add(x, y);
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        double size = trm.getScalingFactorY();
        double w = displacement.getX() * trm.getScalingFactorX();
        double x = trm.getTranslateX();
        double y = trm.getTranslateY();
        // The glyph's box as a reader sees it: from its descender to its ascender.
        paint(new Rectangle2D.Double(Math.min(x, x + w), y - 0.2 * size, Math.abs(w), 0.9 * size));
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double w = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1));
        double h = Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1));
        if (w > 0.5 && h > 0.5) {
            images.add(new PlacedImage(image.getWidth(), image.getHeight(), w, h));
        }
        Rectangle2D box = null;
        for (double[] p : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float q = ctm.transformPoint((float) p[0], (float) p[1]);
            if (box == null) {
                box = new Rectangle2D.Double(q.x, q.y, 0, 0);
            } else {
                box.add(q);
            }
        }
        paint(box);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            extend(p.getX(), p.getY());
        }
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        extend(x1, y1);
        extend(x2, y2);
        extend(x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void clip(int windingRule) {
        // A clip paints nothing; the path it takes is ended by the next operator.
    }

    @Override
    public void strokePath() {
        paint(path);
        path = null;
    }

    @Override
    public void fillPath(int windingRule) {
        paint(path);
        path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint(path);
        path = null;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A shading fills the clip: treated as background, not live content.
    }
}
