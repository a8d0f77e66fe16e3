package imprint.render.docx;

import imprint.model.BookMatter;
import imprint.plan.CopyrightPage;
import imprint.plan.DocumentPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A book's own pages in the DOCX, as the PDF and the EPUB have them: after the title page, the
 * copyright page, the dedication ({@code Dedication}) and the epigraph with its source
 * ({@code Epigraph}, {@code EpigraphSource}), each on a page of its own, centred and sunk by
 * their styles; "Chapter 2" above a chapter's heading ({@code ChapterLabel}, not a heading,
 * so the contents and the navigation pane keep the title alone); and "About the Author" as
 * the last chapter, a section of its own with its own running head.
 */
final class BookPages {
    static final String ABOUT_TITLE = "About the Author";
    static final String ABOUT_ID = "about-the-author";

    private BookPages() {
    }

    /** The half-title, the first page: the title alone; the title page follows on a recto. */
    static void halfTitle(Xml doc, DocumentPlan plan, BookSections sections) {
        TitleBlock.line(doc, "HalfTitle", plan.title());
        sections.frontPage(doc, true, false);
    }

    /** The front-matter pages after the title page, each a section of its own. */
    static void front(Xml doc, DocumentPlan plan, BookSections sections) {
        List<String> copyright = CopyrightPage.lines(plan);
        if (!copyright.isEmpty()) {
            // The copyright page, the title page's verso.
            sections.frontPage(doc, false, false);
            copyright.forEach(line -> TitleBlock.line(doc, "Copyright", line));
        }
        BookMatter b = plan.bookMatter();
        if (!b.dedication().isBlank()) {
            sections.frontPage(doc, true, false);
            paragraphs(b.dedication()).forEach(p -> TitleBlock.line(doc, "Dedication", p));
        }
        if (!b.epigraph().isBlank()) {
            sections.frontPage(doc, true, false);
            paragraphs(b.epigraph()).forEach(p -> TitleBlock.line(doc, "Epigraph", p));
            if (!b.epigraphSource().isBlank()) {
                TitleBlock.line(doc, "EpigraphSource", "\u2014 " + b.epigraphSource().strip());
            }
        }
    }

    /**
     * A chapter opener: the chapter's number above its heading ("Chapter 2"); returns the
     * heading's own properties, which sink a heading without a label as far as a labelled one
     * (the label's space before, its line and the heading's space before), so that every
     * chapter opens at the same height, as in the PDF.
     */
    static Props opener(Xml doc, DocumentPlan plan, imprint.model.Block.Heading h) {
        String label = plan.chapterLabel(h);
        if (!label.isEmpty()) {
            TitleBlock.line(doc, "ChapterLabel", label);
            return Props.NONE;
        }
        return new Props(false, 0, -1, UNLABELLED_SINK, -1, 0, -1, null);
    }

    /** Twips: ChapterLabel's 1440 before, its 12-point line (about 280), Heading1's 360 before. */
    private static final int UNLABELLED_SINK = 1440 + 280 + 360;

    /** Whether the book has an "About the Author" chapter. */
    static boolean hasAbout(DocumentPlan plan) {
        return !plan.bookMatter().aboutTheAuthor().isBlank();
    }

    /** "About the Author", the last chapter: its section opens, its heading (bookmarked), its paragraphs. */
    static void about(Xml doc, DocumentPlan plan, BookSections sections, DocxState state) {
        sections.chapter(doc);
        long id = state.nextBookmarkId();
        // Its own key, so that a heading of the text with the same id keeps its bookmark.
        String name = state.claimBookmark("book:" + ABOUT_ID);
        doc.raw("<w:p><w:pPr>").val("w:pStyle", "Heading1").raw("</w:pPr>")
                .raw("<w:bookmarkStart w:id=\"").raw(id).raw("\" w:name=\"").attr(name).raw("\"/>")
                .raw("<w:r><w:t xml:space=\"preserve\">").text(ABOUT_TITLE).raw("</w:t></w:r>")
                .raw("<w:bookmarkEnd w:id=\"").raw(id).raw("\"/></w:p>");
        paragraphs(plan.bookMatter().aboutTheAuthor()).forEach(p -> TitleBlock.line(doc, "BodyText", p));
    }

    /** A front-matter text's paragraphs (parted by blank lines), each on one line. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip().replaceAll("\\s+", " "));
            }
        }
        return out;
    }
}
