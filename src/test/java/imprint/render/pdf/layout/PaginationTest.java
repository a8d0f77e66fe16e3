package imprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.diag.Diagnostics;
import imprint.model.Document;
import imprint.resource.ResourceResolver;
import imprint.testing.SampleDocuments;
import imprint.plan.DocumentPlan;
import imprint.plan.RenderContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination properties on a long book, with fake metrics; failures show the layout dump. */
class PaginationTest {
    private static final PageGeometry A5 = PageGeometry.forPaper(420, 595, false);

    private static List<PageLayout> paginate(Document doc) {
        Glyphs glyphs = new Glyphs(new FakeMetrics());
        DocumentPlan plan = DocumentPlan.of(doc, RenderContext.defaults("Book.md"));
        BlockLayouter layouter = new BlockLayouter(glyphs, A5, imprint.render.pdf.HyphenationPatterns.forLanguage("en"), true, plan,
                new Structure());
        List<VBox> boxes = layouter.layout();
        return new Paginator(A5, "Book", glyphs, layouter.footnotes()).paginate(boxes);
    }

    @Test
    void nothingOverflowsHeadingsNeverEndAPageAndNotesShareTheirPage() {
        Document doc = SampleDocuments.longBook(12, 9);
        List<PageLayout> pages = paginate(doc);
        String dump = LayoutPrinter.print(pages);
        assertTrue(pages.size() > 10, dump);
        for (PageLayout p : pages) {
            double bottom = A5.top() + A5.textHeight() + 0.01;
            List<Op.Text> body = new ArrayList<>();
            String lastBodyType = null;
            for (Op op : p.ops()) {
                if (op instanceof Op.Text t && t.owner() != null) {
                    assertTrue(t.y() <= bottom, "page " + p.number() + " overflows at " + t.y() + "\n" + dump);
                    body.add(t);
                    if (t.owner().role() != Role.NOTE && t.owner().parent().role() != Role.NOTE) {
                        lastBodyType = t.owner().role().name();
                    }
                }
            }
            assertTrue(lastBodyType == null || !lastBodyType.equals("HEADING"),
                    "page " + p.number() + " ends with a heading\n" + dump);
            // Every note reference on the page has its note on the same page (or starting on it).
            for (Op op : p.ops()) {
                if (op instanceof Op.Link l && l.target().startsWith("#fn-")) {
                    String id = l.target().substring(1);
                    assertTrue(p.ops().stream().anyMatch(o -> o instanceof Op.Dest d && id.equals(d.id())),
                            "note " + id + " on page " + p.number() + "\n" + dump);
                }
            }
        }
        assertEquals(12, pages.stream().flatMap(p -> p.ops().stream())
                .filter(o -> o instanceof Op.Dest d && d.id() != null && d.id().startsWith("fn-")).count());
    }

    @Test
    void theDumpNamesEveryPageAndLine() {
        List<PageLayout> pages = paginate(SampleDocuments.seedArticle());
        String dump = LayoutPrinter.print(pages);
        assertTrue(dump.startsWith("page 1 420.0x595.0"), dump);
        assertTrue(dump.contains(" HEADING1 \"After \""), dump);
        assertTrue(dump.lines().filter(l -> l.contains(" PARAGRAPH \"")).count() > 20, dump);
    }
}
