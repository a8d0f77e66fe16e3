package imprint.render.pdf.draw;

import imprint.resource.ImageScaler;
import imprint.resource.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * An image as the PDF embeds it: a photo larger than 300 ppi at its placed size is downsampled
 * to that (a 10,000 px photo in a 4 in column need not weigh 30 MB); otherwise a JPEG goes in
 * as it is, a PNG losslessly.
 */
final class ImageObjects {
    private ImageObjects() {
    }

    /** As {@link #create(PDDocument, Resource, double, double)}, in DeviceGray when {@code gray} (for a black-and-white interior). */
    static PDImageXObject create(PDDocument doc, Resource r, double wPt, double hPt, boolean gray) throws IOException {
        if (!gray) {
            return create(doc, r, wPt, hPt);
        }
        java.awt.image.BufferedImage bi;
        try {
            bi = r.width() > ImageScaler.pixelsAt300ppi(wPt) || r.height() > ImageScaler.pixelsAt300ppi(hPt)
                    ? ImageScaler.decode(r, ImageScaler.pixelsAt300ppi(wPt), ImageScaler.pixelsAt300ppi(hPt))
                    : ImageIO.read(new ByteArrayInputStream(r.bytes()));
        } catch (IOException e) {
            bi = null;
        }
        if (bi == null) {
            return create(doc, r, wPt, hPt); // a CMYK JPEG Java cannot decode: as it is
        }
        // Composited on white paper first: a gray image has no soft mask.
        java.awt.image.BufferedImage g = new java.awt.image.BufferedImage(bi.getWidth(), bi.getHeight(),
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g2 = g.createGraphics();
        g2.setColor(java.awt.Color.WHITE);
        g2.fillRect(0, 0, g.getWidth(), g.getHeight());
        g2.drawImage(bi, 0, 0, null);
        g2.dispose();
        return r.isPng() ? LosslessFactory.createFromImage(doc, g) : JPEGFactory.createFromImage(doc, g, 0.88f);
    }

    static PDImageXObject create(PDDocument doc, Resource r, double wPt, double hPt) throws IOException {
        int tw = ImageScaler.pixelsAt300ppi(wPt);
        int th = ImageScaler.pixelsAt300ppi(hPt);
        java.awt.image.BufferedImage small = null;
        if (r.width() > tw || r.height() > th) {
            try {
                small = ImageScaler.decode(r, tw, th);
            } catch (IOException e) {
                small = null; // a CMYK JPEG: embedded as it is
            }
        }
        if (small != null) {
            return r.isPng() ? LosslessFactory.createFromImage(doc, small) : JPEGFactory.createFromImage(doc, small, 0.88f);
        }
        if (r.isPng()) {
            java.awt.image.BufferedImage bi = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            if (bi == null) {
                throw new IOException("image " + r.name() + " could not be decoded");
            }
            return LosslessFactory.createFromImage(doc, bi);
        }
        return JPEGFactory.createFromByteArray(doc, r.bytes());
    }
}
