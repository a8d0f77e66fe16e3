package imprint.render.docx;

import imprint.plan.DocumentPlan;
import imprint.plan.Outline;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's sections in the DOCX ({@code --book}): the front matter numbered in lower-case
 * roman, each of its pages a section (the half-title, title page, dedication, epigraph and
 * contents on rectos when two-sided, the copyright page on the title page's verso; display
 * pages without folio, the contents with), then one section per chapter, the first numbered from 1, each starting on a new page (an odd page,
 * with a blank even one inserted by the application, when the book is two-sided). Each section
 * has a different first page, so a chapter opener carries no running head; the running heads
 * are headers, the book's title on even pages and the chapter's on odd ones
 * ({@code w:evenAndOddHeaders} in the settings); every page but the title page has its number
 * in the footer. A section ends with the paragraph holding its {@code w:sectPr}, so each chapter
 * heading is preceded by an empty paragraph that closes the section before it.
 */
final class BookSections {
    private static final String EVEN = "header-even.xml";
    private static final String FIRST = "header-first.xml";
    private static final String NO_FOOTER = "footer-first.xml";

    private final String title;
    private final List<String> chapters = new ArrayList<>();
    private final boolean oddPages;
    private final Profile.PageSetup page;
    private String evenId;
    private String firstId;
    private String noFooterId;
    private String footerId;
    private final List<String> chapterIds = new ArrayList<>();
    /** The section being written: -1 for the front matter, else the chapter's index. */
    private int current = -1;
    /** How the front-matter section being written starts ({@code w:type}), null for the document's first. */
    private String frontStart;
    /** Whether the front-matter section being written prints folios (the contents do; display pages do not). */
    private boolean frontFolio;
    private boolean firstFront = true;
    /** Whether the sections number Word endnotes ({@code --notes end}). */
    private final boolean endnotes;

    private BookSections(DocumentPlan plan, Profile profile) {
        this.title = plan.title();
        this.page = profile.page();
        this.oddPages = plan.options().duplex() || plan.options().print() != null;
        this.endnotes = plan.options().endnotes() && !plan.notes().isEmpty();
        for (Outline.Entry e : plan.outline().entries()) {
            if (e.level() == 1) {
                chapters.add(e.text());
            }
        }
        if (BookPages.hasAbout(plan)) {
            chapters.add(BookPages.ABOUT_TITLE); // the last chapter, with its own running head
        }
    }

    /** Whether the book is two-sided: chapters on odd pages, margins mirrored. */
    boolean twoSided() {
        return oddPages;
    }

    /** The sections of a book, or null when the document is not set as one (or is a manuscript). */
    static BookSections of(DocumentPlan plan, Profile profile) {
        return plan.book() && !profile.manuscript() ? new BookSections(plan, profile) : null;
    }

    private static String chapterPart(int i) {
        return "header-chapter-" + (i + 1) + ".xml";
    }

    /** Declares the header and footer parts (the page-number footer is the renderer's). */
    void declare(DocxPackage pkg) {
        pkg.declare("word/" + EVEN, HeaderFooter.HEADER_CONTENT).declare("word/" + FIRST, HeaderFooter.HEADER_CONTENT)
                .declare("word/" + NO_FOOTER, HeaderFooter.FOOTER_CONTENT);
        for (int i = 0; i < chapters.size(); i++) {
            pkg.declare("word/" + chapterPart(i), HeaderFooter.HEADER_CONTENT);
        }
    }

    /** Relates the parts to the main part; {@code footer} is the page-number footer's id. */
    void relate(PartRels rels, String footer) {
        footerId = footer;
        evenId = rels.internal(PartRels.OFFICE + "header", EVEN);
        firstId = rels.internal(PartRels.OFFICE + "header", FIRST);
        noFooterId = rels.internal(PartRels.OFFICE + "footer", NO_FOOTER);
        for (int i = 0; i < chapters.size(); i++) {
            chapterIds.add(rels.internal(PartRels.OFFICE + "header", chapterPart(i)));
        }
    }

    /** Writes the header and footer parts. */
    void parts(DocxPackage pkg) throws java.io.IOException {
        pkg.add("word/" + EVEN, HeaderFooter.runningHead(title, false));
        pkg.add("word/" + FIRST, HeaderFooter.emptyHeader());
        pkg.add("word/" + NO_FOOTER, HeaderFooter.emptyFooter());
        for (int i = 0; i < chapters.size(); i++) {
            pkg.add("word/" + chapterPart(i), HeaderFooter.runningHead(chapters.get(i), true));
        }
    }

    /**
     * The next front-matter page begins, a section of its own as in the PDF: on a recto when
     * {@code recto} and the book is two-sided (the application leaves the verso blank), with
     * folios or without (display pages print none).
     */
    void frontPage(Xml out, boolean recto, boolean folio) {
        out.raw("<w:p><w:pPr>");
        sectPr(out);
        out.raw("</w:pPr></w:p>");
        firstFront = false;
        frontStart = recto && oddPages ? "oddPage" : "nextPage";
        frontFolio = folio;
    }

    /** A chapter begins: closes the section before it with an empty paragraph holding its properties. */
    void chapter(Xml out) {
        out.raw("<w:p><w:pPr>");
        sectPr(out);
        out.raw("</w:pPr></w:p>");
        firstFront = false;
        if (current + 1 < chapters.size()) {
            current++; // a level-1 heading the outline does not list keeps the last chapter's head
        }
    }

    /** The last section's properties, the body's own. */
    void last(Xml out) {
        sectPr(out);
    }

    private void sectPr(Xml out) {
        out.raw("<w:sectPr>");
        if (current >= 0) {
            out.raw("<w:headerReference w:type=\"default\" r:id=\"").raw(chapterIds.get(current)).raw("\"/>")
                    .raw("<w:headerReference w:type=\"even\" r:id=\"").raw(evenId).raw("\"/>")
                    .raw("<w:headerReference w:type=\"first\" r:id=\"").raw(firstId).raw("\"/>");
        }
        String folio = current < 0 && !frontFolio ? noFooterId : footerId;
        out.raw("<w:footerReference w:type=\"default\" r:id=\"").raw(folio).raw("\"/>")
                .raw("<w:footerReference w:type=\"even\" r:id=\"").raw(folio).raw("\"/>")
                .raw("<w:footerReference w:type=\"first\" r:id=\"").raw(current < 0 ? folio : footerId).raw("\"/>");
        if (endnotes) {
            out.raw(NotesPart.SECTION_ENDNOTES);
        }
        String start = current >= 0 ? (oddPages ? "oddPage" : "nextPage") : frontStart;
        if (start != null) {
            out.raw("<w:type w:val=\"").raw(start).raw("\"/>");
        }
        DocxRenderer.pageGeometry(out, page);
        if (current < 0) {
            out.raw(firstFront ? "<w:pgNumType w:fmt=\"lowerRoman\" w:start=\"1\"/>" : "<w:pgNumType w:fmt=\"lowerRoman\"/>");
        } else if (current == 0) {
            out.raw("<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/>");
        } else {
            out.raw("<w:pgNumType w:fmt=\"decimal\"/>");
        }
        out.raw("<w:cols w:space=\"720\"/><w:titlePg/><w:docGrid w:linePitch=\"360\"/></w:sectPr>");
    }
}
