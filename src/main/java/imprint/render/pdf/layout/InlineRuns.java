package imprint.render.pdf.layout;

import imprint.model.Footnotes;
import imprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns inline content into styled runs: emphasis and strong pick faces, code the mono face,
 * links become Link elements with their target, footnote references raised numbers linking to
 * their note. Inline images are drawn at text size as figures with their alternative text.
 */
final class InlineRuns implements Inline.Visitor<Void> {
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?|mailto|tel|ftp):\\S+$");

    private final List<Run> out = new ArrayList<>();
    private final Footnotes notes;
    private final Set<String> ids;
    private imprint.render.ResourceResolver images;
    private imprint.diag.Diagnostics diagnostics;
    private Style style;
    private Tag tag;

    InlineRuns(Style base, Tag tag, Footnotes notes, Set<String> ids) {
        this.style = base;
        this.tag = tag;
        this.notes = notes;
        this.ids = ids;
    }

    static List<Run> of(List<Inline> inlines, Style base, Tag tag, Footnotes notes, Set<String> ids) {
        InlineRuns r = new InlineRuns(base, tag, notes, ids);
        r.all(inlines);
        return r.out;
    }

    /** Like {@link #of} but with inline pictures drawn from the resolver. */
    static List<Run> withImages(List<Inline> inlines, Style base, Tag tag, Footnotes notes, Set<String> ids,
                                imprint.render.ResourceResolver images, imprint.diag.Diagnostics diagnostics) {
        InlineRuns r = new InlineRuns(base, tag, notes, ids);
        r.images = images;
        r.diagnostics = diagnostics;
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
        String target = l.target();
        boolean ok = l.isInternal() ? ids.contains(target.substring(1)) : SAFE_URL.matcher(target).matches();
        if (!ok || tag == null || style.link() != null) {
            all(l.content());
            return null;
        }
        Tag saved = tag;
        tag = tag.child("Link").link(target).alt(l.title().isEmpty() ? imprint.model.Inlines.plainText(l.content()) : l.title());
        with(style.withLink(target), l.content());
        tag = saved;
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        java.util.Optional<imprint.render.Resource> img = images == null ? java.util.Optional.empty()
                : images.image(im.source(), diagnostics);
        if (img.isPresent() && tag != null) {
            imprint.render.Resource r = img.get();
            double dpi = r.dpi() > 0 ? r.dpi() : 96;
            double h = Math.min(r.height() * 72 / dpi, style.size() * 1.6);
            double w = r.width() * 72 / dpi * (h / (r.height() * 72 / dpi));
            Tag figure = tag.child("Figure").alt(im.alt().isEmpty() ? "image" : im.alt());
            out.add(Run.picture(r, w, h, style, figure));
            return null;
        }
        // A picture that cannot be shown is set as its alternative text, in italics.
        Style it = style.withFace(style.face().with(style.face().bold(), true));
        out.add(new Run(im.alt().isEmpty() ? "[image]" : im.alt(), it, tag));
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        out.add(new Run("\n", style, tag));
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef r) {
        int n = notes.number(r.label());
        if (n == 0) {
            out.add(new Run("[" + r.label() + "]", style, tag));
            return null;
        }
        Tag link = tag == null ? null : tag.child("Link").link("#fn-" + n).alt("Footnote " + n);
        out.add(new Run(Integer.toString(n), style.withLink(link == null ? null : "#fn-" + n)
                .withRaise(style.size() * 0.33, style.size() * 0.68), link));
        return null;
    }
}
