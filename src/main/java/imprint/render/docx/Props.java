package imprint.render.docx;

/** Paragraph properties beyond the style, written in the schema's order. */
record Props(boolean pageBreakBefore, int numId, int ilvl, int spaceBefore, int left, int hanging, int right, String jc) {
    static final Props NONE = new Props(false, 0, -1, -1, -1, 0, -1, null);

    Props withIndent(int l, int h, int r) {
        return new Props(pageBreakBefore, numId, ilvl, spaceBefore, l, h, r, jc);
    }

    /** Opens the paragraph: {@code <w:p><w:pPr>} with the style, these properties and {@code w:bidi} for a right-to-left one. */
    void write(Xml out, String style, boolean rtl) {
        out.raw("<w:p><w:pPr>").val("w:pStyle", style);
        if (pageBreakBefore) {
            out.raw("<w:pageBreakBefore/>");
        }
        if (numId > 0) {
            out.raw("<w:numPr>").val("w:ilvl", ilvl).val("w:numId", numId).raw("</w:numPr>");
        }
        if (rtl) {
            out.raw("<w:bidi/>");
        }
        if (spaceBefore >= 0) {
            out.raw("<w:spacing w:before=\"").raw(spaceBefore).raw("\"/>");
        }
        if (left >= 0) {
            out.raw("<w:ind w:left=\"").raw(left).raw('"');
            if (right >= 0) {
                out.raw(" w:right=\"").raw(right).raw('"');
            }
            if (hanging > 0) {
                out.raw(" w:hanging=\"").raw(hanging).raw('"');
            }
            out.raw("/>");
        }
        if (jc != null) {
            out.val("w:jc", jc);
        }
        out.raw("</w:pPr>");
    }
}
