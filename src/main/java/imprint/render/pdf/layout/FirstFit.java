package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy line breaking, for ragged-right text: each line takes as many words as fit. */
final class FirstFit {
    private FirstFit() {
    }

    static List<KnuthPlass.Break> breakLines(List<Item> items, KnuthPlass.LineWidths widths) {
        List<KnuthPlass.Break> out = new ArrayList<>();
        double width = 0;
        int lastBreak = -1;
        int line = 0;
        boolean lineHasBox = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean legal = it instanceof Item.Glue && i > 0 && items.get(i - 1) instanceof Item.Box
                    || it instanceof Item.Penalty p && p.penalty() < Item.INFINITY;
            if (it instanceof Item.Penalty p && p.penalty() <= -Item.INFINITY) {
                out.add(new KnuthPlass.Break(i, 0));
                line++;
                width = 0;
                lastBreak = -1;
                lineHasBox = false;
                continue;
            }
            if (legal) {
                double extra = it instanceof Item.Penalty p ? p.width() : 0;
                if (width + extra <= widths.width(line) || !lineHasBox) {
                    lastBreak = i;
                }
            }
            if (it instanceof Item.Box b) {
                if (width + b.width() > widths.width(line) && lastBreak >= 0 && lineHasBox) {
                    out.add(new KnuthPlass.Break(lastBreak, 0));
                    line++;
                    // Re-measure what follows the break, skipping discardable items.
                    width = 0;
                    int k = lastBreak + 1;
                    while (k < i && !(items.get(k) instanceof Item.Box)) {
                        k++;
                    }
                    for (; k < i; k++) {
                        width += items.get(k) instanceof Item.Penalty ? 0 : items.get(k).width();
                    }
                    lastBreak = -1;
                }
                width += b.width();
                lineHasBox = true;
            } else if (it instanceof Item.Glue g) {
                width += g.width();
            }
        }
        return out;
    }
}
