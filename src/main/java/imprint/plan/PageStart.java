package imprint.plan;

/**
 * Where a page of the print edition begins in the model's text, for an EPUB's page-list: the
 * top-level block holding the page's first body words and how many letters of that block
 * (letters only, {@link Character#isLetter(int)}: so hyphens, spaces, list labels and note
 * numbers, which formats draw differently, do not count) come before them on earlier pages.
 *
 * @param page    the page's place in the PDF, from 1
 * @param label   what the page is called (its {@code /PageLabels} label: "iii", "12")
 * @param block   the top-level block's index; {@link #FRONT} for the title block, contents and
 *                other front matter, {@link #END} for pages after the last body text
 * @param letters the letters of {@code block} before the page; 0 when it opens the page
 */
public record PageStart(int page, String label, int block, int letters) {
    /** A page of front matter (title, copyright, contents): before the document's blocks. */
    public static final int FRONT = -1;
    /** A page after the last body text (notes continued, a closing blank page). */
    public static final int END = -2;

    /** The lower-case roman numeral of {@code n} (1 to 3999), as front matter is numbered. */
    public static String roman(int n) {
        String[] sym = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] val = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < val.length; i++) {
            for (; n >= val[i]; n -= val[i]) {
                sb.append(sym[i]);
            }
        }
        return sb.toString();
    }
}
