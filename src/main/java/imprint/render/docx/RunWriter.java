package imprint.render.docx;

import imprint.model.Inline;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.PlannedImage;
import imprint.resource.Resource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes inline content as runs of one paragraph. Formatting is only bold, italic and strike
 * on runs plus character styles (Hyperlink, Verbatim Char, Footnote Reference); everything
 * else comes from paragraph styles. Newlines and tabs become {@code w:br} and {@code w:tab}.
 */
final class RunWriter implements Inline.Visitor<Void> {
    /** Character formatting inherited down the inline tree. */
    private record Fmt(boolean bold, boolean italic, boolean strike, String charStyle) {
    }

    private final DocxState state;
    private final XWPFParagraph paragraph;
    private Supplier<CTR> target;
    private Fmt fmt = new Fmt(false, false, false, null);

    RunWriter(DocxState state, XWPFParagraph paragraph) {
        this.state = state;
        this.paragraph = paragraph;
        this.target = () -> paragraph.getCTP().addNewR();
    }

    void write(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(this);
        }
    }

    /** Plain text with the current formatting. */
    void text(String s) {
        if (s.isEmpty()) {
            return;
        }
        CTR r = run();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == '\n' || c == '\t' || i == s.length()) {
                if (i > start) {
                    CTText t = r.addNewT();
                    t.setStringValue(DocxText.clean(s.substring(start, i)));
                    t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                }
                if (i < s.length()) {
                    if (c == '\n') {
                        r.addNewBr();
                    } else {
                        r.addNewTab();
                    }
                }
                start = i + 1;
            }
        }
    }

    private CTR run() {
        CTR r = target.get();
        if (fmt.bold || fmt.italic || fmt.strike || fmt.charStyle != null) {
            CTRPr pr = r.addNewRPr();
            if (fmt.charStyle != null) {
                pr.addNewRStyle().setVal(fmt.charStyle);
            }
            if (fmt.bold) {
                pr.addNewB();
            }
            if (fmt.italic) {
                pr.addNewI();
            }
            if (fmt.strike) {
                pr.addNewStrike();
            }
        }
        return r;
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
        CTHyperlink h;
        LinkTarget t = state.plan().link(l.target());
        String bookmark = t.kind() == LinkTarget.Kind.INTERNAL ? state.bookmarkFor(t.id()) : null;
        if (bookmark != null) {
            h = paragraph.getCTP().addNewHyperlink();
            h.setAnchor(bookmark);
        } else if (t.kind() == LinkTarget.Kind.EXTERNAL) {
            String rel = paragraph.getDocument().getPackagePart()
                    .addExternalRelationship(t.uri(), org.apache.poi.xwpf.usermodel.XWPFRelation.HYPERLINK.getRelation())
                    .getId();
            h = paragraph.getCTP().addNewHyperlink();
            h.setId(rel);
        } else {
            write(l.content());
            return null;
        }
        if (!l.title().isEmpty()) {
            h.setTooltip(l.title());
        }
        Supplier<CTR> saved = target;
        target = h::addNewR;
        with(new Fmt(fmt.bold, fmt.italic, fmt.strike, "Hyperlink"), l.content());
        target = saved;
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        picture(im.source(), im.alt(), 1.2 * 72);
        return null;
    }

    /**
     * Embeds an image no taller than {@code maxHeightPt} and no wider than the text; falls
     * back to the alt text when the image cannot be used.
     */
    void picture(String source, String alt, double maxHeightPt) {
        Optional<PlannedImage> planned = state.plan().image(source);
        if (planned.isEmpty()) {
            text(DocumentPlan.imagePlaceholder(alt));
            return;
        }
        PlannedImage p = planned.get();
        Resource r = p.resource();
        double scale = p.scaleToFit(state.textWidthPt(), maxHeightPt, 1.0);
        int wEmu = (int) Math.round(p.widthPt() * scale * 12700);
        int hEmu = (int) Math.round(p.heightPt() * scale * 12700);
        XWPFRun run = new XWPFRun(target.get(), paragraph);
        try {
            XWPFPicture pic = run.addPicture(new ByteArrayInputStream(r.bytes()),
                    r.isPng() ? PictureType.PNG : PictureType.JPEG, r.name(), Math.max(wEmu, 1), Math.max(hEmu, 1));
            var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(alt);
            inline.getDocPr().setId(state.nextDrawingId());
            pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("image " + source + " could not be embedded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        target.get().addNewBr();
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef ref) {
        java.math.BigInteger id = state.footnoteId(ref.label());
        if (id == null) {
            text(Notes.unresolved(ref.label()));
            return null;
        }
        CTR r = target.get();
        r.addNewRPr().addNewRStyle().setVal("FootnoteReference");
        r.addNewFootnoteReference().setId(id);
        return null;
    }
}
