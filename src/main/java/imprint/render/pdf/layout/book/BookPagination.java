package imprint.render.pdf.layout.book;

import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.VBox;
import java.util.ArrayList;
import java.util.List;

/**
 * How a book's pages differ from an article's, for the paginator: every chapter (level-1
 * heading) opens a new page, on a recto when the book is two-sided (a blank verso, without
 * page number or running head, goes before it when needed), with a sunk start (the chapter
 * title a fifth of the way down, as books set it); a chapter's opening page has no running
 * head; the running head is the book's title on versos and the chapter's on rectos. The pages
 * before the first chapter are front matter, each opened by a {@link #marker} the layout puts
 * in its first box: the half-title, title, copyright, dedication and epigraph pages ("display"
 * pages, without folio), and the contents, whose folios are printed in lower-case roman (the
 * file's page labels say i, ii, ... for all of them); the body's folios count from 1 at the
 * first chapter.
 *
 * @param recto whether chapters (and the front matter's pages that open on one) open on right-hand (odd) pages
 */
public record BookPagination(boolean recto) {
    /** The chapter opener's sink: the part of the text height left blank above the chapter title. */
    public static final double SINK = 0.2;

    /** A front- or back-matter page, in the order a book has them. */
    public enum Page {
        HALF_TITLE(true, true), TITLE(true, true), COPYRIGHT(false, true), DEDICATION(true, true),
        EPIGRAPH(true, true), CONTENTS(true, false),
        /** Text before the first chapter (a foreword, a preface without a chapter heading). */
        TEXT(true, false);

        private final boolean recto;
        private final boolean display;

        Page(boolean recto, boolean display) {
            this.recto = recto;
            this.display = display;
        }

        /** Whether the page opens on a recto in a two-sided book. */
        public boolean recto() {
            return recto;
        }

        /** Whether it is a display page, printed without folio (title pages, dedication, epigraph). */
        public boolean display() {
            return display;
        }
    }

    /** A marker for the first box of a front-matter page (taken out before the page is drawn). */
    public static Op.Dest marker(Page page) {
        return new Op.Dest(null, 0, page.name(), -1);
    }

    /** The front-matter page a box opens, or null. */
    public Page pageOf(VBox b) {
        for (Op op : b.ops()) {
            if (op instanceof Op.Dest d && d.id() == null && d.level() == -1) {
                return Page.valueOf(d.title());
            }
        }
        return null;
    }

    /** The box without its page marker. */
    public static VBox unmarked(VBox b) {
        List<Op> ops = new ArrayList<>(b.ops());
        ops.removeIf(op -> op instanceof Op.Dest d && d.id() == null && d.level() == -1);
        return b.withOps(ops);
    }

    /** Whether this box starts a chapter (it holds a level-1 heading's destination). */
    public boolean opensChapter(VBox b) {
        return !chapterTitle(b).isEmpty();
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

    /** Whether a page opening on a recto now, with {@code pagesDone} pages finished, needs a blank verso first. */
    public boolean needsBlankBefore(int pagesDone) {
        return recto && (pagesDone + 1) % 2 == 0;
    }

    /** The running head of page {@code number}: the title on versos, the chapter on rectos (falling back to the title). */
    public String head(int number, String title, String chapter) {
        return number % 2 == 0 || chapter.isBlank() ? title : chapter;
    }

    /** The folio printed on a front-matter page: lower-case roman, as its page label. */
    public static String frontFolio(int number) {
        return imprint.plan.DocumentPlan.romanFolio(number);
    }
}
