package imprint.render.pdf;

import static imprint.testing.SampleDocuments.h;
import static imprint.testing.SampleDocuments.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Metadata;
import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.render.pdf.layout.PageGeometry;
import imprint.testing.SampleDocuments;
import imprint.testing.Typometrics;
import imprint.testing.Typometrics.Line;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Book-grade composition, read back from the PDF's own text positions: the measure, lines that
 * never run past the margin, hyphen ladders, pages that end neither in a hyphen nor on a
 * heading, at A4, Letter and 6x9in. Each property's checker is shown to fail on lines that
 * break it (the negative controls), so a pass means something.
 */
class CompositionTest {
    private static final Map<String, Paper> PAPERS = Map.of("a4", Paper.A4, "letter", Paper.LETTER, "6x9in", Paper.SIX_BY_NINE);

    /** A long book whose chapters open with a heading straight followed by a section heading. */
    private static Document chainedBook() {
        Document book = SampleDocuments.longBook(16, 10);
        List<Block> blocks = new ArrayList<>();
        int c = 0;
        for (Block b : book.blocks()) {
            blocks.add(b);
            if (b instanceof Block.Heading hd && hd.level() == 1) {
                c++;
                blocks.add(h(2, "Opening of part " + c, "opening-" + c));
            }
        }
        return new Document(book.metadata(), blocks);
    }

    private static List<Line> lines(Document doc, Paper paper) throws IOException {
        RenderOptions options = RenderOptions.DEFAULTS.withPaper(paper);
        return Typometrics.lines(PdfRendererTest.render(doc, options, new Diagnostics()));
    }

    private static double right(Paper paper) {
        PageGeometry g = PageGeometry.forPaper(paper.width(), paper.height(), false);
        return g.inner() + g.textWidth();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a4", "letter", "6x9in"})
    void measureMarginsAndHyphens(String name) throws IOException {
        Paper paper = PAPERS.get(name);
        List<Line> all = lines(chainedBook(), paper);
        List<Line> body = Typometrics.body(all);
        assertTrue(body.size() > 500, "a long book: " + body.size());
        double chars = Typometrics.medianChars(body);
        assertTrue(chars >= 60 && chars <= 75, name + ": median characters per line " + chars);
        assertEquals(List.of(), Typometrics.pastMarginBeyondProtrusion(all, right(paper), 0.5),
                name + ": lines past the right margin beyond their designed protrusion");
        // Hanging punctuation is there: full lines ending in a hyphen, full stop or comma reach past the measure.
        long hanging = body.stream().filter(l -> l.x1() > right(paper) + 0.5 && Typometrics.hang(l) > 0).count();
        assertTrue(hanging > 50, name + ": lines with hanging punctuation " + hanging);
        // Ladders over every line of text, short last lines included: a ladder does not run across paragraphs.
        List<Line> text = all.stream().filter(l -> l.font().contains("Serif") && l.y() > 0.07 * l.pageHeight()
                && l.y() < 0.93 * l.pageHeight()).toList();
        assertTrue(Typometrics.longestLadder(text) <= 2, name + ": ladder of " + Typometrics.longestLadder(text));
        // The last line of text on a page in body size (footnotes below it are smaller), short lines included.
        double bodySize = PageGeometry.forPaper(paper.width(), paper.height(), false).type().body();
        List<Line> bodySized = text.stream().filter(l -> l.size() > bodySize * 0.95).toList();
        assertEquals(0.0, Typometrics.pagesEndingInHyphen(bodySized), name + ": pages ending in a hyphen");
        assertEquals(List.of(), strandedHeadings(all), name + ": headings at the foot of a page");
    }

    /** Pages whose last line of text above the folio is a heading (bold sans at least body size). */
    static List<Line> strandedHeadings(List<Line> all) {
        Map<Integer, Line> last = new TreeMap<>();
        for (Line l : all) {
            if (l.y() < 0.93 * l.pageHeight() && l.y() > 0.07 * l.pageHeight() && !l.text().isBlank()) {
                last.put(l.page(), l);
            }
        }
        return last.values().stream().filter(l -> l.font().contains("Sans-Bold") && l.size() >= 10).toList();
    }

    private static Line line(int page, double x1, double y, String font, double size, String text) {
        return new Line(page, 72, x1, y, size, font, text, 595, 842);
    }

    @Test
    void theCheckersSeeWhatTheyForbid() {
        List<Line> ladder = List.of(line(0, 400, 100, "NotoSerif-Regular", 11, "one two three four hyphen\u00AD"),
                line(0, 400, 114, "NotoSerif-Regular", 11, "ated five six seven eight hy-"),
                line(0, 400, 128, "NotoSerif-Regular", 11, "phen nine ten eleven twelve a\u00AD"),
                line(0, 380, 142, "NotoSerif-Regular", 11, "gain and that is the end."));
        assertEquals(3, Typometrics.longestLadder(ladder));
        assertEquals(1, Typometrics.pastMargin(List.of(line(0, 400.6, 100, "NotoSerif-Regular", 11, "a b c d e")), 400, 0.5).size());
        assertEquals(0, Typometrics.pastMargin(List.of(line(0, 400.4, 100, "NotoSerif-Regular", 11, "a b c d e")), 400, 0.5).size());
        // A hyphen may hang 0.7 of its width (at most 0.28 em) into the margin; a letter may not.
        assertEquals(0, Typometrics.pastMarginBeyondProtrusion(List.of(line(0, 402.5, 100, "NotoSerif-Regular", 11, "a b c hy\u00AD")), 400, 0.5).size());
        assertEquals(1, Typometrics.pastMarginBeyondProtrusion(List.of(line(0, 404, 100, "NotoSerif-Regular", 11, "a b c hy\u00AD")), 400, 0.5).size());
        assertEquals(1, Typometrics.pastMarginBeyondProtrusion(List.of(line(0, 401, 100, "NotoSerif-Regular", 11, "a b c d e")), 400, 0.5).size());
        assertEquals(1.0, Typometrics.pagesEndingInHyphen(ladder.subList(0, 3)));
        List<Line> page = List.of(line(0, 400, 700, "NotoSerif-Regular", 11, "the last words of a paragraph here"),
                line(0, 200, 760, "AAAAAA+NotoSans-Bold", 17.8, "Chapter 3"));
        assertEquals(1, strandedHeadings(page).size());
        assertEquals(0, strandedHeadings(page.subList(0, 1)).size());
        assertEquals(29.0, Typometrics.medianChars(ladder));
    }

    /** The last line of a paragraph is never a lone fragment: at least a fifth of the measure. */
    @Test
    void noParagraphEndsOnAFragment() throws IOException {
        Paper paper = PAPERS.get("6x9in");
        PageGeometry g = PageGeometry.forPaper(paper.width(), paper.height(), false);
        List<Line> all = lines(SampleDocuments.longBook(10, 10), paper);
        int checked = 0;
        for (int i = 1; i < all.size(); i++) {
            Line l = all.get(i);
            Line prev = all.get(i - 1);
            boolean paragraphEnd = l.text().strip().endsWith(".") && l.font().contains("Serif")
                    && prev.font().contains("Serif") && prev.page() == l.page()
                    && Math.abs(prev.x1() - right(paper)) < 1 && l.x1() < right(paper) - 1;
            if (paragraphEnd) {
                checked++;
                assertTrue(l.x1() - l.x0() >= 0.2 * g.textWidth() - 0.5, "fragment: \"" + l.text() + "\" on page " + (l.page() + 1));
            }
        }
        assertTrue(checked > 50, "paragraph ends checked: " + checked);
    }
}
