package imprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.plan.RenderOptions;
import imprint.read.InputFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/**
 * A link's words on one line make one annotation covering all of them (not one per word); a
 * link that wraps gets one per line, and two links side by side stay two.
 */
class LinkAnnotationTest {
    /** A link annotation's target and the text its rectangle covers. */
    record Link(String uri, String text) {
    }

    private static List<Link> links(String markdown) throws Exception {
        Diagnostics diags = new Diagnostics();
        Document doc = imprint.Imprint.read(markdown, InputFormat.MARKDOWN, diags);
        byte[] pdf = PdfRendererTest.render(doc, RenderOptions.DEFAULTS, diags);
        List<Link> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var page : d.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l) {
                        PDFTextStripperByArea s = new PDFTextStripperByArea();
                        var r = a.getRectangle();
                        s.addRegion("r", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(),
                                page.getMediaBox().getHeight() - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                        s.extractRegions(page);
                        out.add(new Link(((PDActionURI) l.getAction()).getURI(), s.getTextForRegion("r").strip()));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aLinksWordsOnOneLineShareOneAnnotation() throws Exception {
        List<Link> l = links("# Links\n\nRead [the whole manual here](https://example.com/m) today.\n");
        assertEquals(List.of(new Link("https://example.com/m", "the whole manual here")), l, "one annotation for a four-word link");
    }

    @Test
    void twoLinksSideBySideStayTwoAndAWrappedLinkHasOnePerLine() throws Exception {
        // the negative control: different targets next to each other are never joined
        List<Link> two = links("# Links\n\n[one](https://example.com/1) [two](https://example.com/2)\n");
        assertEquals(List.of(new Link("https://example.com/1", "one"), new Link("https://example.com/2", "two")), two);
        String longLink = "word ".repeat(40).strip();
        List<Link> wrapped = links("# Links\n\n[" + longLink + "](https://example.com/w)\n");
        assertTrue(wrapped.size() >= 2 && wrapped.size() <= 4, "one annotation per line, not per word: " + wrapped.size());
    }
}
