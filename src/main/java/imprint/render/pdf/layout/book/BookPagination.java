package imprint.render.pdf.layout.book;

import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.VBox;

/**
 * How a book's pages differ from an article's, for the paginator: every chapter (level-1
 * heading) opens a new page, on a recto when the book is two-sided (a blank verso, without
 * page number or running head, goes before it when needed), with a sunk start (the chapter
 * title a fifth of the way down, as books set it); a chapter's opening page has no running
 * head; the running head is the book's title on versos and the chapter's on rectos. The pages
 * before the first chapter (the title page and whatever follows it) are front matter: no
 * folio or running head there, numbered i, ii, ... in the file's page labels, and the body's
 * folios count from 1 at the first chapter. The verso before the first chapter, when the book
 * opens chapters on rectos, is the copyright page.
 *
 * @param recto     whether chapters open on right-hand (odd) pages
 * @param copyright the copyright page's lines (rights, identifier, edition, publisher), foot-aligned; may be empty
 */
public record BookPagination(boolean recto, java.util.List<String> copyright) {
    public BookPagination {
        copyright = java.util.List.copyOf(copyright);
    }

    /** The chapter opener's sink: the part of the text height left blank above the chapter title. */
    public static final double SINK = 0.2;

    /** Whether this box starts a chapter (it holds a level-1 heading's destination). */
    public boolean opensChapter(VBox b) {
        for (Op op : b.ops()) {
            if (op instanceof Op.Dest d && d.level() == 1 && d.title() != null) {
                return true;
            }
        }
        return false;
    }

    /** The chapter title from a box that {@link #opensChapter opens a chapter}, or "". */
    public String chapterTitle(VBox b) {
        for (Op op : b.ops()) {
            if (op instanceof Op.Dest d && d.level() == 1 && d.title() != null) {
                return d.title();
            }
        }
        return "";
    }

    /**
     * The copyright page's drawing: the lines small at the foot of the text area, as artifacts
     * (the same facts are the file's metadata: dc:rights, the identifier).
     */
    public java.util.List<Op> copyrightPage(imprint.render.pdf.layout.PageGeometry g, int number) {
        java.util.List<Op> ops = new java.util.ArrayList<>();
        double lead = 12;
        double y = g.top() + g.textHeight() - lead * (copyright.size() - 1);
        for (String line : copyright) {
            ops.add(new Op.Text(g.left(number), y, line, imprint.render.pdf.layout.Style.of(
                    imprint.render.pdf.layout.Face.SERIF, 8.5), null));
            y += lead;
        }
        return ops;
    }

    /** Whether a chapter opening now, with {@code pagesDone} pages finished, needs a blank verso first. */
    public boolean needsBlankBefore(int pagesDone) {
        return recto && (pagesDone + 1) % 2 == 0;
    }

    /** The running head of page {@code number}: the title on versos, the chapter on rectos (falling back to the title). */
    public String head(int number, String title, String chapter) {
        return number % 2 == 0 || chapter.isBlank() ? title : chapter;
    }
}
