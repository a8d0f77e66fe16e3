package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets one paragraph: turns styled runs into boxes, glue and penalties (with hyphenation points
 * and font fallback), breaks them into lines with {@link KnuthPlass} (or first-fit when ragged),
 * and returns one {@link VBox} per line with words placed so that justified lines fill the
 * measure exactly.
 */
public final class ParagraphLayout {
    /** Settings for one paragraph. */
    public record Spec(double width, double indent, double firstIndent, double leading, boolean justify,
                       Hyphenator hyphenator, boolean center) {
        public Spec(double width, double indent, double firstIndent, double leading, boolean justify, Hyphenator h) {
            this(width, indent, firstIndent, leading, justify, h, false);
        }
    }

    private final WordItems words;
    private final LineSetter setter;
    private final Glyphs glyphs;

    public ParagraphLayout(Glyphs glyphs) {
        this.words = new WordItems(glyphs);
        this.setter = new LineSetter(glyphs);
        this.glyphs = glyphs;
    }

    public List<VBox> lay(List<Run> runs, Spec spec) {
        runs = LineBreakHints.apply(runs, glyphs.language());
        List<Item> items = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        words.build(runs, spec, items, pieces);
        if (items.isEmpty()) {
            return List.of();
        }
        KnuthPlass.finish(items);
        KnuthPlass.LineWidths widths = line -> spec.width() - spec.indent() - (line == 0 ? spec.firstIndent() : 0);
        List<KnuthPlass.Break> breaks = spec.justify() ? KnuthPlass.breakLines(items, widths) : FirstFit.breakLines(items, widths);
        return BidiLines.reorder(setter.lines(items, pieces, breaks, spec), runs, spec, glyphs);
    }
}
