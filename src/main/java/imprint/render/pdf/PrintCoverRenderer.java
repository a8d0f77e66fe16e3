package imprint.render.pdf;

import imprint.plan.DocumentPlan;
import imprint.plan.PageNumbers;
import imprint.plan.PrintProfile;
import imprint.plan.PrintSetup;
import imprint.render.OutputFormat;
import imprint.render.Renderer;
import imprint.render.cover.CoverPainter;
import imprint.render.pdf.draw.CoverSheet;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The wrap-around print cover: back, spine and front on one sheet with the bleed around it.
 * The spine is as wide as the interior's page count and paper make it (KDP's figures: white
 * 0.002252 in, cream 0.0025 in a page), the page count being the print PDF's own (its
 * pagination with the same options, an odd count made even as the interior is), and it carries
 * text only from {@link PrintSetup#MIN_SPINE_TEXT_PAGES} pages. The front is the e-book cover's
 * design. Without {@code --print} the sheet is made for the generic printer on white paper.
 */
public final class PrintCoverRenderer implements Renderer {
    private final PdfRenderer interior = new PdfRenderer();
    private final CoverSheet sheet = new CoverSheet();

    @Override
    public OutputFormat format() {
        return OutputFormat.COVER;
    }

    @Override
    public void render(DocumentPlan plan, OutputStream out) throws IOException {
        PrintSetup print = setup(plan);
        int pages = pages(plan);
        CoverSheet.Spec spec = spec(plan, print, pages);
        sheet.write(spec, plan.language(), plan.timestamp(), plan.identity().fileId(), out);
    }

    static PrintSetup setup(DocumentPlan plan) {
        PrintSetup p = plan.options().print();
        return p != null ? p : new PrintSetup(PrintProfile.GENERIC, PrintSetup.Stock.WHITE);
    }

    /** The interior's printed page count, from the plan's pagination when it has one (shared with the PDF and DOCX). */
    int pages(DocumentPlan plan) {
        PageNumbers n = plan.hasPagination() ? plan.pageNumbers() : interior.pageNumbers(plan);
        if (n.pageCount() == 0) {
            n = interior.pageNumbers(plan); // the plan's source failed or knew no count
        }
        return PrintGeometry.printedPages(setup(plan), n.pageCount());
    }

    static CoverSheet.Spec spec(DocumentPlan plan, PrintSetup print, int pages) {
        double bleed = print.profile().bleedIn() * 72;
        double spine = print.spineIn(pages) * 72;
        return new CoverSheet.Spec(plan.options().paper().width(), plan.options().paper().height(), bleed, spine,
                PrintSetup.spineTextAllowed(pages), plan.title(), plan.metadata().subtitle(), plan.metadata().authors(),
                plan.metadata().description(), plan.metadata().publisher(), CoverPainter.BACKGROUND_RGB,
                CoverPainter.RULE_RGB, CoverPainter.INK_RGB, CoverPainter.ruleFractions(), frontImage(plan));
    }

    /** The front matter's cover image when it decodes (as the store cover's), else null: the generated design. */
    private static byte[] frontImage(DocumentPlan plan) {
        java.util.Optional<imprint.plan.PlannedImage> own = plan.cover();
        if (own.isEmpty()) {
            return null;
        }
        byte[] bytes = own.get().resource().bytes();
        try {
            if (javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) != null) {
                return bytes;
            }
        } catch (IOException e) {
            // reported below
        }
        plan.diagnostics().warn(imprint.diag.Code.IMAGE_INVALID, "cover image '" + own.get().resource().name()
                + "' cannot be decoded for the print cover; the generated design is used");
        return null;
    }
}
