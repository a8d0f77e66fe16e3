package imprint.render.epub;

import imprint.model.Metadata;
import imprint.render.xhtml.XhtmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The EPUB 3 package: {@code container.xml}, the OPF package document (version 3.0, with
 * accessibility metadata), the navigation document (toc and landmarks) and an NCX for older
 * readers. All written through {@link XhtmlWriter}, so metadata is always escaped.
 */
final class PackageDocuments {
    static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** One manifest entry. */
    record Item(String id, String href, String mediaType, String properties, boolean inSpine) {
    }

    /** One landmark of the navigation: its {@code epub:type}, its label and where it is. */
    record Landmark(String type, String label, String href) {
    }

    /** One navigation entry: a heading, where it is, and its level. */
    record NavPoint(String title, String href, int level) {
    }

    private PackageDocuments() {
    }

    static String container() {
        return XML_DECL + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n</container>\n";
    }

    static String opf(Metadata m, String title, String identifier, String lang, Instant modified,
                      List<Item> items, String coverImageId, boolean hasImages, String pageBreakSource) {
        XhtmlWriter w = new XhtmlWriter();
        w.markup(XML_DECL);
        w.open("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0", "unique-identifier", "pub-id",
                "xml:lang", lang, "prefix", "a11y: http://www.idpf.org/epub/vocab/package/a11y/#").newline();
        w.markup("  ").open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        line(w, "dc:identifier", identifier, "id", "pub-id");
        line(w, "dc:title", title);
        if (!m.subtitle().isBlank()) {
            line(w, "dc:title", m.subtitle(), "id", "subtitle");
            line(w, "meta", "subtitle", "refines", "#subtitle", "property", "title-type");
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            imprint.model.Contributor c = m.contributors().get(i);
            line(w, "dc:creator", c.name(), "id", "creator-" + (i + 1));
            // The role as a MARC relator, the refinement EPUB 3 reading systems understand.
            line(w, "meta", c.role(), "refines", "#creator-" + (i + 1), "property", "role", "scheme", "marc:relators");
        }
        line(w, "dc:language", lang);
        String date = w3cdtf(m.date());
        if (date != null) {
            line(w, "dc:date", date);
        }
        if (!m.publisher().isBlank()) {
            line(w, "dc:publisher", m.publisher());
        }
        if (!m.copyright().isBlank()) {
            line(w, "dc:rights", m.copyright());
        }
        if (!m.rights().isBlank()) {
            line(w, "dc:rights", m.rights());
        }
        if (!m.description().isBlank()) {
            line(w, "dc:description", m.description());
        }
        for (String k : m.keywords()) {
            line(w, "dc:subject", k);
        }
        line(w, "meta", MODIFIED.format(modified), "property", "dcterms:modified");
        accessibility(w, hasImages, pageBreakSource);
        if (coverImageId != null) {
            w.markup("    ").empty("meta", "name", "cover", "content", coverImageId).newline();
        }
        w.markup("  ").close("metadata").newline();
        w.markup("  ").open("manifest").newline();
        for (Item it : items) {
            w.markup("    ").empty("item", "id", it.id(), "href", it.href(), "media-type", it.mediaType(),
                    "properties", it.properties()).newline();
        }
        w.markup("  ").close("manifest").newline();
        // A right-to-left book turns its pages from right to left.
        w.markup("  ").open("spine", "toc", "ncx", "page-progression-direction",
                imprint.text.BidiText.rtlLanguage(lang) ? "rtl" : null).newline();
        for (Item it : items) {
            if (it.inSpine()) {
                w.markup("    ").empty("itemref", "idref", it.id()).newline();
            }
        }
        w.markup("  ").close("spine").newline().close("package").newline();
        return w.toString();
    }

    /** Accessibility metadata that is true of what imprint writes. */
    private static void accessibility(XhtmlWriter w, boolean hasImages, String pageBreakSource) {
        line(w, "meta", "textual", "property", "schema:accessMode");
        if (hasImages) {
            line(w, "meta", "visual", "property", "schema:accessMode");
        }
        line(w, "meta", "textual", "property", "schema:accessModeSufficient");
        for (String f : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            line(w, "meta", f, "property", "schema:accessibilityFeature");
        }
        if (hasImages) {
            line(w, "meta", "alternativeText", "property", "schema:accessibilityFeature");
        }
        if (pageBreakSource != null) {
            // EPUB Accessibility 1.1: page markers and a page-list taken from a print edition, named here.
            line(w, "meta", "printPageNumbers", "property", "schema:accessibilityFeature");
            line(w, "meta", "pageNavigation", "property", "schema:accessibilityFeature");
            // pageBreakSource (W3C page source identification; EPUBCheck accepts it unprefixed).
            line(w, "meta", pageBreakSource, "property", "pageBreakSource");
        }
        line(w, "meta", "none", "property", "schema:accessibilityHazard");
        line(w, "meta", "Reflowable text with a navigable table of contents, headings in document order, "
                + "semantic markup for lists, tables and quotations"
                + (hasImages ? ", and text alternatives for images." : ".")
                + " No flashing, sound or motion.", "property", "schema:accessibilitySummary");
        line(w, "meta", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA", "property", "dcterms:conformsTo");
        line(w, "meta", "imprint", "property", "a11y:certifiedBy");
    }

    private static void line(XhtmlWriter w, String tag, String text, String... attrs) {
        w.markup("    ").element(tag, text, attrs).newline();
    }

    /** W3CDTF (YYYY, YYYY-MM, YYYY-MM-DD or a full date-time) or null when the date is not one. */
    static String w3cdtf(String date) {
        String d = date.strip();
        if (d.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            return d;
        }
        if (d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
            return d;
        }
        return null;
    }

    /**
     * @param landmarks the landmarks besides the contents, in reading order
     * @param pages     the page markers for a page-list, in page order; empty for none
     */
    static String nav(String title, String lang, List<NavPoint> points, List<Landmark> landmarks,
                      List<imprint.render.xhtml.PageBreaks.Written> pages) {
        XhtmlWriter w = new XhtmlWriter();
        head(w, lang, title);
        w.open("body").newline();
        w.open("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc").newline();
        w.element("h1", "Contents").newline();
        nestedList(w, points);
        w.close("nav").newline();
        w.open("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden").newline();
        w.element("h2", "Landmarks").newline().open("ol").newline();
        boolean toc = false;
        for (Landmark l : landmarks) {
            if (!toc && l.type().equals("bodymatter")) {
                w.open("li").element("a", "Contents", "epub:type", "toc", "href", "nav.xhtml#toc").close("li").newline();
                toc = true;
            }
            w.open("li").element("a", l.label(), "epub:type", l.type(), "href", l.href()).close("li").newline();
        }
        w.close("ol").newline().close("nav").newline();
        if (!pages.isEmpty()) {
            // The print edition's pages (EPUB 3's page-list), hidden as the landmarks are: reading systems show it.
            w.open("nav", "epub:type", "page-list", "id", "page-list", "role", "doc-pagelist", "hidden", "hidden").newline();
            w.element("h2", "Pages").newline().open("ol").newline();
            for (imprint.render.xhtml.PageBreaks.Written p : pages) {
                w.open("li").element("a", p.label(), "href", p.file() + "#" + p.id()).close("li").newline();
            }
            w.close("ol").newline().close("nav").newline();
        }
        w.close("body").newline().close("html").newline();
        return w.toString();
    }

    /** Headings as nested lists; a jump of several levels nests only one level deeper. */
    private static void nestedList(XhtmlWriter w, List<NavPoint> points) {
        int min = points.stream().mapToInt(NavPoint::level).min().orElse(1);
        w.open("ol");
        int cur = 0;
        boolean any = false;
        for (NavPoint p : points) {
            int d = any ? Math.max(0, Math.min(p.level() - min, cur + 1)) : 0;
            if (any && d > cur) {
                w.open("ol");
            } else if (any) {
                w.close("li");
                for (int k = cur; k > d; k--) {
                    w.close("ol").close("li");
                }
            }
            w.newline().open("li").element("a", p.title(), "href", p.href());
            cur = d;
            any = true;
        }
        if (any) {
            w.close("li");
            for (int k = cur; k > 0; k--) {
                w.close("ol").close("li");
            }
        }
        w.close("ol").newline();
    }

    /**
     * The NCX, for EPUB 2 reading systems; with the print edition's pages as its
     * {@code pageList} (front-matter pages typed {@code front}, the rest {@code normal} with
     * their number as value) when there is a page-list.
     */
    static String ncx(String identifier, String title, List<NavPoint> points,
                      List<imprint.render.xhtml.PageBreaks.Written> pages) {
        int max = 0;
        for (imprint.render.xhtml.PageBreaks.Written p : pages) {
            if (p.label().matches("\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(p.label()));
            }
        }
        XhtmlWriter w = new XhtmlWriter();
        w.markup(XML_DECL);
        w.open("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1").newline();
        w.open("head").newline();
        w.empty("meta", "name", "dtb:uid", "content", identifier).newline();
        w.empty("meta", "name", "dtb:depth", "content", "1").newline();
        w.empty("meta", "name", "dtb:totalPageCount", "content", Integer.toString(pages.size())).newline();
        w.empty("meta", "name", "dtb:maxPageNumber", "content", Integer.toString(max)).newline();
        w.close("head").newline();
        w.open("docTitle").element("text", title).close("docTitle").newline();
        w.open("navMap").newline();
        int order = 1;
        for (NavPoint p : points) {
            w.open("navPoint", "id", "nav-" + order, "playOrder", Integer.toString(order));
            w.open("navLabel").element("text", p.title()).close("navLabel");
            w.empty("content", "src", p.href()).close("navPoint").newline();
            order++;
        }
        w.close("navMap").newline();
        if (!pages.isEmpty()) {
            w.open("pageList").newline();
            w.open("navLabel").element("text", "Pages").close("navLabel").newline();
            for (imprint.render.xhtml.PageBreaks.Written p : pages) {
                boolean normal = p.label().matches("\\d{1,9}");
                w.open("pageTarget", "id", "pt-" + p.id(), "type", normal ? "normal" : "front",
                        "value", normal ? p.label() : null, "playOrder", Integer.toString(order++));
                w.open("navLabel").element("text", p.label()).close("navLabel");
                w.empty("content", "src", p.file() + "#" + p.id()).close("pageTarget").newline();
            }
            w.close("pageList").newline();
        }
        w.close("ncx").newline();
        return w.toString();
    }

    /** The start of every XHTML content document: declaration, doctype, html with both lang attributes, head. */
    static void head(XhtmlWriter w, String lang, String title) {
        w.markup(XML_DECL).markup("<!DOCTYPE html>\n");
        w.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "xmlns:epub", "http://www.idpf.org/2007/ops",
                "lang", lang, "xml:lang", lang, "dir", imprint.text.BidiText.rtlLanguage(lang) ? "rtl" : null).newline();
        w.open("head").newline();
        w.empty("meta", "charset", "utf-8").newline();
        w.element("title", title).newline();
        w.empty("link", "rel", "stylesheet", "type", "text/css", "href", "style.css").newline();
        w.close("head").newline();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
