package imprint.render.pdf.layout;

import imprint.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts ICU's line-break opportunities into runs of Thai, CJK and the other scripts written
 * without spaces (see {@link LineBreaks}), as marks that {@link ParagraphLayout} turns into
 * zero-width breaks that may stretch (inter-character justification). Runs of other scripts
 * pass through untouched, so ICU is not loaded for them.
 */
final class LineBreakHints {
    private LineBreakHints() {
    }

    static List<Run> apply(List<Run> runs, String language) {
        List<Run> out = null;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.image() == null && LineBreaks.needsMarks(r.text())) {
                if (out == null) {
                    out = new ArrayList<>(runs.subList(0, i));
                }
                out.add(new Run(LineBreaks.withMarks(r.text(), language), r.style(), r.owner(), null, 0, 0));
            } else if (out != null) {
                out.add(r);
            }
        }
        return out == null ? runs : out;
    }
}
