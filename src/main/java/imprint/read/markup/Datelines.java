package imprint.read.markup;

import imprint.model.Block;
import imprint.model.Dateline;
import imprint.model.Inline;
import imprint.model.Inlines;
import java.util.ArrayList;
import java.util.List;

/** Puts a wire story's dateline where a newspaper prints it: opening the first paragraph. */
public final class Datelines {
    private Datelines() {
    }

    /**
     * The blocks with the dateline's words and an em dash opening the first paragraph, unless the
     * wire already wrote them there; a story without paragraphs gets one holding the dateline.
     */
    public static List<Block> open(Dateline dl, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        if (dl.isEmpty()) {
            return out;
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Block.Paragraph p) {
                if (Inlines.plainText(p.content()).startsWith(dl.text())) {
                    return out;
                }
                List<Inline> c = new ArrayList<>();
                String lead = dl.text() + " \u2014 ";
                if (!p.content().isEmpty() && p.content().get(0) instanceof Inline.Text t) {
                    c.add(new Inline.Text(lead + t.text()));
                    c.addAll(p.content().subList(1, p.content().size()));
                } else {
                    c.add(new Inline.Text(lead));
                    c.addAll(p.content());
                }
                out.set(i, new Block.Paragraph(c));
                return out;
            }
        }
        out.add(0, new Block.Paragraph(List.of(new Inline.Text(dl.text()))));
        return out;
    }
}
