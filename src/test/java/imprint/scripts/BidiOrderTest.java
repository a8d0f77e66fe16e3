package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.render.pdf.draw.BundledFonts;
import imprint.render.pdf.layout.Face;
import imprint.render.pdf.layout.Glyphs;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.ParagraphLayout;
import imprint.render.pdf.layout.Run;
import imprint.render.pdf.layout.Style;
import imprint.render.pdf.layout.VBox;
import imprint.text.BidiText;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The display order of every laid-out line equals ICU's visual order for it (UAX #9, rule L2),
 * and right-to-left paragraphs end at the right edge of the measure.
 */
class BidiOrderTest {
    private static final double WIDTH = 2000; // one line each

    @ParameterizedTest
    @ValueSource(strings = {
        "עברית היא שפה שמית, ומדוברת בישראל על ידי 9 מיליון איש.",
        "اللغة العربية يتحدثها أكثر من 400 مليون نسمة في 22 دولة.",
        "The word עברית means Hebrew and العربية means Arabic; in 2024 there were 123 entries.",
        "Mixed שלום עולם 2024 and مرحبا 15 end."})
    void displayOrderIsIcusVisualOrder(String line) {
        Glyphs glyphs = new Glyphs(new BundledFonts(), "en");
        List<VBox> lines = new ParagraphLayout(glyphs).lay(List.of(new Run(line, Style.of(Face.SERIF, 10), null)),
                new ParagraphLayout.Spec(WIDTH, 0, 0, 1.3, false, null));
        assertEquals(1, lines.size());
        List<Op.Text> drawn = lines.get(0).ops().stream().filter(o -> o instanceof Op.Text).map(o -> (Op.Text) o)
                .sorted(Comparator.comparingDouble(Op.Text::x)).toList();
        StringBuilder shown = new StringBuilder();
        for (Op.Text t : drawn) {
            String s = t.text().strip();
            // a piece's characters are in logical order; a right-to-left piece is displayed reversed
            shown.append(hasRtl(s) ? new StringBuilder(s).reverse() : s);
        }
        boolean rtl = BidiText.rtlParagraph(line, null, "en");
        String visual = BidiText.visual(line, rtl);
        assertEquals(visual.replaceAll("\\s", ""), shown.toString().replaceAll("\\s", ""), line);
        assertNotEquals(line.replaceAll("\\s", ""), visual.replaceAll("\\s", ""), "the sample needs reordering");
        if (rtl) {
            Op.Text last = drawn.get(drawn.size() - 1);
            double right = last.x() + glyphs.fonts().metrics(last.style().face()).width(last.text().strip(), 10);
            assertEquals(WIDTH, right, 0.5, "a right-to-left line ends at the right edge");
        } else {
            assertTrue(drawn.get(0).x() < 1, "a left-to-right line starts at the left edge");
        }
    }

    private static boolean hasRtl(String s) {
        return s.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
