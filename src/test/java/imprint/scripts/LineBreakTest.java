package imprint.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.render.pdf.draw.BundledFonts;
import imprint.render.pdf.layout.Face;
import imprint.render.pdf.layout.Glyphs;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.ParagraphLayout;
import imprint.render.pdf.layout.Run;
import imprint.render.pdf.layout.Style;
import imprint.render.pdf.layout.VBox;
import imprint.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text written without spaces breaks where ICU says it may (kinsoku for CJK, words for Thai). */
class LineBreakTest {
    private static final String JA = "日本語は、主に日本国内や日本人同士の間で使用されている言語である。日本は法令によって公用語を"
            + "規定していないが、法令その他の公用文は全て日本語で記述され、「国語」の教科として学習を行う。";

    @Test
    void japaneseBreaksBetweenCharactersWithKinsoku() {
        Glyphs glyphs = new Glyphs(new BundledFonts(), "ja");
        double width = 150;
        List<VBox> lines = new ParagraphLayout(glyphs).lay(List.of(new Run(JA, Style.of(Face.SERIF, 10), null)),
                new ParagraphLayout.Spec(width, 0, 0, 1.3, true, null));
        assertTrue(lines.size() >= 5, "a narrow column: " + lines.size() + " lines");
        List<String> texts = new ArrayList<>();
        for (VBox line : lines) {
            StringBuilder sb = new StringBuilder();
            double right = 0;
            for (Op op : line.ops()) {
                if (op instanceof Op.Text t) {
                    sb.append(t.text());
                    right = Math.max(right, t.x() + glyphs.fonts().metrics(t.style().face()).width(t.text(), 10));
                }
            }
            assertTrue(right <= width + 0.5, "line within the measure: " + right);
            texts.add(sb.toString());
        }
        assertEquals(JA, String.join("", texts), "no character lost or added (no marks, no spaces)");
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            assertFalse(i > 0 && "。、」）".indexOf(t.charAt(0)) >= 0, "line starts with closing punctuation: " + t);
            assertFalse(i < texts.size() - 1 && t.endsWith("「"), "line ends with an opening bracket: " + t);
        }
    }

    @Test
    void icuGivesTheOpportunities() {
        String marked = LineBreaks.withMarks("言語である。日本", "ja");
        assertFalse(marked.contains(LineBreaks.MARK + "。"), marked);
        assertTrue(marked.contains("語" + LineBreaks.MARK + "で"), marked);
        // Thai: by dictionary, at word boundaries only
        String thai = LineBreaks.withMarks("ภาษาไทยเป็นภาษาราชการ", "th");
        List<String> words = List.of(thai.split(String.valueOf(LineBreaks.MARK)));
        assertTrue(words.contains("ภาษา") && words.contains("ไทย"), words.toString());
        assertEquals("Latin text stays as it is", "Latin text stays as it is",
                LineBreaks.withMarks("Latin text stays as it is", "en"));
    }
}
