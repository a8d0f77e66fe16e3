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
