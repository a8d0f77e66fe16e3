package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.plan.DocumentPlan;
import imprint.plan.PlannedImage;
import java.util.List;
import java.util.Optional;

/** A figure: its image scaled to the column (or its description in brackets), credit and caption kept with it. */
final class FigureLayout {
    private final BlockLayouter b;

    FigureLayout(BlockLayouter b) {
        this.b = b;
    }

    void lay(Block.Figure f) {
        Element fig = b.structure.described(b.ctx.parent(), Role.FIGURE, f.alt().isEmpty() ? f.caption() : f.alt());
        Optional<PlannedImage> img = b.plan.image(f.source());
        if (img.isPresent()) {
            PlannedImage p = img.get();
            double scale = p.scaleToFit(b.width - b.ctx.indent(), b.maxImageHeight, 2.0);
            double dw = p.widthPt() * scale;
            double dh = p.heightPt() * scale;
            double x = b.ctx.indent() + (b.width - b.ctx.indent() - dw) / 2;
            b.column.add(new VBox(dh, b.ctx.size() * 0.8, List.of(new Op.Image(x, 0, dw, dh, p.resource(), fig)),
                    b.column.keepNext() == 0, null));
            b.column.keepNext(0);
            if (!f.credit().isBlank()) {
                b.column.keepNext(1); // under its photo, flush with the photo's right edge
                b.column.emit(WireLines.credit(f.credit(), b.structure.add(fig, Role.CAPTION), b.paragraphs, b.glyphs,
                        new ParagraphLayout.Spec(b.width, b.ctx.indent(), 0, 1.3, false, null), x + dw), 2);
            }
        } else {
            List<Run> placeholder = List.of(new Run(DocumentPlan.imagePlaceholder(f.alt()),
                    Style.of(Face.SERIF_ITALIC, b.ctx.size()), b.structure.add(fig, Role.PARAGRAPH)));
            b.column.emit(b.paragraphs.lay(placeholder, new ParagraphLayout.Spec(b.width, b.ctx.indent(), 0, BlockLayouter.LEADING, false, null, true)),
                    b.ctx.size() * 0.6);
        }
        if (!f.caption().isEmpty()) {
            Element cap = b.structure.add(fig, Role.CAPTION);
            List<Run> caption = List.of(new Run(f.caption(), Style.of(Face.SERIF_ITALIC, b.ctx.size() * 0.9), cap));
            List<VBox> lines = b.paragraphs.lay(caption, new ParagraphLayout.Spec(b.width, b.ctx.indent(), 0, BlockLayouter.LEADING, false, null, true));
            b.column.keepNext(1); // the caption stays with its image
            b.column.emit(lines, 4);
        }
    }
}
