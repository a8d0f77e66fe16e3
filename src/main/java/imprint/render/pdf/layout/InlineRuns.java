package imprint.render.pdf.layout;

import imprint.model.Inline;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.plan.PlannedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns inline content into styled runs: emphasis and strong pick faces, code the mono face,
 * links become link elements with their target, footnote references raised numbers linking to
 * their note. Inline images are drawn at text size as figures with their alternative text.
 */
final class InlineRuns implements Inline.Visitor<Void> {
    private final List<Run> out = new ArrayList<>();
    private final RunContext context;
    private final boolean pictures;
    private Style style;
    private Element tag;

    private InlineRuns(Style base, Element tag, RunContext context, boolean pictures) {
        this.style = base;
        this.tag = tag;
        this.context = context;
        this.pictures = pictures;
    }

    static List<Run> of(List<Inline> inlines, Style base, Element tag, RunContext context) {
        InlineRuns r = new InlineRuns(base, tag, context, false);
        r.all(inlines);
        return r.out;
    }

    /** Like {@link #of} but with inline pictures drawn (where they are not, their description is set). */
    static List<Run> withImages(List<Inline> inlines, Style base, Element tag, RunContext context) {
        InlineRuns r = new InlineRuns(base, tag, context, true);
        r.all(inlines);
        return r.out;
    }

    private void all(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(this);
        }
    }

    private void with(Style s, List<Inline> content) {
        Style saved = style;
        style = s;
        all(content);
        style = saved;
    }

    @Override
    public Void visitText(Inline.Text t) {
        out.add(new Run(t.text(), style, tag));
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
        with(style.withFace(style.face().with(style.face().bold(), !style.face().italic())), e.content());
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
        with(style.withFace(style.face().with(true, style.face().italic())), s.content());
        return null;
    }

    /**
     * A passage in its own language: a Span element with its /Lang, whose language also picks
     * the CJK variant of its characters (see {@link ParagraphLayout}).
     */
    @Override
    public Void visitSpan(Inline.Span s) {
        if (tag == null || s.lang().isEmpty()) {
            all(s.content());
            return null;
        }
        Element saved = tag;
        tag = context.structure.phrase(tag, s.lang());
        all(s.content());
        tag = saved;
        return null;
    }

    @Override
    public Void visitStrikethrough(Inline.Strikethrough s) {
        with(style.withStrike(true), s.content());
        return null;
    }

    @Override
    public Void visitCode(Inline.Code c) {
        Face mono = Face.MONO.with(style.face().bold(), false);
        out.add(new Run(c.code(), new Style(mono, style.size() * 0.9, style.link(), style.strike(), style.raise(), style.gray()), tag));
        return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
        LinkTarget t = context.plan.link(l.target());
        String target = t.kind() == LinkTarget.Kind.INTERNAL ? "#" + t.id() : t.uri();
        if (!t.isLink() || tag == null || style.link() != null) {
            all(l.content());
            return null;
        }
        Element saved = tag;
        tag = context.structure.link(tag, target, l.title().isEmpty() ? imprint.model.Inlines.plainText(l.content()) : l.title());
        with(style.withLink(target), l.content());
        tag = saved;
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        java.util.Optional<PlannedImage> img = pictures ? context.plan.image(im.source()) : java.util.Optional.empty();
        if (img.isPresent() && tag != null) {
            PlannedImage p = img.get();
            double h = Math.min(p.heightPt(), style.size() * 1.6);
            double w = p.widthPt() * (h / p.heightPt());
            Element figure = context.structure.described(tag, Role.FIGURE, im.alt().isEmpty() ? "image" : im.alt());
            out.add(Run.picture(p.resource(), w, h, style, figure));
            return null;
        }
        // A picture that cannot be shown is set as its placeholder, in italics.
        Style it = style.withFace(style.face().with(style.face().bold(), true));
        out.add(new Run(DocumentPlan.imagePlaceholder(im.alt()), it, tag));
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        out.add(new Run("\n", style, tag));
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef r) {
        int n = context.plan.notes().number(r.label());
        if (n == 0) {
            out.add(new Run(Notes.unresolved(r.label()), style, tag));
            return null;
        }
        context.referenced(n, tag);
        Element link = tag == null ? null : context.structure.link(tag, "#fn-" + n, "Footnote " + n);
        out.add(new Run(Integer.toString(n), style.withLink(link == null ? null : "#fn-" + n)
                .withRaise(style.size() * 0.33, style.size() * 0.68), link));
        return null;
    }
}
