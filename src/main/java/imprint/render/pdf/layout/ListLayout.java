package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.plan.DocumentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Bullet and numbered lists: each item's blocks laid out by the layouter one indent in, with
 * its label hung in the indent on the first line (on the right in a right-to-left list),
 * short items kept on one page.
 */
final class ListLayout {
    private static final double LABEL_WIDTH = 18;
    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25E6"};

    private final BlockLayouter l;

    ListLayout(BlockLayouter layouter) {
        this.l = layouter;
    }

    void bullets(Block.BulletList list) {
        int depth = (int) Math.round(l.ctx.indent() / LABEL_WIDTH);
        lay(list.items(), i -> BULLETS[depth % 3], list.tight());
    }

    void numbered(Block.OrderedList list) {
        lay(list.items(), i -> (list.start() + i) + ".", list.tight());
    }

    private void lay(List<Block.ListItem> items, IntFunction<String> label, boolean tight) {
        BlockLayouter.Ctx saved = l.ctx;
        Column column = l.column;
        Structure structure = l.structure;
        Element list = structure.add(saved.parent(), Role.LIST);
        Runnable unmirror = l.mirror.enter(Mirror.rtl(items.isEmpty() ? List.of() : items.get(0).blocks(), l.glyphs),
                saved.indent());
        for (int i = 0; i < items.size(); i++) {
            Block.ListItem item = items.get(i);
            Element li = structure.add(list, Role.LIST_ITEM);
            Element lbl = structure.add(li, Role.LABEL);
            Element body = structure.add(li, Role.LIST_BODY);
            String mark = label.apply(i);
            if (item.task() != Block.Task.NONE) {
                mark = DocumentPlan.taskBox(item.task());
            }
            int from = column.size();
            l.ctx = new BlockLayouter.Ctx(saved.indent() + LABEL_WIDTH, body, saved.size(), saved.quote());
            l.indentNext = false;
            double before = i == 0 ? saved.size() * 0.5 : tight ? 1 : saved.size() * 0.4;
            for (Block b : item.blocks()) {
                b.accept(l);
            }
            if (column.size() == from) {
                column.add(new VBox(saved.size() * BlockLayouter.LEADING, 0, List.of(), true, null));
            }
            column.keepTogether(from, 4);
            VBox first = column.get(from);
            List<Op> ops = new ArrayList<>(first.ops());
            Style st = Style.of(Face.SERIF, saved.size());
            double baseline = first.firstBaseline(saved.size());
            Glyphs.Piece lp = l.glyphs.split(mark, Face.SERIF).get(0);
            Face lf = lp.face();
            mark = lp.text();
            double lw = l.glyphs.fonts().metrics(lf).width(mark, saved.size());
            // The label comes first in the content stream, as it is read first.
            double at = l.mirror.x(saved.indent() + LABEL_WIDTH - 5 - lw, lw, l.width);
            ops.add(0, new Op.Text(at, baseline, mark, st.withFace(lf), lbl));
            column.set(from, first.withOps(ops).withSpaceBefore(tight && i > 0 ? 1 : before));
        }
        unmirror.run();
        l.ctx = saved;
        l.indentNext = false;
    }
}
