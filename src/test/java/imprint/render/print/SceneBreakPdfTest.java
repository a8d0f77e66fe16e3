package imprint.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.plan.Paper;
import imprint.plan.RenderOptions;
import imprint.testing.PdfValidator;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The PDF's scene break: a centred fleuron, never the first or last line of a page's text. */
class SceneBreakPdfTest {
    static final String FLEURON = "\u2766";

    /** Short paragraphs of varied length, a scene break after each: nearly every page end falls next to one. */
    static String breaks(int n) {
        StringBuilder b = new StringBuilder("# Scenes\n\n");
        for (int i = 0; i < n; i++) {
            b.append("Scene ").append(i).append(" begins here, ")
                    .append("and the snow went on falling over the closed roads of the valley. ".repeat(1 + i % 4))
                    .append("\n\n* * *\n\n");
        }
        return b.append("The end.\n").toString();
    }

    /**
     * A page's text lines without its furniture (the running head above, the folio below), or
     * where a break is at the top or the foot of it, "top" or "foot".
     */
    static String misplaced(List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        body.removeIf(String::isBlank);
        if (!body.isEmpty() && body.get(body.size() - 1).strip().matches("\\d+|[ivxlc]+")) {
            body.remove(body.size() - 1);
        }
        if (!body.isEmpty() && body.get(0).strip().startsWith("Breaks")) {
            body.remove(0);
        }
        if (body.isEmpty()) {
            return "";
        }
        return body.get(0).strip().equals(FLEURON) ? "top" : body.get(body.size() - 1).strip().equals(FLEURON) ? "foot" : "";
    }

    @Test
    void theCheckerSeesABreakAtTheTopOrTheFoot() {
        // Negative controls for the checker itself.
        assertEquals("top", misplaced(List.of("Breaks \u2014 Scenes", FLEURON, "Scene 3 begins", "7")));
        assertEquals("foot", misplaced(List.of("Breaks \u2014 Scenes", "Scene 3 begins", FLEURON, "7")));
        assertEquals("", misplaced(List.of("Breaks \u2014 Scenes", "Scene 3 begins", FLEURON, "Scene 4", "7")));
    }

    @Test
    void noBreakIsAtTheTopOrTheFootOfAPageAndNoneIsLost() throws Exception {
        int n = 240;
        byte[] pdf = BookFrontMatterTest.pdf("---\ntitle: Breaks\n---\n" + breaks(n),
                RenderOptions.DEFAULTS.withPaper(Paper.SIX_BY_NINE));
        int found = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> pages = BookFrontMatterTest.pages(d);
            assertTrue(pages.size() > 20, "enough page ends to test: " + pages.size());
            for (int i = 0; i < pages.size(); i++) {
                List<String> lines = pages.get(i).lines().toList();
                assertEquals("", misplaced(lines), "page " + (i + 1) + ":\n" + pages.get(i));
                found += (int) lines.stream().filter(l -> l.strip().equals(FLEURON)).count();
            }
        }
        assertEquals(n, found, "every break is drawn, as the fleuron on a line of its own");
        assertEquals(List.of(), PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
    }
}
