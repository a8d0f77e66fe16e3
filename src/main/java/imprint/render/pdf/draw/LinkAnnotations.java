package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Op;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** A link's annotation on its page: printed, borderless, described (PDF/UA wants /Contents). */
final class LinkAnnotations {
    private LinkAnnotations() {
    }

    /** @param pageHeight the page's height, to turn layout's top-down y into PDF's bottom-up */
    static PDAnnotationLink add(PDPage page, Op.Link l, float pageHeight) {
        PDAnnotationLink a = new PDAnnotationLink();
        a.setRectangle(new PDRectangle((float) l.x(), pageHeight - (float) (l.y() + l.h()), (float) l.w(), (float) l.h()));
        a.setPrinted(true);
        a.setContents(l.owner().alt().isBlank() ? l.target() : l.owner().alt());
        a.setBorderStyle(null);
        a.getCOSObject().setItem(COSName.BORDER, new COSArray(List.of(COSInteger.ZERO, COSInteger.ZERO, COSInteger.ZERO)));
        // Straight into the page's /Annots array: PDPage.getAnnotations() wraps every
        // annotation already there on each call, which made a page of links quadratic.
        COSDictionary pageDict = page.getCOSObject();
        COSArray annots = pageDict.getCOSArray(COSName.ANNOTS);
        if (annots == null) {
            annots = new COSArray();
            pageDict.setItem(COSName.ANNOTS, annots);
        }
        annots.add(a);
        return a;
    }

    /** Whether {@code next} is the following word of the same link on the same line as {@code last}. */
    static boolean continues(Op.Link last, Op.Link next) {
        return last.owner() == next.owner() && last.target().equals(next.target()) && last.y() == next.y()
                && last.h() == next.h() && next.x() >= last.x() + last.w();
    }

    /** Widens the annotation of {@code last} over {@code next}; returns the link they now make together. */
    static Op.Link extend(PDAnnotationLink a, Op.Link last, Op.Link next, float pageHeight) {
        Op.Link both = new Op.Link(last.x(), last.y(), next.x() + next.w() - last.x(), last.h(), last.target(), last.owner());
        a.setRectangle(new PDRectangle((float) both.x(), pageHeight - (float) (both.y() + both.h()), (float) both.w(),
                (float) both.h()));
        return both;
    }
}
