package imprint.render.docx;

import imprint.plan.DocumentPlan;
import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import java.io.IOException;
import java.util.Optional;

/**
 * The look of one DOCX: the styles part, the page setup, and what the manuscript style
 * changes (running header instead of a page-number footer, chapters on new pages, centred
 * {@code #} scene breaks, no contents unless asked for). The styles come from the bundled
 * templates or, with {@code --reference-docx}, from the user's document merged over them.
 */
final class Profile {
    /**
     * Page size and margins in twips, as {@code w:pgSz} and {@code w:pgMar} say them.
     */
    record PageSetup(long width, long height, long top, long right, long bottom, long left, long header, long footer,
                     long gutter) {
        double textWidthPt() {
            return (width - left - right - gutter) / 20.0;
        }

        long textWidthTwips() {
            return width - left - right - gutter;
        }
    }

    private final boolean manuscript;
    private final PageSetup page;
    private final byte[] styles;

    private Profile(boolean manuscript, PageSetup page, byte[] styles) {
        this.manuscript = manuscript;
        this.page = page;
        this.styles = styles;
    }

    /** The profile the plan's options ask for; reads the reference document when there is one. */
    static Profile of(DocumentPlan plan) throws IOException {
        RenderOptions o = plan.options();
        boolean manuscript = o.docxStyle().isManuscript();
        String lang = DocxTemplate.wordLanguage(plan.language());
        PageSetup own = manuscript ? margins(o.paper(), 1440, 720) : fromPaper(o.paper());
        if (!manuscript && plan.book() && o.print() != null) {
            own = printInside(own, o.print(), plan.pageNumbers().pageCount());
        }
        String bundled = DocxTemplate.styles(manuscript, lang);
        if (o.referenceDocx() == null) {
            return new Profile(manuscript, own, DocxTemplate.utf8(bundled));
        }
        ReferenceStyles ref = ReferenceStyles.read(o.referenceDocx());
        Optional<PageSetup> theirs = ref.pageSetup();
        return new Profile(manuscript, theirs.orElse(own), DocxTemplate.utf8(ref.mergedOver(bundled)));
    }

    /**
     * A printed book's inside margin (the left one, mirrored on even pages by the settings'
     * {@code w:mirrorMargins}): at least the printer's minimum for the page count plus the PDF's
     * eighth of an inch, as the PDF interior's; the page count is the PDF's, shared through the plan.
     */
    private static PageSetup printInside(PageSetup p, imprint.plan.PrintSetup print, int pages) {
        long inside = Math.round((print.profile().minInsideIn(pages) * 72 + 9) * 20);
        return inside <= p.left() ? p : new PageSetup(p.width(), p.height(), p.top(), p.right(), p.bottom(), inside,
                p.header(), p.footer(), p.gutter());
    }

    /** The standard margins: an eighth of the page width, between 42 and 72 points. */
    private static PageSetup fromPaper(Paper paper) {
        double margin = Math.min(72, Math.max(42, paper.width() * 0.12));
        return margins(paper, Math.round(margin * 20), 708);
    }

    /** Equal margins, the header and footer {@code edge} twips from the page's edge. */
    private static PageSetup margins(Paper paper, long margin, long edge) {
        return new PageSetup(Math.round(paper.width() * 20), Math.round(paper.height() * 20), margin, margin, margin,
                margin, edge, edge, 0);
    }

    boolean manuscript() {
        return manuscript;
    }

    PageSetup page() {
        return page;
    }

    /** The {@code word/styles.xml} part. */
    byte[] styles() {
        return styles;
    }

    boolean chapterOnNewPage() {
        return manuscript;
    }

    boolean sceneBreaks() {
        return manuscript;
    }
}
