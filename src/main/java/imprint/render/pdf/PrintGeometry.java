package imprint.render.pdf;

import imprint.plan.PrintSetup;
import imprint.plan.RenderOptions;
import imprint.render.pdf.layout.PageGeometry;

/**
 * The page geometry of a PDF: the paper's own proportions for the screen edition; for print,
 * two-sided with the inside margin at least the printer's minimum for the page count (KDP's
 * grows from 0.375 in to 0.875 in with the page count) and the other margins at least the
 * printer's minimum, each with a small allowance so that glyph edges never cross the line.
 */
final class PrintGeometry {
    /** Added to the printer's minimum margins (in points): an eighth of an inch: a justified line can run a few points long (the last line of a paragraph that cannot shrink). */
    static final double ALLOWANCE = 9;

    private PrintGeometry() {
    }

    static PageGeometry screen(RenderOptions o) {
        return PageGeometry.forPaper(o.paper().width(), o.paper().height(), o.duplex());
    }

    /** The print geometry for a book of {@code pages} pages (the trim is the paper size). */
    static PageGeometry forPages(RenderOptions o, PrintSetup print, int pages) {
        PageGeometry base = PageGeometry.forPaper(o.paper().width(), o.paper().height(), true);
        double inside = print.profile().minInsideIn(pages) * 72 + ALLOWANCE;
        // The interior bleeds (its boxes are set for it), so the outer margins follow the bleed minimum.
        double edge = print.profile().minOutsideIn(true) * 72 + ALLOWANCE;
        // The running head stands at 0.55 of the top margin and the folio at half the bottom one
        // (Paginator): the margins are set so that they, too, keep the printer's distance.
        double top = (edge + 7) / 0.55;
        double bottom = (edge + 3) / 0.5;
        return new PageGeometry(base.width(), base.height(), Math.max(base.top(), top), Math.max(base.bottom(), bottom),
                Math.max(base.inner(), inside), Math.max(base.outer(), edge), true, base.type());
    }

    /** The page count a printer gets: even when the printer prints in leaves (a blank page ends an odd count). */
    static int printedPages(PrintSetup print, int laidOut) {
        return laidOut % 2 == 1 ? laidOut + 1 : laidOut;
    }
}
