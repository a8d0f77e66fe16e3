package imprint.render.pdf.draw;

import imprint.render.pdf.layout.PageLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of one print file: each with its boxes ({@link PrintBoxes}) and a DefaultRGB colour
 * space of sRGB, because under the file's CMYK output intent (PDF/X-4, PDF/A-2) device RGB
 * must be calibrated; the sRGB profile is one stream for the whole file.
 */
final class PrintPages {
    private final PDDocument doc;
    private final PrintBoxes boxes;
    private COSArray srgb;

    PrintPages(PDDocument doc, PrintBoxes boxes) {
        this.doc = doc;
        this.boxes = boxes;
    }

    /** A new page for the layout's page: media, trim and bleed boxes and the DefaultRGB space. */
    PDPage page(PageLayout pl) throws IOException {
        PDPage page = new PDPage(boxes.media(pl.width(), pl.height()));
        boxes.apply(page, pl.number(), pl.width(), pl.height());
        if (page.getResources() == null) {
            page.setResources(new PDResources());
        }
        COSDictionary spaces = new COSDictionary();
        spaces.setItem(COSName.getPDFName("DefaultRGB"), srgb());
        page.getResources().getCOSObject().setItem(COSName.COLORSPACE, spaces);
        return page;
    }

    /** Moves the drawing to the trim: layout draws in trim coordinates, the bleed lies around them. */
    void toTrim(PDPageContentStream cs, int number) throws IOException {
        cs.transform(Matrix.getTranslateInstance((float) boxes.trimX(number), (float) boxes.bleed()));
    }

    private COSArray srgb() throws IOException {
        if (srgb == null) {
            byte[] icc = PdfMetadata.SRGB;
            PDStream stream = new PDStream(doc, new ByteArrayInputStream(icc), COSName.FLATE_DECODE);
            stream.getCOSObject().setInt(COSName.N, 3);
            srgb = new COSArray();
            srgb.add(COSName.ICCBASED);
            srgb.add(stream);
        }
        return srgb;
    }
}
