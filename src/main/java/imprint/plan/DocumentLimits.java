package imprint.plan;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Walker;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-document bounds on the constructs whose cost in the renderers is highest per item: each
 * footnote is numbered, placed and balanced on its page in the PDF and linked both ways in
 * every format; each heading is an outline entry, a bookmark, a destination and a structure
 * element; each table cell is measured for every column. A document past one of them fails
 * alone, before any rendering, with {@code DOCUMENT_LIMIT} and the numbers, instead of running
 * for minutes. The defaults are far above any book (a 1,000-page history has some 3,000 notes).
 *
 * @param maxFootnotes  footnote definitions
 * @param maxHeadings   headings, at any level
 * @param maxTableCells cells of all tables together, header rows included
 */
public record DocumentLimits(int maxFootnotes, int maxHeadings, int maxTableCells) {
    /** 10,000 footnotes, 200,000 headings, 1,000,000 table cells. */
    public static final DocumentLimits DEFAULTS = new DocumentLimits(10_000, 200_000, 1_000_000);

    /** What is over a limit, in words, or empty when the document is within all of them. */
    public Optional<String> exceeded(Document doc) {
        long[] n = new long[3];
        Walker.walk(doc.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.FootnoteDefinition) {
                    n[0]++;
                } else if (b instanceof Block.Heading) {
                    n[1]++;
                } else if (b instanceof Block.Table t) {
                    n[2] += (long) t.alignments().size() * (t.rows().size() + 1);
                }
            }
        });
        if (n[0] > maxFootnotes) {
            return Optional.of(over(n[0], "footnotes", maxFootnotes, "--max-footnotes"));
        }
        if (n[1] > maxHeadings) {
            return Optional.of(over(n[1], "headings", maxHeadings, "--max-headings"));
        }
        if (n[2] > maxTableCells) {
            return Optional.of(over(n[2], "table cells", maxTableCells, "--max-table-cells"));
        }
        return Optional.empty();
    }

    private static String over(long count, String what, int limit, String option) {
        return String.format(Locale.ROOT, "has %,d %s, more than the limit of %,d (%s)", count, what, limit, option);
    }
}
