package imprint.render.docx;

import imprint.model.Inline;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.PlannedImage;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes inline content as the runs ({@code w:r}) of one paragraph. Formatting is only bold,
 * italic and strike on runs plus character styles (Hyperlink, Verbatim Char, Footnote
 * Reference); everything else comes from paragraph styles. Newlines and tabs become
 * {@code w:br} and {@code w:tab}; links become {@code w:hyperlink} with a relationship of the
 * part being written, or an anchor at a heading's bookmark.
 *
 * <p>Word gives each note exactly one reference and has no notes inside notes: the first
 * reference from the text becomes the footnote's {@code w:footnoteReference} (numbered as Word
 * numbers it, by the order of the references); a second one, and a reference inside a note to
 * a note the text references, is written as that number in the Footnote Reference style; a
 * note referenced only from inside notes gets a letter mark and is handed to
 * {@code innerNotes}, to be printed at the end of the note that refers to it.
 */
final class RunWriter implements Inline.Visitor<Void> {
    /** Character formatting inherited down the inline tree. */
    private record Fmt(boolean bold, boolean italic, boolean strike, String charStyle) {
    }

    private static final Fmt PLAIN = new Fmt(false, false, false, null);

    private final DocxState state;
    private final Xml out;
    private final PartRels rels;
    private final Consumer<Notes.Note> innerNotes;
    private Fmt fmt = PLAIN;
    private boolean inLink;
    /** The language of the passage being written (a span's or division's), or "" for the document's. */
    private String lang = "";

    /**
     * @param rels       the relationships of the part being written
     * @param innerNotes where notes referenced from inside a note go; null in the main text
     */
    RunWriter(DocxState state, Xml out, PartRels rels, Consumer<Notes.Note> innerNotes) {
        this.state = state;
        this.out = out;
        this.rels = rels;
        this.innerNotes = innerNotes;
    }

    /** Sets the language of the passage the runs belong to (a division's); returns this. */
    RunWriter language(String l) {
        lang = l == null ? "" : l;
        return this;
    }

    void write(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(this);
        }
    }

    /** Plain text with the current formatting; line ends become breaks, tabs tabs. */
    void text(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (ScriptRuns.plain(s) && lang.isEmpty()) {
            oneRun(s, null);
            return;
        }
        for (ScriptRuns.Segment seg : ScriptRuns.split(s)) {
            oneRun(seg.text(), seg);
        }
    }

    private void oneRun(String s, ScriptRuns.Segment seg) {
        runStart(seg);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == '\n' || c == '\t' || c == '\r') {
                if (i > start) {
                    out.raw("<w:t xml:space=\"preserve\">").text(s.substring(start, i)).raw("</w:t>");
                }
                if (i < s.length() && c != '\r') {
                    out.raw(c == '\n' ? "<w:br/>" : "<w:tab/>");
                }
                start = i + 1;
            }
        }
        out.raw("</w:r>").maybeFlush();
    }

    /** A paragraph's content whose first text starts with the dateline: those words in the Dateline style. */
    void dateline(String dateline, List<Inline> content) {
        Fmt saved = fmt;
        fmt = new Fmt(fmt.bold, fmt.italic, fmt.strike, "Dateline");
        text(dateline);
        fmt = saved;
        String first = ((Inline.Text) content.get(0)).text();
        text(first.substring(dateline.length()));
        write(content.subList(1, content.size()));
    }

    /** Opens a run with the current formatting; rPr children in the schema's order. */
    private void runStart(ScriptRuns.Segment seg) {
        out.raw("<w:r>");
        boolean script = seg != null && (seg.rtl() || seg.font() != null || !lang.isEmpty());
        if (fmt.bold || fmt.italic || fmt.strike || fmt.charStyle != null || script) {
            out.raw("<w:rPr>");
            if (fmt.charStyle != null) {
                out.val("w:rStyle", fmt.charStyle);
            }
            if (seg != null && seg.font() != null) {
                // The font of the script's slot: complex scripts (w:cs) or East Asian (w:eastAsia).
                out.raw(seg.eastAsian() ? "<w:rFonts w:eastAsia=\"" : "<w:rFonts w:cs=\"").attr(seg.font()).raw("\"/>");
            }
            if (fmt.bold) {
                out.raw("<w:b/><w:bCs/>");
            }
            if (fmt.italic) {
                out.raw("<w:i/><w:iCs/>");
            }
            if (fmt.strike) {
                out.raw("<w:strike/>");
            }
            if (seg != null && seg.rtl()) {
                out.raw("<w:rtl/>");
            }
            if (script && !lang.isEmpty()) {
                // Word keeps three languages per run: Latin (w:val), East Asian and complex script.
                String slot = imprint.text.BidiText.rtlLanguage(lang) || ScriptRuns.complexLanguage(lang) ? "w:bidi"
                        : ScriptRuns.eastAsianLanguage(lang) ? "w:eastAsia" : "w:val";
                out.raw("<w:lang ").raw(slot).raw("=\"").attr(lang).raw("\"/>");
            }
            out.raw("</w:rPr>");
        }
    }

    @Override
    public Void visitSpan(Inline.Span s) {
        String saved = lang;
        if (!s.lang().isEmpty()) {
            lang = s.lang();
        }
        write(s.content());
        lang = saved;
        return null;
    }

    private void with(Fmt f, List<Inline> content) {
        Fmt saved = fmt;
        fmt = f;
        write(content);
        fmt = saved;
    }

    @Override
    public Void visitText(Inline.Text t) {
        text(t.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
        with(new Fmt(fmt.bold, !fmt.italic, fmt.strike, fmt.charStyle), e.content());
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
        with(new Fmt(true, fmt.italic, fmt.strike, fmt.charStyle), s.content());
        return null;
    }

    @Override
    public Void visitStrikethrough(Inline.Strikethrough s) {
        with(new Fmt(fmt.bold, fmt.italic, true, fmt.charStyle), s.content());
        return null;
    }

    @Override
    public Void visitCode(Inline.Code c) {
        Fmt saved = fmt;
        fmt = new Fmt(fmt.bold, fmt.italic, fmt.strike, "VerbatimChar");
        text(c.code());
        fmt = saved;
        return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
        LinkTarget t = state.plan().link(l.target());
        String bookmark = t.kind() == LinkTarget.Kind.INTERNAL ? state.bookmarkFor(t.id()) : null;
        if (inLink || bookmark == null && t.kind() != LinkTarget.Kind.EXTERNAL) {
            write(l.content()); // Word has no link inside a link; a link that goes nowhere is its text
            return null;
        }
        out.raw("<w:hyperlink ");
        if (bookmark != null) {
            out.raw("w:anchor=\"").attr(bookmark).raw('"');
        } else {
            out.raw("r:id=\"").raw(rels.hyperlink(t.uri())).raw('"');
        }
        if (!l.title().isEmpty()) {
            out.raw(" w:tooltip=\"").attr(l.title()).raw('"');
        }
        out.raw(" w:history=\"1\">");
        inLink = true;
        with(new Fmt(fmt.bold, fmt.italic, fmt.strike, "Hyperlink"), l.content());
        inLink = false;
        out.raw("</w:hyperlink>");
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        picture(im.source(), im.alt(), 1.2 * 72);
        return null;
    }

    /**
     * Embeds an image no taller than {@code maxHeightPt} and no wider than the text; shows the
     * placeholder every format shows when the image cannot be used.
     */
    void picture(String source, String alt, double maxHeightPt) {
        Optional<PlannedImage> planned = state.plan().image(source);
        if (planned.isEmpty()) {
            text(DocumentPlan.imagePlaceholder(alt));
            return;
        }
        PlannedImage p = planned.get();
        DocxState.Media media = state.media(p);
        String rel = rels.internal(PartRels.IMAGE, media.name());
        double scale = p.scaleToFit(state.textWidthPt(), maxHeightPt, 1.0);
        long cx = Math.max(1, Math.round(p.widthPt() * scale * 12700));
        long cy = Math.max(1, Math.round(p.heightPt() * scale * 12700));
        long id = state.nextDrawingId();
        String file = media.name().substring(media.name().lastIndexOf('/') + 1);
        out.raw("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"").raw(cx)
                .raw("\" cy=\"").raw(cy).raw("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"").raw(id)
                .raw("\" name=\"Picture ").raw(id).raw("\" descr=\"").attr(alt).raw("\"/>")
                .raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .raw("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"").attr(file).raw("\" descr=\"").attr(alt)
                .raw("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\" noChangeArrowheads=\"1\"/></pic:cNvPicPr></pic:nvPicPr>")
                .raw("<pic:blipFill><a:blip r:embed=\"").raw(rel).raw("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .raw("<pic:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").raw(cx).raw("\" cy=\"").raw(cy)
                .raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .raw("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        out.raw("<w:r><w:br/></w:r>");
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef ref) {
        Notes.Note note = state.plan().notes().get(ref.label());
        if (note == null) {
            text(Notes.unresolved(ref.label()));
            return null;
        }
        String kind = state.plan().options().endnotes() ? "Endnote" : "Footnote";
        if (innerNotes == null) {
            int id = state.referenceNote(note);
            if (id > 0) {
                out.raw("<w:r><w:rPr><w:rStyle w:val=\"" + kind + "Reference\"/></w:rPr><w:" + kind.toLowerCase(java.util.Locale.ROOT)
                        + "Reference w:id=\"").raw(id).raw("\"/></w:r>");
                return null;
            }
        }
        int id = state.footnoteId(note);
        String mark = id > 0 ? Integer.toString(id) : state.innerMark(note, () -> innerNotes.accept(note));
        Fmt saved = fmt;
        fmt = new Fmt(false, false, false, kind + "Reference");
        text(mark);
        fmt = saved;
        return null;
    }
}
