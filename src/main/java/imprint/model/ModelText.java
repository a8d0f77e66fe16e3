package imprint.model;

import java.util.ArrayList;
import java.util.List;


/**
 * The reading text of a document: what every renderer must show, in order. Tests compare
 * text extracted from exported files against it.
 */
public final class ModelText {
    private ModelText() {
    }

    /**
     * One string per text-bearing block of the body (headings, paragraphs, code, figure alt
     * text and caption, table cells), in reading order; footnote definitions are left out.
     */
    public static List<String> bodyBlocks(Document doc) {
        List<Block> body = doc.blocks().stream()
                .filter(b -> !(b instanceof Block.FootnoteDefinition)).toList();
        return blocks(body);
    }

    /**
     * Like {@link #bodyBlocks} but as printed: figures contribute their caption only and inline
     * images nothing, since their alt text is not on the page.
     */
    public static List<String> printedBodyBlocks(Document doc) {
        List<Block> body = doc.blocks().stream()
                .filter(b -> !(b instanceof Block.FootnoteDefinition)).toList();
        return blocks(body, false);
    }

    /**
     * The byline as a reader meets it under the title: for each run of contributors that share a
     * job title and affiliation, one line with their names ("Jane Doe and John Roe") and, when
     * there is one, one line with the title and affiliation ("Staff Writers" is not invented:
     * the title as written, then the affiliation). The plan and every renderer show these lines.
     */
    public static List<String> bylineLines(Metadata m) {
        List<String> out = new ArrayList<>();
        List<Contributor> cs = m.contributors();
        int i = 0;
        while (i < cs.size()) {
            int j = i + 1;
            while (j < cs.size() && cs.get(j).roleLine().equals(cs.get(i).roleLine())) {
                j++;
            }
            out.add(names(cs.subList(i, j)));
            if (!cs.get(i).roleLine().isEmpty()) {
                out.add(cs.get(i).roleLine());
            }
            i = j;
        }
        return out;
    }

    /** "A", "A and B", "A, B and C". */
    public static String names(List<Contributor> cs) {
        List<String> n = cs.stream().map(Contributor::name).toList();
        if (n.size() <= 1) {
            return String.join("", n);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /** The text blocks of footnotes, in the order given (number order). */
    public static List<String> footnoteBlocks(List<Block.FootnoteDefinition> notes) {
        List<String> out = new ArrayList<>();
        for (Block.FootnoteDefinition d : notes) {
            out.addAll(blocks(d.blocks()));
        }
        return out;
    }

    /** Text-bearing blocks of a block list, in reading order. */
    public static List<String> blocks(List<Block> blocks) {
        return blocks(blocks, true);
    }

    private static List<String> blocks(List<Block> blocks, boolean withAlt) {
        List<String> out = new ArrayList<>();
        Walker.walk(blocks, new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.Heading h) {
                    out.add(text(h.content(), withAlt));
                } else if (b instanceof Block.Paragraph p) {
                    out.add(text(p.content(), withAlt));
                } else if (b instanceof Block.CodeBlock c) {
                    out.add(c.code());
                } else if (b instanceof Block.Figure f) {
                    String shown = (f.caption() + " " + f.credit()).strip();
                    out.add(withAlt ? (f.alt() + " " + shown).strip() : shown);
                } else if (b instanceof Block.Table t) {
                    t.header().forEach(c -> out.add(text(c.content(), withAlt)));
                    t.rows().forEach(r -> r.forEach(c -> out.add(text(c.content(), withAlt))));
                }
            }
        });
        out.removeIf(String::isBlank);
        return out;
    }

    private static String text(List<Inline> inlines, boolean withAlt) {
        return withAlt ? Inlines.plainText(inlines) : Inlines.printedText(inlines);
    }

    /** Collapses all white space (including no-break spaces) to single spaces and strips. */
    public static String normalizeSpace(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009]+", " ").strip();
    }

    /** Removes all white space, for comparing text whose line breaks and hyphens differ. */
    public static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009\\u00AD]+", "");
    }
}
