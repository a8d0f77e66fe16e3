package imprint.render.pdf.layout;

import imprint.model.Metadata;
import imprint.model.ModelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the page sets what a wire story carries, as a newspaper does: the byline's names with the
 * role and affiliation on a line of their own, the dateline opening the first paragraph in
 * small capitals, and a photo's credit small and flush right under the picture.
 */
final class WireLines {
    /** Lower-case letters set as capitals at this fraction of the size: the usual synthetic small caps. */
    static final double SMALL_CAPS = 0.78;

    private WireLines() {
    }

    /** One entry per byline line; {@code role} marks the lines that name a title or an affiliation. */
    record Line(String text, boolean role) {
    }

    static List<Line> byline(Metadata m) {
        List<Line> out = new ArrayList<>();
        if (m.contributors().isEmpty()) {
            if (!m.authors().isEmpty()) {
                out.add(new Line(String.join(", ", m.authors()), false));
            }
            return out;
        }
        for (String line : ModelText.bylineLines(m)) {
            boolean role = m.contributors().stream().anyMatch(c -> !c.roleLine().isEmpty() && c.roleLine().equals(line));
            out.add(new Line(line, role && !out.isEmpty()));
        }
        return out;
    }

    /**
     * The dateline's words in small capitals: capitals and everything that is not a lower-case
     * letter at the full size, runs of lower-case letters as capitals at {@link #SMALL_CAPS}.
     * The bundled faces' own small-capital glyphs need OpenType substitution, which the drawing
     * side does not apply to Latin text.
     */
    static List<Run> dateline(String text, Style base, Element owner, Locale locale) {
        List<Run> runs = new ArrayList<>();
        Style small = Style.of(base.face(), base.size() * SMALL_CAPS);
        int i = 0;
        while (i < text.length()) {
            boolean lower = Character.isLowerCase(text.codePointAt(i));
            int j = i;
            while (j < text.length() && Character.isLowerCase(text.codePointAt(j)) == lower) {
                j += Character.charCount(text.codePointAt(j));
            }
            String part = text.substring(i, j);
            runs.add(lower ? new Run(part.toUpperCase(locale), small, owner) : new Run(part, base, owner));
            i = j;
        }
        return runs;
    }

    /** The paragraph's runs; for the paragraph the dateline opens, with those words in small capitals. */
    static List<Run> opening(imprint.model.Block.Paragraph p, List<Run> text, imprint.plan.DocumentPlan plan) {
        if (p != plan.datelineParagraph() || text.isEmpty()) {
            return text;
        }
        String dateline = plan.metadata().dateline().text();
        Locale locale = Locale.forLanguageTag(plan.language());
        Run first = text.get(0);
        if (!first.text().startsWith(dateline)) {
            return text;
        }
        List<Run> out = new ArrayList<>(dateline(dateline, first.style(), first.owner(), locale));
        out.add(new Run(first.text().substring(dateline.length()), first.style(), first.owner()));
        out.addAll(text.subList(1, text.size()));
        return out;
    }

    /** A photo's credit: 7 pt sans in dark gray, its one line flush with {@code right}; a longer credit stays as laid. */
    static List<VBox> credit(String credit, Element owner, ParagraphLayout paragraphs, Glyphs glyphs,
            ParagraphLayout.Spec spec, double right) {
        List<Run> run = List.of(new Run(credit, new Style(Face.SANS, 7, null, false, 0, 0.25f), owner));
        List<VBox> lines = paragraphs.lay(run, spec);
        if (lines.size() != 1) {
            return lines;
        }
        VBox line = lines.get(0);
        double end = 0;
        for (Op op : line.ops()) {
            if (op instanceof Op.Text t) {
                end = Math.max(end, t.x() + glyphs.fonts().metrics(t.style().face()).width(t.text(), t.style().size()));
            }
        }
        double dx = right - end;
        if (dx <= 0) {
            return lines;
        }
        List<Op> moved = new ArrayList<>(line.ops().size());
        for (Op op : line.ops()) {
            moved.add(op.moved(dx, 0));
        }
        return List.of(line.withOps(moved));
    }
}
