package imprint.render.epub;

import imprint.plan.DocumentPlan;
import imprint.plan.PageStart;
import imprint.render.xhtml.PageBreaks;
import java.util.List;

/**
 * The print edition's pages in the EPUB, when the options ask for them: where they begin (the
 * PDF's own pagination, shared through the plan, so the pages are those of the PDF written
 * in the same run) and what names the edition they come from.
 */
final class PageList {
    private PageList() {
    }

    /** The page breaks to mark, or null when there is no page-list to make. */
    static PageBreaks of(DocumentPlan plan) {
        if (!plan.options().pageList()) {
            return null;
        }
        List<PageStart> starts = plan.pageNumbers().starts();
        return starts.isEmpty() ? null : new PageBreaks(starts);
    }

    /**
     * {@code pageBreakSource}: the identifier of the print edition the pages are from. The PDF
     * made from the same source carries the document's identifier (an ISBN as {@code urn:isbn:}).
     */
    static String source(DocumentPlan plan) {
        String id = plan.identifier().strip();
        String bare = id.replaceFirst("(?i)^isbn[:\\s]*", "");
        if (!bare.equals(id) || bare.replaceAll("[- ]", "").matches("97[89]\\d{10}|\\d{9}[\\dXx]")) {
            return "urn:isbn:" + bare.replaceAll("[- ]", "");
        }
        return id;
    }
}
