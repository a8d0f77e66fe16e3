package imprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line breaking and hyphenation, with fake metrics: properties, not pictures. */
class LineBreakingTest {
    private static final FakeMetrics FAKE = new FakeMetrics();
    private static final double SIZE = 10;

    private static String words(int n, long seed) {
        String[] pool = ("the quick brown fox jumps over lazy dogs while typesetters argue about justification "
                + "hyphenation kerning ligatures margins widows orphans and running headers").split(" ");
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(pool[r.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    private static Element paragraph() {
        Structure s = new Structure();
        return s.add(s.root(), Role.PARAGRAPH);
    }

    private static List<VBox> lay(String text, double width, boolean justify) {
        ParagraphLayout p = new ParagraphLayout(new Glyphs(FAKE));
        return p.lay(List.of(new Run(text, Style.of(Face.SERIF, SIZE), paragraph())),
                new ParagraphLayout.Spec(width, 0, 0, 1.4, justify, imprint.render.pdf.HyphenationPatterns.forLanguage("en")));
    }

    private static List<Op.Text> texts(VBox line) {
        List<Op.Text> out = new ArrayList<>();
        line.ops().forEach(op -> {
            if (op instanceof Op.Text t) {
                out.add(t);
            }
        });
        return out;
    }

    @Test
    void everyWordOnceInOrderAndNoLineTooWide() {
        for (long seed = 1; seed <= 30; seed++) {
            String text = words(120, seed);
            double width = 150 + seed * 7;
            List<VBox> lines = lay(text, width, true);
            StringBuilder got = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                List<Op.Text> t = texts(lines.get(i));
                for (Op.Text op : t) {
                    got.append(op.text());
                }
                Op.Text last = t.get(t.size() - 1);
                String drawn = last.text().strip().replace("\u00AD", "-");
                double right = last.x() + last.scale() * FAKE.width(drawn, SIZE);
                // Hanging punctuation: a final hyphen, stop or comma may reach 0.7 of its width past the measure.
                char end = drawn.charAt(drawn.length() - 1);
                // (A hyphen added at the break is drawn at the line's expansion, up to 2 % of its width more.)
                double hang = ".,-".indexOf(end) >= 0 ? 0.72 * FAKE.width(String.valueOf(end), SIZE) : 0;
                assertTrue(right <= width + hang + 0.01, "line " + i + " ends at " + right + " > " + width + ": " + last);
                assertTrue(Math.abs(last.scale() - 1) <= 0.02 + 1e-9, "expansion within 2 %: " + last.scale());
                if (i < lines.size() - 1 && right < width - 0.01) {
                    // Short of the measure only when its spaces are at their widest (LineSetter.MAX_RATIO).
                    for (int k = 1; k < t.size(); k++) {
                        double gap = t.get(k).x() - (t.get(k - 1).x() + t.get(k - 1).scale() * FAKE.width(t.get(k - 1).text().strip(), SIZE));
                        assertEquals(2 * FAKE.width(" ", SIZE), gap, 0.01, "line " + i + " short of the measure at " + right);
                    }
                } else if (i < lines.size() - 1) {
                    if (hang == 0) {
                        assertEquals(width, right, 0.01, "justified line " + i + " fills the measure");
                    }
                }
            }
            assertEquals(text.replace(" ", ""), got.toString().replace(" ", "").replace("\u00AD", ""), "seed " + seed);
        }
    }

    @Test
    void totalFitIsNoWorseThanFirstFit() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Item> items = new ArrayList<>();
            for (String w : words(150, seed).split(" ")) {
                if (!items.isEmpty()) {
                    items.add(new Item.Glue(SIZE * 0.5, SIZE * 0.25, SIZE * 0.17));
                }
                items.add(new Item.Box(FAKE.width(w, SIZE), null));
            }
            KnuthPlass.finish(items);
            KnuthPlass.LineWidths widths = l -> 260;
            double kp = cost(items, KnuthPlass.breakLines(items, widths), 260);
            double ff = cost(items, FirstFit.breakLines(items, widths), 260);
            assertTrue(kp <= ff + 1e-9, "seed " + seed + ": total-fit " + kp + " vs first-fit " + ff);
        }
    }

    /** Sum over all lines but the last of the squared adjustment ratio. */
    private static double cost(List<Item> items, List<KnuthPlass.Break> breaks, double width) {
        double total = 0;
        int start = 0;
        for (int b = 0; b < breaks.size() - 1; b++) {
            double nat = 0;
            double stretch = 0;
            double shrink = 0;
            int end = breaks.get(b).position();
            while (start < end && !(items.get(start) instanceof Item.Box)) {
                start++;
            }
            for (int i = start; i < end; i++) {
                if (items.get(i) instanceof Item.Box x) {
                    nat += x.width();
                } else if (items.get(i) instanceof Item.Glue g) {
                    nat += g.width();
                    stretch += g.stretch();
                    shrink += g.shrink();
                }
            }
            double r = nat < width ? (width - nat) / Math.max(stretch, 1e-9) : (width - nat) / Math.max(shrink, 1e-9);
            total += r * r;
            start = end + 1;
        }
        return total;
    }

    @Test
    void aLineThatCannotBeFilledStaysShortRatherThanOpeningHugeSpaces() {
        // FakeMetrics: 5 pt a character at 10 pt, a space too. "a b" and a 140 pt word cannot share a
        // 150 pt line, and nothing else can join "a b" on the first: only its one space could fill it.
        String text = "a b " + "x".repeat(28) + " c d e f g h i j k l m n o p";
        double width = 150;
        List<Item> items = new ArrayList<>();
        new WordItems(new Glyphs(FAKE)).build(List.of(new Run(text, Style.of(Face.SERIF, SIZE), paragraph())),
                new ParagraphLayout.Spec(width, 0, 0, 1.4, true, null), items, new ArrayList<>());
        KnuthPlass.finish(items);
        // The negative control: the breaker's ratio for that line is far past what is drawn.
        assertTrue(KnuthPlass.breakLines(items, line -> width).get(0).ratio() > LineSetter.MAX_RATIO * 10);
        List<VBox> lines = lay(text, width, true);
        for (VBox line : lines) {
            List<Op.Text> t = texts(line);
            for (int i = 1; i < t.size(); i++) {
                double gap = t.get(i).x() - (t.get(i - 1).x() + t.get(i - 1).scale() * FAKE.width(t.get(i - 1).text().strip(), SIZE));
                assertTrue(gap <= 2 * FAKE.width(" ", SIZE) + 0.01, "a space of " + gap + " pt before " + t.get(i).text());
            }
        }
        assertEquals("a ", texts(lines.get(0)).get(0).text());
    }

    @Test
    void openingQuotesHangIntoTheLeftMarginAndTheWordsStayInOrder() {
        // Every word quoted, so a line starts with an opening quote unless it starts inside a hyphenated word.
        String text = ("\u201C" + words(120, 7).replace(" ", "\u201D \u201C") + "\u201D");
        List<VBox> lines = lay(text, 200, true);
        int hanging = 0;
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            List<Op.Text> t = texts(lines.get(i));
            t.forEach(op -> got.append(op.text()));
            double x = t.get(0).x();
            if (i > 0 && t.get(0).text().startsWith("\u201C")) {
                // microtype's 500 for an opening double quote: half its width (FakeMetrics: 5 pt at 10 pt)
                assertEquals(-0.5 * FAKE.width("\u201C", SIZE), x, 1e-9, "line " + i);
                hanging++;
            } else {
                // The first line, and a line that starts with a word's second half, start on the margin.
                assertEquals(0, x, 1e-9, "line " + i + " starts on the margin: " + t.get(0).text());
            }
        }
        assertTrue(hanging > 10, "lines starting with a hanging quote: " + hanging);
        assertEquals(text.replace(" ", ""), got.toString().replace(" ", "").replace("\u00AD", ""));
    }

    @Test
    void anUnbreakableWordIsCutToTheMeasureAndALongParagraphIsFast() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<VBox> lines = lay("x".repeat(200_000), 300, true);
            assertTrue(lines.size() >= 200_000 * 5 / 300 - 1, "cut into lines: " + lines.size());
            for (VBox l : lines) {
                for (Op.Text t : texts(l)) {
                    assertTrue(t.x() + FAKE.width(t.text().strip(), SIZE) <= 300.01);
                }
            }
            List<VBox> para = lay(words(20_000, 7), 400, true);
            assertTrue(para.size() > 1000);
        });
    }

    @Test
    void raggedRightLinesAreNotStretched() {
        List<VBox> lines = lay(words(200, 3), 250, false);
        for (VBox l : lines) {
            List<Op.Text> t = texts(l);
            for (int i = 1; i < t.size(); i++) {
                Op.Text prev = t.get(i - 1);
                double gap = t.get(i).x() - prev.x() - FAKE.width(prev.text().strip(), SIZE);
                assertEquals(SIZE * 0.5, gap, 0.01, "natural word space");
            }
        }
    }

    @Test
    void hyphenationFollowsTheLanguagesPatterns() {
        assertArrayEquals(new int[] {2, 6}, imprint.render.pdf.HyphenationPatterns.forLanguage("en").points("hyphenation"), "hy-phen-ation");
        assertArrayEquals(new int[] {2, 4}, imprint.render.pdf.HyphenationPatterns.forLanguage("en-US").points("algorithm"), "al-go-rithm");
        assertArrayEquals(new int[0], imprint.render.pdf.HyphenationPatterns.forLanguage("en").points("dogs"), "short words stay whole");
        assertTrue(imprint.render.pdf.HyphenationPatterns.forLanguage("de").points("Silbentrennung").length >= 3, "German patterns load");
        assertTrue(imprint.render.pdf.HyphenationPatterns.forLanguage("ru").points("программирование").length >= 3, "Russian (KOI8-R file) loads");
        assertTrue(imprint.render.pdf.HyphenationPatterns.forLanguage("fr-CA").points("anticonstitutionnellement").length >= 5, "fr-CA uses French");
        assertEquals(0, imprint.render.pdf.HyphenationPatterns.forLanguage("xx").points("anything").length, "unknown language: no hyphenation");
    }

    @Test
    void charactersNoFontHasAreReplacedAndRemembered() {
        Glyphs g = new Glyphs(FAKE);
        List<Glyphs.Piece> pieces = g.split("ab\u4E2Dc", Face.SERIF);
        assertEquals("ab?c", String.join("", pieces.stream().map(Glyphs.Piece::text).toList()));
        assertEquals(java.util.Set.of(0x4E2D), g.missing());
    }
}
