package imprint.render.pdf.layout;

import imprint.model.Metadata;
import imprint.plan.Outline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The title block (title, subtitle, byline, rule) and the table of contents that opens the PDF. */
final class FrontMatter {
    /** Where front matter goes: the layouter's column, with its keep-with-next rules. */
    interface Column {
        void emit(List<VBox> boxes, double spaceBefore);

        void add(VBox box);

        void keepNext(int lines);
    }

    private final ParagraphLayout paragraphs;
    private final Glyphs glyphs;
    private final double width;
    private final TypeScale type;
    private final Structure structure;
    private final Element root;
    private final Column column;

    FrontMatter(ParagraphLayout paragraphs, Glyphs glyphs, double width, TypeScale type, Structure structure, Column column) {
        this.paragraphs = paragraphs;
        this.glyphs = glyphs;
        this.width = width;
        this.type = type;
        this.structure = structure;
        this.root = structure.root();
        this.column = column;
    }

    /** @param date the date as the title block shows it ({@code DocumentPlan.displayDate()}), or "" */
    void titleBlock(Metadata m, String fallbackTitle, String date) {
        String title = m.title().isBlank() ? fallbackTitle : m.title();
        Element h = structure.heading(root, 1);
        column.emit(center(List.of(new Run(title, Style.of(Face.SANS_BOLD, type.title()), h)), 1.2), 0);
        if (!m.subtitle().isBlank()) {
            Element p = structure.add(root, Role.PARAGRAPH);
            column.emit(center(List.of(new Run(m.subtitle(), Style.of(Face.SANS_ITALIC, type.subtitle()), p)), 1.3), 4);
        }
        List<WireLines.Line> byline = WireLines.byline(m);
        for (int i = 0; i < byline.size(); i++) {
            WireLines.Line line = byline.get(i);
            Style st = line.role() ? Style.of(Face.SERIF_ITALIC, type.byline() * 0.86) : Style.of(Face.SERIF, type.byline());
            boolean last = i == byline.size() - 1 && date.isEmpty();
            column.emit(center(List.of(new Run(line.text(), st, structure.add(root, Role.PARAGRAPH))), 1.4), i == 0 ? 8 : 0);
            if (!last) {
                column.keepNext(1);
            }
        }
        if (!date.isEmpty()) {
            column.emit(center(List.of(new Run(date, Style.of(Face.SERIF, type.byline() * 0.9), structure.add(root, Role.PARAGRAPH))), 1.4),
                    byline.isEmpty() ? 8 : 2);
        }
        List<Op> rule = List.of(new Op.Rule(width * 0.35, 9, width * 0.65, 9, 0.6, 0.35f));
        column.add(new VBox(18, 0, rule, true, null));
        column.keepNext(0);
    }

    /** The copyright line that closes a wire story ("© 2024 Ouest Wire"), small, after the text. */
    void copyright(String line) {
        if (!line.isBlank()) {
            List<Run> run = List.of(new Run(line, Style.of(Face.SERIF, 8.5), structure.add(root, Role.PARAGRAPH)));
            column.emit(paragraphs.lay(run, new ParagraphLayout.Spec(width, 0, 0, 1.3, false, null)), 14);
        }
    }

    void contents(List<Outline.Entry> entries, Map<String, Integer> pages) {
        Element toc = structure.add(root, Role.CONTENTS);
        List<Run> head = List.of(new Run("Contents", Style.of(Face.SANS_BOLD, type.heading(2)), structure.add(toc, Role.CAPTION)));
        column.emit(paragraphs.lay(head, new ParagraphLayout.Spec(width, 0, 0, 1.4, false, null)), 6);
        column.keepNext(1);
        for (Outline.Entry h : entries) {
            Element item = structure.add(toc, Role.CONTENTS_ITEM);
            Element link = structure.link(item, "#" + h.id(), h.text());
            Style st = Style.of(h.level() == 1 ? Face.SERIF_BOLD : Face.SERIF, type.body()).withLink("#" + h.id());
            double indent = (h.level() - 1) * 14;
            List<VBox> lines = paragraphs.lay(List.of(new Run(h.text(), st, link)),
                    new ParagraphLayout.Spec(width - 36, indent, 0, 1.45, false, null));
            if (lines.isEmpty()) {
                continue;
            }
            String number = Integer.toString(pages.getOrDefault(h.id(), 0));
            VBox last = lines.get(lines.size() - 1);
            List<Op> ops = new ArrayList<>(last.ops());
            double nw = glyphs.fonts().metrics(st.face()).width(number, type.body());
            double baseline = last.firstBaseline(type.body());
            ops.addAll(DotLeaders.between(textEnd(last), width - nw, baseline, glyphs));
            ops.add(new Op.Text(width - nw, baseline, number, Style.of(st.face(), type.body()), item));
            lines = new ArrayList<>(lines);
            lines.set(lines.size() - 1, last.withOps(ops));
            column.emit(lines, h.level() == 1 ? 4 : 0);
        }
        column.add(new VBox(14, 0, List.of(), true, null));
    }

    /** Where the text of a line ends: the right edge of its last word. */
    private double textEnd(VBox line) {
        double end = 0;
        for (Op op : line.ops()) {
            if (op instanceof Op.Text t) {
                end = Math.max(end, t.x() + glyphs.fonts().metrics(t.style().face()).width(t.text(), t.style().size()));
            }
        }
        return end;
    }

    /**
     * Centred lines, balanced: of the measures that give as few lines as the full width does,
     * the narrowest, so the lines come out as even as they can ("Ballots – / For Now", not a
     * long line over "– For Now").
     */
    List<VBox> center(List<Run> runs, double leading) {
        List<VBox> full = paragraphs.lay(runs, new ParagraphLayout.Spec(width, 0, 0, leading, false, null, true));
        if (full.size() < 2) {
            return full;
        }
        double lo = width / full.size();
        double hi = width;
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            if (lineCount(runs, mid, leading) <= full.size()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double margin = (width - hi) / 2;
        return paragraphs.lay(runs, new ParagraphLayout.Spec(width - margin, margin, 0, leading, false, null, true));
    }

    private int lineCount(List<Run> runs, double measure, double leading) {
        return paragraphs.lay(runs, new ParagraphLayout.Spec(measure, 0, 0, leading, false, null, true)).size();
    }

}
