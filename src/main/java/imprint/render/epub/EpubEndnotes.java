package imprint.render.epub;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Walker;
import imprint.plan.DocumentPlan;
import imprint.plan.LinkTarget;
import imprint.plan.Notes;
import imprint.render.xhtml.BodyWriter;
import imprint.render.xhtml.Dialect;
import imprint.render.xhtml.Placement;
import imprint.render.xhtml.XhtmlWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes as endnotes ({@code --notes end}): one back-matter file, {@value #FILE}, after the
 * chapters, a section with {@code epub:type="endnotes"} and {@code role="doc-endnotes"}
 * holding every note in number order (in a book, under each chapter's title), each a list item
 * {@code fn-N} whose link goes back to the reference in its chapter's file; the references in
 * the chapters link here instead of to pop-up footnotes.
 */
final class EpubEndnotes {
    static final String FILE = "notes.xhtml";
    static final String TITLE = "Notes";

    private EpubEndnotes() {
    }

    /** Whether the document's notes go to {@value #FILE}. */
    static boolean on(DocumentPlan plan) {
        return plan.options().endnotes() && !plan.notes().isEmpty();
    }

    /** The file's text. */
    static String file(DocumentPlan plan, Chapters chapters, ImageStore images, Map<String, Integer> refCounts) {
        XhtmlWriter w = new XhtmlWriter();
        PackageDocuments.head(w, plan.language(), TITLE);
        w.open("body").newline().open("section", "id", "notes", "epub:type", "backmatter endnotes", "role", "doc-endnotes",
                "aria-labelledby", "notes-title").newline().element("h1", TITLE, "id", "notes-title");
        Set<String> inText = referencedInText(plan);
        Placement placement = new Placement() {
            @Override
            public String internalHref(LinkTarget t) {
                return chapters.fileOf(t.block()) + "#" + t.id();
            }

            @Override
            public String noteHref(Notes.Note note) {
                return "#fn-" + note.number();
            }

            @Override
            public String referenceHref(Notes.Note note) {
                // A note referenced only from another note has its reference here, in that note.
                return (inText.contains(note.label()) ? chapters.fileOf(note.block()) : "") + "#fnref-" + note.number();
            }

            @Override
            public String imageSrc(String source) {
                return images.href(source);
            }
        };
        BodyWriter body = new BodyWriter(w, Dialect.EPUB, plan, placement, refCounts);
        Chapters.Chapter group = null;
        boolean open = false;
        for (Notes.Note note : plan.notes().inOrder()) {
            Chapters.Chapter ch = chapterOf(chapters, note.block());
            if (!open || plan.book() && ch != group) {
                if (open) {
                    w.newline().close("ol");
                }
                if (plan.book() && ch != null) {
                    w.newline().element("h2", ch.title());
                }
                w.newline().open("ol", "start", note.number() == 1 ? null : Integer.toString(note.number()));
                group = ch;
                open = true;
            }
            w.newline().open("li", "id", "fn-" + note.number());
            body.endnoteText(note);
            w.close("li");
        }
        w.newline().close("ol").newline().close("section").newline().close("body").newline().close("html").newline();
        return w.toString();
    }

    /** The labels of the notes the chapters refer to, outside the notes' own texts. */
    private static Set<String> referencedInText(DocumentPlan plan) {
        Set<String> labels = new HashSet<>();
        for (Block b : plan.blocks()) {
            if (!(b instanceof Block.FootnoteDefinition)) {
                Walker.walk(List.of(b), new Walker.Listener() {
                    @Override
                    public void inline(Inline in) {
                        if (in instanceof Inline.FootnoteRef r) {
                            labels.add(r.label());
                        }
                    }
                });
            }
        }
        return labels;
    }

    private static Chapters.Chapter chapterOf(Chapters chapters, int block) {
        for (Chapters.Chapter ch : chapters.chapters) {
            if (block >= ch.first() && block < ch.end()) {
                return ch;
            }
        }
        return null;
    }
}
