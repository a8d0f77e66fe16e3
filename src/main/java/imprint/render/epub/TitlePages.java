package imprint.render.epub;

import imprint.model.Metadata;
import imprint.render.xhtml.PageBreaks;
import imprint.render.xhtml.XhtmlWriter;
import java.util.List;

/** The cover page and the title page. */
final class TitlePages {
    private TitlePages() {
    }

    /** The markers of the print edition's front-matter pages that this page stands for. */
    private static void front(XhtmlWriter w, String file, PageBreaks breaks, int pages) {
        if (breaks != null && pages > 0) {
            breaks.attach(w, file);
            breaks.front(pages);
            w.newline();
        }
    }

    static String cover(String lang, String title, String imageHref) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, lang, title);
        w.open("body", "class", "cover").newline();
        w.open("section", "epub:type", "cover").newline();
        w.empty("img", "src", imageHref, "alt", "Cover: " + title, "role", "doc-cover");
        w.newline().close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }

    /** @param date the date as the title page shows it ({@code DocumentPlan.displayDate()}), or "" */
    static String title(String lang, Metadata m, String title, String date) {
        return title(lang, m, title, date, null, 0);
    }

    /**
     * @param breaks the print edition's page breaks, or null
     * @param pages  how many front-matter pages to mark at the top of this page
     */
    static String title(String lang, Metadata m, String title, String date, PageBreaks breaks, int pages) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, lang, title);
        w.open("body").newline();
        w.open("section", "class", "titlepage", "epub:type", "titlepage", "aria-label", "Title page").newline();
        front(w, "title.xhtml", breaks, pages);
        w.element("h1", title, "class", "title").newline();
        if (!m.subtitle().isBlank()) {
            w.element("p", m.subtitle(), "class", "subtitle").newline();
        }
        if (m.hasRoleLines()) {
            // Names and role on separate lines, as a newspaper prints a byline.
            List<imprint.model.Contributor> cs = m.contributors();
            int i = 0;
            while (i < cs.size()) {
                int j = i + 1;
                while (j < cs.size() && cs.get(j).roleLine().equals(cs.get(i).roleLine())) {
                    j++;
                }
                w.element("p", imprint.model.ModelText.names(cs.subList(i, j)), "class", "author").newline();
                if (!cs.get(i).roleLine().isEmpty()) {
                    w.element("p", cs.get(i).roleLine(), "class", "role").newline();
                }
                i = j;
            }
        } else if (!m.authors().isEmpty()) {
            w.element("p", String.join(", ", m.authors()), "class", "author").newline();
        }
        if (!date.isEmpty()) {
            w.element("p", date, "class", "date").newline();
        }
        if (!m.publisher().isBlank()) {
            w.element("p", m.publisher(), "class", "publisher").newline();
        }
        if (!m.copyright().isBlank()) {
            w.element("p", m.copyright(), "class", "rights").newline();
        }
        if (!m.rights().isBlank()) {
            w.element("p", m.rights(), "class", "rights").newline();
        }
        w.close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }

    /**
     * A book's copyright page (EPUB's {@code copyright-page}): the copyright line, the rights,
     * the identifier as an ISBN when it is one, the edition and the publisher, as the print
     * edition's verso of the title page has them.
     */
    static String copyright(String lang, String title, java.util.List<String> lines, PageBreaks breaks, int pages) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, lang, title);
        w.open("body").newline();
        w.open("section", "class", "copyright-page", "epub:type", "copyright-page", "aria-label", "Copyright").newline();
        front(w, "copyright.xhtml", breaks, pages);
        for (String line : lines) {
            w.element("p", line).newline();
        }
        w.close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }
}
