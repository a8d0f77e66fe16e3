package imprint.resource;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Smaller copies of images that are larger than a format needs: a PDF wants 300 pixels per inch
 * at the size an image is placed, an EPUB a copy within the stores' 4-megapixel guidance. The
 * decode is subsampled first by the largest whole step that keeps it at or above the target (so
 * it never holds the full raster of a photo much larger than needed), then smoothed down to the
 * target. Deterministic: the same image and
 * target give the same pixels.
 */
public final class ImageScaler {
    /** The EPUB stores' guidance for an image's area (Apple Books, Kindle). */
    public static final long EPUB_MAX_PIXELS = 4_000_000;

    private ImageScaler() {
    }

    /**
     * The image decoded to fit within {@code maxWidth × maxHeight} pixels, keeping its aspect;
     * never enlarged.
     *
     * @throws IOException when it cannot be decoded into RGB (a CMYK JPEG: use its bytes as they are)
     */
    public static BufferedImage decode(Resource r, int maxWidth, int maxHeight) throws IOException {
        double f = Math.min(1.0, Math.min((double) maxWidth / r.width(), (double) maxHeight / r.height()));
        int tw = Math.max(1, (int) Math.round(r.width() * f));
        int th = Math.max(1, (int) Math.round(r.height() * f));
        // Subsampled to the largest whole step that stays at or above the target, then smoothed
        // down by less than 2x (where bilinear filtering does not alias).
        int step = Math.max(1, Math.min(r.width() / tw, r.height() / th));
        long budget = ((long) (r.width() + step - 1) / step) * ((r.height() + step - 1) / step);
        Object decoded = ImageCheck.decode(r.bytes(), r.width(), r.height(), budget, false);
        BufferedImage bi = (BufferedImage) decoded;
        if (bi.getWidth() == tw && bi.getHeight() == th) {
            return bi;
        }
        int type = bi.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : bi.getColorModel().getNumComponents() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(tw, th, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(bi, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The pixels needed to show {@code points} at 300 pixels per inch. */
    public static int pixelsAt300ppi(double points) {
        return Math.max(1, (int) Math.ceil(points / 72.0 * 300));
    }

    /**
     * The image within {@code maxPixels} of area, re-encoded in its own format; the image itself
     * when it is already within, or when a copy cannot be made (it is then used as it is).
     */
    public static Resource within(Resource r, long maxPixels) {
        long area = (long) r.width() * r.height();
        if (area <= maxPixels) {
            return r;
        }
        double f = Math.sqrt((double) maxPixels / area);
        int tw = Math.max(1, (int) Math.floor(r.width() * f));
        int th = Math.max(1, (int) Math.floor(r.height() * f));
        try {
            BufferedImage bi = decode(r, tw, th);
            byte[] bytes = r.isPng() ? png(bi) : jpeg(bi);
            int dpi = r.dpi() > 0 ? (int) Math.round(r.dpi() * (double) bi.getWidth() / r.width()) : 0;
            return new Resource(r.name(), bytes, r.mediaType(), bi.getWidth(), bi.getHeight(), dpi);
        } catch (IOException | RuntimeException e) {
            return r;
        }
    }

    private static byte[] png(BufferedImage bi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(bi, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage bi) throws IOException {
        BufferedImage rgb = bi;
        if (bi.getColorModel().hasAlpha()) {
            rgb = new BufferedImage(bi.getWidth(), bi.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(bi, 0, 0, null);
            g.dispose();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG writer");
        }
        ImageWriter w = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.88f);
            w.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }
}
