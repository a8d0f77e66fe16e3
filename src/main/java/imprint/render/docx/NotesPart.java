package imprint.render.docx;

import imprint.plan.Notes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The notes part ({@code word/footnotes.xml}, or {@code word/endnotes.xml} for endnotes) as Word writes it: the separator and
 * continuation-separator notes (ids -1 and 0) first, then one {@code w:footnote} (or {@code w:endnote}) per note the
 * text references, in the order of the references. Each opens with one run holding the
 * Footnote Reference style and the {@code w:footnoteRef} mark, then a preserved space. Links
 * and images inside notes get relationships of this part ({@code footnotes.xml.rels}).
 * The other part (endnotes, or footnotes with {@code --notes end}) holds only the two
 * separators, as in a new Word document.
 */
final class NotesPart {
    static final String FOOTNOTES_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    static final String ENDNOTES_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml";

    private static final String SPACE = "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>";
    private static final String SEPARATOR_P = "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>";

    /**
     * A section's endnote numbering, 1, 2, 3 as the model numbers them: Word's default is i, ii,
     * iii, and LibreOffice reads the section's setting, not the document's.
     */
    static final String SECTION_ENDNOTES = "<w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr>";

    private NotesPart() {
    }

    /**
     * Writes the notes of every note the main text referenced into this part: the footnotes
     * part, or with {@code endnotes} the endnotes part (Word's own endnotes at the document's end).
     */
    static void notes(DocxState state, ListNumbering numbering, Xml out, PartRels rels, boolean endnotes) {
        String kind = endnotes ? "endnote" : "footnote";
        String refStyle = endnotes ? "EndnoteReference" : "FootnoteReference";
        out.raw(Xml.DECLARATION).raw("<w:" + kind + "s").raw(Xml.CONTENT_NAMESPACES).raw('>');
        separators(out, kind);
        Deque<Notes.Note> inner = new ArrayDeque<>();
        int id = 0;
        for (Notes.Note note : state.footnotes()) {
            id++;
            out.raw("<w:" + kind + " w:id=\"").raw(id).raw("\">");
            BlockWriter blocks = new BlockWriter(state, numbering, out, rels, inner::add, endnotes ? "EndnoteText" : "FootnoteText");
            blocks.prefixNextParagraph(() -> out.raw("<w:r><w:rPr><w:rStyle w:val=\"" + refStyle + "\"/></w:rPr>"
                    + "<w:" + kind + "Ref/></w:r>" + SPACE));
            blocks.write(note.definition().blocks());
            blocks.flushPrefix();
            // Notes referenced only from inside notes: printed here, under their marks.
            while (!inner.isEmpty()) {
                Notes.Note n = inner.poll();
                String mark = state.innerMark(n, () -> { });
                blocks.prefixNextParagraph(() -> out.raw("<w:r><w:rPr><w:rStyle w:val=\"" + refStyle + "\"/></w:rPr><w:t>")
                        .text(mark).raw("</w:t></w:r>").raw(SPACE));
                blocks.write(n.definition().blocks());
                blocks.flushPrefix();
            }
            out.raw("</w:" + kind + ">").maybeFlush();
        }
        out.raw("</w:" + kind + "s>");
    }

    /** The other notes part ({@code footnote} or {@code endnote}): its two separators only. */
    static byte[] separatorsOnly(String kind) {
        Xml out = Xml.inMemory().raw(Xml.DECLARATION).raw("<w:" + kind + "s xmlns:w=\"" + Xml.W + "\">");
        separators(out, kind);
        return out.raw("</w:" + kind + "s>").bytes();
    }

    private static void separators(Xml out, String kind) {
        out.raw("<w:" + kind + " w:type=\"separator\" w:id=\"-1\">" + SEPARATOR_P + "<w:r><w:separator/></w:r></w:p></w:"
                + kind + ">");
        out.raw("<w:" + kind + " w:type=\"continuationSeparator\" w:id=\"0\">" + SEPARATOR_P
                + "<w:r><w:continuationSeparator/></w:r></w:p></w:" + kind + ">");
    }
}
