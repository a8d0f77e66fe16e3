package imprint.render.epub;

import imprint.model.BookMatter;
import imprint.plan.CopyrightPage;
import imprint.plan.DocumentPlan;
import imprint.render.xhtml.PageBreaks;
import imprint.render.xhtml.XhtmlWriter;
import io.documentnode.epub4j.domain.MediaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The EPUB's own pages around the chapters, in the print edition's order: the title page, and
 * for a book the copyright page, the dedication and the epigraph (each a file of its own, its
 * section typed {@code copyright-page}, {@code dedication}, {@code epigraph}, each a landmark),
 * and "About the Author" after the last chapter (back matter, listed in the contents). With a
 * page-list, the print edition's front-matter pages are marked in the file standing for them
 * (a display page and, two-sided, its blank verso), whatever is left in the last one.
 */
final class BookFiles {
    static final String ABOUT_FILE = "about-the-author.xhtml";
    static final String ABOUT_ID = "about-the-author";
    static final String ABOUT_TITLE = "About the Author";

    /** One front-matter file: its name, manifest id, landmark type and label, and the print pages it stands for. */
    private record Front(String file, String id, String type, String label, int pages, String content) {
    }

    private BookFiles() {
    }

    /** Adds the front-matter files from the title page on to the package, in reading order. */
    static void front(DocumentPlan plan, PageBreaks breaks, Map<String, byte[]> files,
                      List<PackageDocuments.Item> items, List<PackageDocuments.Landmark> landmarks) {
        String lang = plan.language();
        String title = plan.title();
        boolean twoSided = plan.options().duplex() || plan.options().print() != null;
        List<String> copyright = plan.book() ? CopyrightPage.lines(plan) : List.of();
        BookMatter b = plan.book() ? plan.bookMatter() : BookMatter.EMPTY;
        List<Front> fronts = new ArrayList<>();
        // The half-title (and its verso) and the title page are the title file's.
        fronts.add(new Front("title.xhtml", "titlepage", "titlepage", "Title page", twoSided ? 3 : 2, null));
        if (!copyright.isEmpty()) {
            fronts.add(new Front("copyright.xhtml", "copyright", "copyright-page", "Copyright", 1, null));
        }
        if (!b.dedication().isBlank()) {
            fronts.add(new Front("dedication.xhtml", "dedication", "dedication", "Dedication", twoSided ? 2 : 1, null));
        }
        if (!b.epigraph().isBlank()) {
            fronts.add(new Front("epigraph.xhtml", "epigraph", "epigraph", "Epigraph", twoSided ? 2 : 1, null));
        }
        int waiting = breaks == null ? 0 : breaks.frontWaiting();
        for (int i = 0; i < fronts.size(); i++) {
            Front f = fronts.get(i);
            int pages = i == fronts.size() - 1 ? waiting : Math.min(waiting, f.pages());
            waiting -= pages;
            String page = switch (f.id()) {
                case "titlepage" -> TitlePages.title(lang, plan.metadata(), title, plan.displayDate(), breaks, pages);
                case "copyright" -> TitlePages.copyright(lang, title, copyright, breaks, pages);
                case "dedication" -> dedication(lang, title, b, breaks, pages);
                default -> epigraph(lang, title, b, breaks, pages);
            };
            files.put(f.file(), PackageDocuments.utf8(page));
            items.add(new PackageDocuments.Item(f.id(), f.file(), MediaTypes.XHTML.getName(), null, true));
            landmarks.add(new PackageDocuments.Landmark(f.type(), f.label(), f.file()));
        }
    }

    private static XhtmlWriter open(String lang, String title, String file, PageBreaks breaks, int pages,
                                    String... section) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, lang, title);
        w.open("body").newline().open("section", section).newline();
        if (breaks != null && pages > 0) {
            breaks.attach(w, file);
            breaks.front(pages);
            w.newline();
        }
        return w;
    }

    private static String close(XhtmlWriter w) {
        w.close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }

    /** The dedication, alone and centred on its page. */
    static String dedication(String lang, String title, BookMatter b, PageBreaks breaks, int pages) {
        XhtmlWriter w = open(lang, title, "dedication.xhtml", breaks, pages, "class", "dedication",
                "epub:type", "dedication", "role", "doc-dedication", "aria-label", "Dedication");
        for (String para : paragraphs(b.dedication())) {
            w.element("p", para).newline();
        }
        return close(w);
    }

    /** The epigraph: the quotation, and its source after a dash. */
    static String epigraph(String lang, String title, BookMatter b, PageBreaks breaks, int pages) {
        XhtmlWriter w = open(lang, title, "epigraph.xhtml", breaks, pages, "class", "epigraph",
                "epub:type", "epigraph", "role", "doc-epigraph", "aria-label", "Epigraph");
        w.open("blockquote").newline();
        for (String para : paragraphs(b.epigraph())) {
            w.element("p", para).newline();
        }
        w.close("blockquote").newline();
        if (!b.epigraphSource().isBlank()) {
            w.element("p", "\u2014 " + b.epigraphSource().strip(), "class", "epigraph-source").newline();
        }
        return close(w);
    }

    /** Whether the book has an "About the Author" page. */
    static boolean hasAbout(DocumentPlan plan) {
        return plan.book() && !plan.bookMatter().aboutTheAuthor().isBlank();
    }

    /**
     * "About the Author" after the last chapter, as the PDF sets it: a level-1 heading and its
     * paragraphs; the print edition's pages after the last chapter are marked here.
     */
    static String about(DocumentPlan plan, PageBreaks breaks) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, plan.language(), ABOUT_TITLE);
        w.open("body").newline().open("section", "class", "about-the-author", "epub:type", "backmatter",
                "aria-labelledby", ABOUT_ID).newline();
        if (breaks != null) {
            breaks.attach(w, ABOUT_FILE);
            breaks.rest();
        }
        w.element("h1", ABOUT_TITLE, "id", ABOUT_ID).newline();
        for (String para : paragraphs(plan.bookMatter().aboutTheAuthor())) {
            w.element("p", para).newline();
        }
        return close(w);
    }

    /** A front-matter text's paragraphs (parted by blank lines), each on one line. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip().replaceAll("\\s+", " "));
            }
        }
        return out;
    }
}
