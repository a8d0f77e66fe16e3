package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Document;
import imprint.model.ModelText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A DOCX read back with POI, paragraph by paragraph, for comparison with the model. */
final class DocxReadBack {
    /** Styles of paragraphs that are not the document's body: the title block and the contents. */
    static final Set<String> FRAME = Set.of("Title", "Subtitle", "Author", "Date", "TOCHeading", "TOC1", "TOC2", "TOC3",
            "ContactInfo", "Byline", "SceneBreak");

    /**
     * One paragraph as POI reads it.
     *
     * @param style  its style id
     * @param text   its runs' text (note reference marks contribute nothing)
     * @param numId  its numbering instance, or null
     * @param ilvl   its list level, or -1
     * @param left   its direct left indentation in twips, or -1
     */
    record Para(String style, String text, java.math.BigInteger numId, int ilvl, long left) {
    }

    private DocxReadBack() {
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Body paragraphs in reading order, descending into table cells. */
    static List<Para> paragraphs(XWPFDocument d) {
        List<Para> out = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(para(p));
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> out.add(para(p)))));
            }
        }
        return out;
    }

    static Para para(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            if (!"FootnoteReference".equals(r.getStyle())) { // a note's mark, Word's own or a second reference's number
                sb.append(r.text());
            }
        }
        var ppr = p.getCTP().getPPr();
        long left = ppr != null && ppr.isSetInd() && ppr.getInd().getLeft() != null
                ? Long.parseLong(ppr.getInd().getLeft().toString()) : -1;
        return new Para(p.getStyle(), sb.toString(), p.getNumID(), p.getNumIlvl() == null ? -1 : p.getNumIlvl().intValue(),
                left);
    }

    /**
     * The printed text of every body block, as {@link ModelText#printedBodyBlocks} gives it
     * but with each note reference as the number a word processor prints for it: 1, 2, 3 ...
     * in the order the text first references the notes (a reference without a note shows its
     * label in brackets).
     */
    static List<String> printedBlocksWithNoteNumbers(Document doc) {
        java.util.Set<String> defined = new java.util.HashSet<>();
        doc.blocks().forEach(b -> {
            if (b instanceof imprint.model.Block.FootnoteDefinition d) {
                defined.add(d.label());
            }
        });
        java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
        List<String> out = new ArrayList<>();
        blocks(doc.blocks().stream().filter(b -> !(b instanceof imprint.model.Block.FootnoteDefinition)).toList(),
                defined, numbers, out);
        out.removeIf(String::isBlank);
        return out;
    }

    private static void blocks(List<imprint.model.Block> blocks, Set<String> defined, java.util.Map<String, Integer> numbers,
                               List<String> out) {
        for (imprint.model.Block b : blocks) {
            if (b instanceof imprint.model.Block.Heading h) {
                out.add(text(h.content(), defined, numbers));
            } else if (b instanceof imprint.model.Block.Paragraph p) {
                out.add(text(p.content(), defined, numbers));
            } else if (b instanceof imprint.model.Block.CodeBlock c) {
                out.add(c.code());
            } else if (b instanceof imprint.model.Block.BlockQuote q) {
                blocks(q.blocks(), defined, numbers, out);
            } else if (b instanceof imprint.model.Block.BulletList l) {
                l.items().forEach(i -> blocks(i.blocks(), defined, numbers, out));
            } else if (b instanceof imprint.model.Block.OrderedList l) {
                l.items().forEach(i -> blocks(i.blocks(), defined, numbers, out));
            } else if (b instanceof imprint.model.Block.Table t) {
                t.header().forEach(c -> out.add(text(c.content(), defined, numbers)));
                t.rows().forEach(r -> r.forEach(c -> out.add(text(c.content(), defined, numbers))));
            } else if (b instanceof imprint.model.Block.Figure f) {
                out.add(f.caption());
            }
        }
    }

    private static String text(List<imprint.model.Inline> inlines, Set<String> defined, java.util.Map<String, Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (imprint.model.Inline in : inlines) {
            if (in instanceof imprint.model.Inline.Text t) {
                sb.append(t.text());
            } else if (in instanceof imprint.model.Inline.Code c) {
                sb.append(c.code());
            } else if (in instanceof imprint.model.Inline.LineBreak) {
                sb.append(' ');
            } else if (in instanceof imprint.model.Inline.FootnoteRef r) {
                sb.append(defined.contains(r.label()) ? Integer.toString(numbers.computeIfAbsent(r.label(), k -> numbers.size() + 1))
                        : "[" + r.label() + "]");
            } else if (imprint.model.Inlines.children(in) != null) {
                sb.append(text(imprint.model.Inlines.children(in), defined, numbers));
            }
        }
        return sb.toString();
    }

    /**
     * Every text block of the model's body (headings, paragraphs, code, captions, table
     * cells) is a paragraph of the DOCX with exactly that text, in the model's order, and
     * every paragraph in between says nothing (the title block, the contents, the empty
     * paragraphs that hold a picture or end a table). A task item's box is allowed before
     * its text. A reordered, repeated, lost or truncated block fails.
     */
    static void assertBodyInOrder(String name, Document doc, List<Para> paras) {
        List<String> blocks = ModelText.printedBodyBlocks(doc);
        int at = 0;
        for (String block : blocks) {
            String want = ModelText.squeeze(block);
            while (true) {
                assertTrue(at < paras.size(), name + ": block missing or out of order: " + block);
                Para p = paras.get(at++);
                String got = ModelText.squeeze(p.text().replaceFirst("^[\u2610\u2611] ", ""));
                if (got.equals(want)) {
                    break;
                }
                assertTrue(got.isEmpty() || FRAME.contains(p.style()),
                        name + ": paragraph \"" + p.text() + "\" (" + p.style() + ") where the model has \"" + block + "\"");
            }
        }
        for (; at < paras.size(); at++) {
            assertEquals("", ModelText.squeeze(paras.get(at).text()), name + ": text after the last block");
        }
    }
}
