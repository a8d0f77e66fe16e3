package imprint.render.xhtml;

import imprint.model.Inline;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes inline content: emphasis, code, links (only where the plan says they lead somewhere),
 * images, line breaks and note references. A note reference written inside a link is set right
 * after the link, because a link inside a link is forbidden.
 */
final class InlineWriter implements Inline.Visitor<Void> {
    private final XhtmlWriter w;
    private final Dialect dialect;
    private final DocumentPlan plan;
    private final Placement placement;
    private final Map<String, Integer> refCounts;
    private final List<Inline.FootnoteRef> refsInLink = new ArrayList<>();
    private int linkDepth;

    InlineWriter(XhtmlWriter w, Dialect dialect, DocumentPlan plan, Placement placement, Map<String, Integer> refCounts) {
        this.w = w;
        this.dialect = dialect;
        this.plan = plan;
        this.placement = placement;
        this.refCounts = refCounts;
    }

    void write(List<Inline> inlines) {
        for (Inline in : inlines) {
            in.accept(this);
        }
    }

    @Override
    public Void visitText(Inline.Text t) {
        w.text(t.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis e) {
        return wrapped("em", e.content());
    }

    @Override
    public Void visitStrong(Inline.Strong s) {
        return wrapped("strong", s.content());
    }

    @Override
    public Void visitStrikethrough(Inline.Strikethrough s) {
        return wrapped("del", s.content());
    }

    /** A passage in its own language or direction: lang (and xml:lang in the EPUB's XHTML), dir. */
    @Override
    public Void visitSpan(Inline.Span s) {
        String lang = s.lang().isEmpty() ? null : s.lang();
        w.open("span", "lang", lang, dialect == Dialect.EPUB ? "xml:lang" : null, lang,
                "dir", s.dir().isEmpty() ? null : s.dir());
        write(s.content());
        w.close("span");
        return null;
    }

    private Void wrapped(String tag, List<Inline> content) {
        w.open(tag);
        write(content);
        w.close(tag);
        return null;
    }

    @Override
    public Void visitCode(Inline.Code c) {
        w.element("code", c.code());
        return null;
    }

    @Override
    public Void visitLink(Inline.Link l) {
        LinkTarget t = plan.link(l.target());
        String href = switch (t.kind()) {
            case EXTERNAL -> t.uri();
            case INTERNAL -> placement.internalHref(t);
            case TEXT -> null;
        };
        if (href == null || linkDepth > 0) {
            write(l.content()); // a link that leads nowhere from here keeps its text
            return null;
        }
        w.open("a", "href", href, "title", l.title().isEmpty() ? null : l.title());
        linkDepth++;
        write(l.content());
        linkDepth--;
        w.close("a");
        if (!refsInLink.isEmpty()) {
            List<Inline.FootnoteRef> refs = new ArrayList<>(refsInLink);
            refsInLink.clear();
            refs.forEach(this::visitFootnoteRef);
        }
        return null;
    }

    @Override
    public Void visitImage(Inline.Image im) {
        String src = placement.imageSrc(im.source());
        if (src != null) {
            w.empty("img", "src", src, "alt", im.alt(), "class", "inline");
        } else {
            w.text(DocumentPlan.imagePlaceholder(im.alt()));
        }
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak b) {
        w.empty("br");
        return null;
    }

    @Override
    public Void visitFootnoteRef(Inline.FootnoteRef r) {
        if (linkDepth > 0) {
            refsInLink.add(r);
            return null;
        }
        Notes.Note note = plan.notes().get(r.label());
        if (note == null) {
            w.text(Notes.unresolved(r.label()));
            return null;
        }
        int n = note.number();
        int count = refCounts.merge(r.label(), 1, Integer::sum);
        String id = count == 1 ? "fnref-" + n : "fnref-" + n + "-" + count;
        // <sup> outside the link: Apple Books shows no pop-up for a link inside <sup>.
        w.open("sup").open("a", dialect.epubType(), "noteref", "role", "doc-noteref", "id", id,
                "href", placement.noteHref(note)).text(Integer.toString(n)).close("a").close("sup");
        return null;
    }
}
