package imprint.render.docx;

/**
 * Header and footer parts. They hold no links or images, so they need no relationships of
 * their own; were they to, {@link PartRels} would give them their own part's.
 */
final class HeaderFooter {
    static final String HEADER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    static final String FOOTER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";

    private HeaderFooter() {
    }

    /** The standard footer: the page number, centred (the Footer style). */
    static byte[] pageNumberFooter() {
        Xml x = open("ftr").raw("<w:p><w:pPr>").val("w:pStyle", "Footer").raw("</w:pPr>");
        DocxFields.pageNumber(x, 1);
        return x.raw("</w:p></w:ftr>").bytes();
    }

    /** The manuscript's running header, right-aligned: its text, then the page number. */
    static byte[] runningHeader(String text) {
        Xml x = open("hdr").raw("<w:p><w:pPr>").val("w:pStyle", "Header").val("w:jc", "right").raw("</w:pPr>")
                .raw("<w:r><w:t xml:space=\"preserve\">").text(text).raw("</w:t></w:r>");
        DocxFields.pageNumber(x, 2);
        return x.raw("</w:p></w:hdr>").bytes();
    }

    /** A book's running head: its text in the Header style, right-aligned on odd pages. */
    static byte[] runningHead(String text, boolean right) {
        Xml x = open("hdr").raw("<w:p><w:pPr>").val("w:pStyle", "Header");
        if (right) {
            x.val("w:jc", "right");
        }
        return x.raw("</w:pPr><w:r><w:t xml:space=\"preserve\">").text(text).raw("</w:t></w:r></w:p></w:hdr>").bytes();
    }

    /** An empty footer, for a title page that shows no number. */
    static byte[] emptyFooter() {
        return open("ftr").raw("<w:p><w:pPr>").val("w:pStyle", "Footer").raw("</w:pPr></w:p></w:ftr>").bytes();
    }

    /** An empty header, for a first page that shows none. */
    static byte[] emptyHeader() {
        return open("hdr").raw("<w:p><w:pPr>").val("w:pStyle", "Header").raw("</w:pPr></w:p></w:hdr>").bytes();
    }

    private static Xml open(String root) {
        return Xml.inMemory().raw(Xml.DECLARATION).raw("<w:" + root).raw(Xml.CONTENT_NAMESPACES).raw('>');
    }
}
