package imprint.render.docx;

import java.util.List;

/**
 * Complex fields with a cached result, so that Word and LibreOffice show them filled in at
 * once: the table of contents (entries linked to the headings' bookmarks, each with a PAGEREF
 * field showing the page our own PDF pagination put the heading on) and the page number.
 */
final class DocxFields {
    /**
     * One entry of the table of contents.
     *
     * @param page the page number to show, or 0 when it is not known (the field is then empty
     *             until the application updates it)
     */
    record TocEntry(String text, String bookmark, int level, int page) {
    }

    private DocxFields() {
    }

    /**
     * A TOC field over levels 1-3 ({@code \o "1-3"}, linked entries {@code \h}, page numbers
     * shown) whose cached result lists the headings with their pages after a dotted tab at
     * the right margin ({@code tabPos} twips from the left one).
     */
    static void toc(Xml out, String heading, List<TocEntry> entries, long tabPos) {
        out.raw("<w:p><w:pPr>").val("w:pStyle", "TOCHeading").raw("</w:pPr><w:r><w:t xml:space=\"preserve\">")
                .text(heading).raw("</w:t></w:r></w:p>");
        for (int i = 0; i < entries.size(); i++) {
            TocEntry e = entries.get(i);
            out.raw("<w:p><w:pPr>").val("w:pStyle", "TOC" + Math.max(1, Math.min(3, e.level())))
                    .raw("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"").raw(tabPos).raw("\"/></w:tabs>")
                    .raw("<w:rPr><w:noProof/></w:rPr></w:pPr>");
            if (i == 0) {
                field(out, " TOC \\o \"1-3\" \\h \\z \\u ");
            }
            out.raw("<w:hyperlink w:anchor=\"").attr(e.bookmark()).raw("\" w:history=\"1\"><w:r><w:rPr><w:noProof/></w:rPr>")
                    .raw("<w:t xml:space=\"preserve\">").text(e.text()).raw("</w:t></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:tab/></w:r>");
            field(out, " PAGEREF " + e.bookmark() + " \\h ");
            if (e.page() > 0) {
                out.raw("<w:r><w:rPr><w:noProof/></w:rPr><w:t>").raw(e.page()).raw("</w:t></w:r>");
            }
            fieldEnd(out);
            out.raw("</w:hyperlink>");
            if (i == entries.size() - 1) {
                fieldEnd(out);
            }
            out.raw("</w:p>").maybeFlush();
        }
    }

    /** A PAGE field showing {@code cached} until the application computes it. */
    static void pageNumber(Xml out, int cached) {
        field(out, " PAGE ");
        out.raw("<w:r><w:t>").raw(cached).raw("</w:t></w:r>");
        fieldEnd(out);
    }

    /** The begin, instruction and separate runs of a complex field. */
    private static void field(Xml out, String instruction) {
        out.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">")
                .text(instruction).raw("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    }

    private static void fieldEnd(Xml out) {
        out.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }
}
