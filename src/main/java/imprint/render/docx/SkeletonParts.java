package imprint.render.docx;

import java.util.Set;

/**
 * The parts every Word document carries besides its text, as Word 2013 and later write them
 * for a new document: settings (Word 2013+ compatibility, so Word does not open the file in
 * Compatibility Mode; footnote and endnote separators; the proofing language; updating fields
 * on open only where a table of contents needs Word's own page numbers), the font table, the
 * web settings and the theme (bundled text, see {@link DocxTemplate}).
 */
final class SkeletonParts {
    private static final String WORD = "http://schemas.microsoft.com/office/word";
    /** Languages whose decimal separator is a comma; Word writes the separators of the author's locale. */
    private static final Set<String> DECIMAL_COMMA = Set.of("bg", "ca", "cs", "da", "de", "el", "es", "et", "fi", "fr",
            "hr", "hu", "id", "is", "it", "lt", "lv", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr",
            "sv", "tr", "uk", "vi");

    private SkeletonParts() {
    }

    /**
     * {@code word/settings.xml}, children in the schema's order.
     *
     * @param lang         the Word language tag of the document
     * @param notes        whether the document has footnotes (and so the separators)
     * @param updateFields whether Word should update fields on opening (a table of contents)
     * @param evenAndOdd   whether even and odd pages have headers of their own (a book)
     * @param mirror       whether the margins mirror on facing pages, left being inside (a two-sided book)
     */
    static byte[] settings(String lang, boolean notes, boolean updateFields, boolean evenAndOdd, boolean mirror) {
        Xml x = Xml.inMemory().raw(Xml.DECLARATION).raw("<w:settings xmlns:w=\"" + Xml.W + "\">")
                .raw("<w:zoom w:percent=\"100\"/>");
        if (mirror) {
            x.raw("<w:mirrorMargins/>");
        }
        x.raw("<w:defaultTabStop w:val=\"720\"/>");
        if (evenAndOdd) {
            x.raw("<w:evenAndOddHeaders/>");
        }
        x.raw("<w:characterSpacingControl w:val=\"doNotCompress\"/>");
        if (updateFields) {
            x.raw("<w:updateFields w:val=\"true\"/>");
        }
        if (notes) {
            x.raw("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>")
                    .raw("<w:endnotePr><w:numFmt w:val=\"decimal\"/><w:endnote w:id=\"-1\"/><w:endnote w:id=\"0\"/></w:endnotePr>");
        }
        x.raw("<w:compat>");
        compat(x, "compatibilityMode", "15");
        compat(x, "overrideTableStyleFontSizeAndJustification", "1");
        compat(x, "enableOpenTypeFeatures", "1");
        compat(x, "doNotFlipMirrorIndents", "1");
        compat(x, "differentiateMultirowTableHeaders", "1");
        x.raw("</w:compat>");
        x.val("w:themeFontLang", lang)
                .raw("<w:clrSchemeMapping w:bg1=\"light1\" w:t1=\"dark1\" w:bg2=\"light2\" w:t2=\"dark2\" w:accent1=\"accent1\""
                        + " w:accent2=\"accent2\" w:accent3=\"accent3\" w:accent4=\"accent4\" w:accent5=\"accent5\""
                        + " w:accent6=\"accent6\" w:hyperlink=\"hyperlink\" w:followedHyperlink=\"followedHyperlink\"/>");
        boolean comma = DECIMAL_COMMA.contains(lang.split("-")[0].toLowerCase(java.util.Locale.ROOT));
        x.val("w:decimalSymbol", comma ? "," : ".").val("w:listSeparator", comma ? ";" : ",");
        return x.raw("</w:settings>").bytes();
    }

    private static void compat(Xml x, String name, String value) {
        x.raw("<w:compatSetting w:name=\"").raw(name).raw("\" w:uri=\"" + WORD + "\" w:val=\"").raw(value).raw("\"/>");
    }

    /** {@code word/webSettings.xml} as Word writes it for a new document. */
    static byte[] webSettings() {
        return Xml.inMemory().raw(Xml.DECLARATION).raw("<w:webSettings xmlns:w=\"" + Xml.W + "\">")
                .raw("<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>").bytes();
    }

    /**
     * {@code word/fontTable.xml}: the fonts the bundled styles name, with the PANOSE numbers,
     * families and pitches Word records, so that a machine without a font substitutes a similar one.
     */
    static byte[] fontTable() {
        Xml x = Xml.inMemory().raw(Xml.DECLARATION).raw("<w:fonts xmlns:w=\"" + Xml.W + "\">");
        font(x, "Times New Roman", "02020603050405020304", "roman", "variable");
        font(x, "Cambria", "02040503050406030204", "roman", "variable");
        font(x, "Calibri", "020F0502020204030204", "swiss", "variable");
        font(x, "Calibri Light", "020F0302020204030204", "swiss", "variable");
        font(x, "Consolas", "020B0609020204030204", "modern", "fixed");
        font(x, "Courier New", "02070309020205020404", "modern", "fixed");
        return x.raw("</w:fonts>").bytes();
    }

    private static void font(Xml x, String name, String panose, String family, String pitch) {
        x.raw("<w:font w:name=\"").attr(name).raw("\">").val("w:panose1", panose).val("w:charset", "00")
                .val("w:family", family).val("w:pitch", pitch).raw("</w:font>");
    }
}
