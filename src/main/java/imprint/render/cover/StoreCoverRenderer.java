package imprint.render.cover;

import imprint.diag.Code;
import imprint.plan.DocumentPlan;
import imprint.plan.PlannedImage;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The e-book cover the stores ask for beside the book file: a JPEG of
 * {@link CoverPainter#STORE_WIDTH} by {@link CoverPainter#STORE_HEIGHT} pixels (1.6:1, KDP's
 * ideal; 2560 px on the long side as IngramSpark asks), RGB, baseline. The design is the
 * EPUB's own: the front matter's cover image fitted on the cover's background, or the
 * generated typographic cover. The JPEG writer stores no time, so the bytes repeat.
 */
public final class StoreCoverRenderer implements Renderer {
    /** High enough that the title's edges stay clean; the stores recompress anyway. */
    static final float QUALITY = 0.92f;

    @Override
    public OutputFormat format() {
        return OutputFormat.STORE_COVER;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        BufferedImage img = picture(plan);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage picture(DocumentPlan plan) throws IOException {
        int w = CoverPainter.STORE_WIDTH;
        int h = CoverPainter.STORE_HEIGHT;
        Optional<PlannedImage> own = plan.cover();
        if (own.isPresent()) {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(own.get().resource().bytes()));
            if (src != null) {
                return fitted(src, w, h);
            }
            plan.diagnostics().warn(Code.IMAGE_INVALID, "cover image '" + own.get().resource().name()
                    + "' cannot be decoded for the store cover; the generated cover is used");
        }
        return CoverPainter.paintRgb(w, h, plan.title(), plan.metadata().authors());
    }

    /** The image scaled to fit, centred on the design's background (a cover of another shape is not cropped). */
    static BufferedImage fitted(BufferedImage src, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(CoverPainter.BACKGROUND_RGB));
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double s = Math.min((double) w / src.getWidth(), (double) h / src.getHeight());
            int dw = (int) Math.round(src.getWidth() * s);
            int dh = (int) Math.round(src.getHeight() * s);
            g.drawImage(src, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
        } finally {
            g.dispose();
        }
        return img;
    }
}
