package imprint.render.epub;

import imprint.model.Metadata;
import imprint.render.xhtml.XhtmlWriter;

/** The cover page and the title page. */
final class TitlePages {
    private TitlePages() {
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

    static String title(String lang, Metadata m, String title) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, lang, title);
        w.open("body").newline();
        w.open("section", "class", "titlepage", "epub:type", "titlepage", "aria-label", "Title page").newline();
        w.element("h1", title, "class", "title").newline();
        if (!m.subtitle().isBlank()) {
            w.element("p", m.subtitle(), "class", "subtitle").newline();
        }
        if (!m.authors().isEmpty()) {
            w.element("p", String.join(", ", m.authors()), "class", "author").newline();
        }
        if (!m.date().isBlank()) {
            w.element("p", m.date(), "class", "date").newline();
        }
        if (!m.publisher().isBlank()) {
            w.element("p", m.publisher(), "class", "publisher").newline();
        }
        if (!m.rights().isBlank()) {
            w.element("p", m.rights(), "class", "rights").newline();
        }
        w.close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }
}
