package imprint.plan;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.BookMatter;
import imprint.model.Inlines;
import imprint.model.Metadata;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether and how a document is set as a book, decided once for every format: the options the
 * front matter adds to the command line's ({@code print: kdp} works as {@code --print kdp},
 * with its 6 x 9 in trim unless a paper was chosen), whether it is a book ({@code type: book}
 * with at least one chapter, or {@code --book} with two or more: an article with one title
 * heading stays an article), and the chapters' numbers in heading order.
 */
final class BookPlan {
    /** A heading that already says it is a chapter or gives its number ("Chapter 3", "III.", "3 The Storm"). */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?iu)(chapter|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk|part|book|prologue|epilogue)\\b.*"
                    + "|\\d+\\b.*|[IVXLCDM]+[.:\\s].*");

    private BookPlan() {
    }

    /** The options with what the front matter asks for; a profile name no printer has is reported and ignored. */
    static RenderOptions options(RenderOptions given, Metadata m, Diagnostics d) {
        String notes = m.book().notes();
        if (!notes.isEmpty() && !notes.equals("foot") && !notes.equals("end")) {
            d.warn(Code.FRONT_MATTER_INVALID, "front matter \"notes\" must be foot or end, not \"" + notes
                    + "\"; the notes stay at the page foot", 0, 0);
        }
        // notes: end works as --notes end; foot is the default either way, so either one asking for end wins.
        return printOptions(m.book().endnotes() ? given.withEndnotes(true) : given, m, d);
    }

    private static RenderOptions printOptions(RenderOptions given, Metadata m, Diagnostics d) {
        String print = m.book().print();
        if (given.print() != null || print.isEmpty() || print.equals("none") || print.equals("screen")) {
            return given;
        }
        try {
            PrintSetup setup = new PrintSetup(PrintProfile.parse(print), PrintSetup.Stock.WHITE);
            // A4 is the screen default: a book for a printer that names no paper gets --print's 6 x 9 in.
            return given.withPrint(setup).withPaper(given.paper().equals(Paper.A4) ? Paper.parse("6x9in") : given.paper());
        } catch (IllegalArgumentException e) {
            d.warn(Code.FRONT_MATTER_INVALID, "front matter \"print\": " + e.getMessage() + "; the PDF is for the screen", 0, 0);
            return given;
        }
    }

    /** Whether to set the document as a book, from its level-1 heading count. */
    static boolean isBook(RenderOptions options, BookMatter book, long chapters) {
        return book.declaredBook() ? chapters >= 1 : options.book() && chapters >= 2;
    }

    /** The level-1 headings among the top-level blocks, numbered 1, 2, 3 ... in order (empty headings skipped). */
    static Map<Block.Heading, Integer> chapters(List<Block> blocks) {
        Map<Block.Heading, Integer> n = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() == 1 && !Inlines.plainText(h.content()).isBlank()) {
                n.put(h, n.size() + 1);
            }
        }
        return n;
    }

    /** The label a chapter opener shows above the title: "Chapter N", or "" when the title already numbers itself. */
    static String label(Block.Heading h, int number) {
        String title = Inlines.plainText(h.content()).strip();
        return number <= 0 || NUMBERED.matcher(title).matches() ? "" : "Chapter " + number;
    }

    /** Lower-case roman numerals for front-matter folios (1 to 3999; arabic beyond). */
    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                out.append(s[i]);
                n -= v[i];
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
