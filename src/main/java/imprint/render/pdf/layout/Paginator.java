package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import imprint.render.pdf.layout.book.BookPagination;

/**
 * Fills pages with boxes: a page may only end where a box allows a break before it (so headings
 * stay with their text and paragraphs leave no widows or orphans); a group too tall for any page
 * is split box by box. Footnotes go to the foot of the page that references them, continued on
 * the next page when they cannot all fit. Table header rows are repeated on continued pages.
 * Adds the running head and the page number as page furniture.
 */
public final class Paginator {
    private static final double NOTE_SEPARATOR = 10;

    private final PageGeometry g;
    private final String runningHead;
    private final Glyphs glyphs;
    private final Map<Integer, List<VBox>> footnotes = new HashMap<>();
    private final Set<Integer> placedNotes = new HashSet<>();
    /** Finished pages not yet taken by {@link #drain()}. */
    private final List<PageLayout> pages = new ArrayList<>();
    private int pageCount;
    /** The boxes of the group being collected: a page may not end between them. */
    private final List<VBox> group = new ArrayList<>();
    private List<Op> ops = new ArrayList<>();
    private List<VBox> pageNotes = new ArrayList<>();
    private List<VBox> carried = new ArrayList<>();
    private double y;
    private double notesHeight;
    /** The section (level-1 or level-2 heading) in force at the top of the current page. */
    private String section = "";
    private String sectionAtTop = "";
    /** Book pagination (chapters on new pages, book running heads), or null for an article. */
    private BookPagination book;
    /** The chapter in force, and whether the page being filled opens one (book only). */
    private String chapter = "";
    private boolean opener;
    /** Whether the page being filled is a display page of the front matter (no folio). */
    private boolean display;
    /** Pages before the first chapter (book only; -1 until it opens). */
    private int frontPages = -1;

    public Paginator(PageGeometry g, String runningHead, Glyphs glyphs) {
        this.g = g;
        this.runningHead = runningHead;
        this.glyphs = glyphs;
    }

    /** A paginator that already knows all the footnotes (for {@link #paginate}). */
    public Paginator(PageGeometry g, String runningHead, Glyphs glyphs, Map<Integer, List<VBox>> footnotes) {
        this(g, runningHead, glyphs);
        this.footnotes.putAll(footnotes);
    }

    /** Paginates as a book (see {@link imprint.render.pdf.layout.book.BookPagination}). */
    public Paginator asBook(BookPagination b) {
        this.book = b;
        return this;
    }

    /** Paginates a whole document at once. */
    public List<PageLayout> paginate(List<VBox> boxes) {
        add(boxes, Map.of());
        finish();
        return drain();
    }

    /**
     * Adds the next boxes of the document and the footnotes they are the first to reference.
     * Boxes are held back only until the next place a page may end, so pages become ready
     * (see {@link #drain()}) while the document is still being laid out.
     */
    public void add(List<VBox> boxes, Map<Integer, List<VBox>> newNotes) {
        footnotes.putAll(newNotes);
        for (VBox b : boxes) {
            BookPagination.Page page = book == null ? null : book.pageOf(b);
            if (page != null || book != null && book.opensChapter(b)) {
                if (!group.isEmpty()) {
                    place(group);
                    group.clear();
                }
                if (page != null) {
                    openPage(page);
                    b = BookPagination.unmarked(b);
                } else {
                    openChapter(book.chapterTitle(b));
                }
            } else if (b.breakBefore() && !group.isEmpty()) {
                place(group);
                group.clear();
            }
            group.add(b);
        }
    }

    /** A chapter opens: a new page (a recto, after a blank verso if need be), sunk. */
    private void openChapter(String title) {
        openPage(null);
        if (frontPages < 0) {
            frontPages = pageCount;
        }
        chapter = title;
        opener = true;
        y = g.textHeight() * BookPagination.SINK;
    }

    /** A new page for a front-matter page ({@code null}: a chapter), after a blank verso if it opens on a recto. */
    private void openPage(BookPagination.Page p) {
        while (y > 0 || !ops.isEmpty() || !pageNotes.isEmpty() || !carried.isEmpty()) {
            finishPage();
        }
        if ((p == null || p.recto()) && book.needsBlankBefore(pageCount)) {
            pages.add(new PageLayout(++pageCount, g.width(), g.height(), List.of()));
        }
        display = p != null && p.display();
    }

    /** Sets what is left and closes the last page (there is always at least one page). */
    public void finish() {
        if (!group.isEmpty()) {
            place(group);
            group.clear();
        }
        while (!carried.isEmpty() || ops.isEmpty() && pageCount == 0 || !pageNotes.isEmpty() || !ops.isEmpty()) {
            finishPage();
        }
    }

    /** Takes the pages finished so far, in order. */
    public List<PageLayout> drain() {
        List<PageLayout> done = List.copyOf(pages);
        pages.clear();
        return done;
    }

    /** Places one group: on this page if it fits, else on the next, else split box by box. */
    private void place(List<VBox> boxes) {
        while (true) {
            double h = 0;
            double notes = 0;
            for (int k = 0; k < boxes.size(); k++) {
                h += (k == 0 && y == 0 ? 0 : boxes.get(k).spaceBefore()) + boxes.get(k).height();
                notes += newNotesHeight(boxes.get(k));
            }
            if (fits(h, notes)) {
                for (VBox b : boxes) {
                    place(b);
                }
                return;
            }
            if (y > 0 && h + notes + NOTE_SEPARATOR <= g.textHeight()) {
                newPage(boxes.get(0)); // and measure again on the fresh page
                continue;
            }
            for (VBox b : boxes) {
                if (y > 0 && !fits(b.spaceBefore() + b.height(), Math.min(newNotesHeight(b), firstNoteLine(b)))) {
                    newPage(b);
                }
                place(b);
            }
            return;
        }
    }

    private boolean fits(double h, double newNotes) {
        double sep = notesHeight == 0 && newNotes > 0 ? NOTE_SEPARATOR : 0;
        return y + h + notesHeight + newNotes + sep <= g.textHeight() + 0.01;
    }

    private double newNotesHeight(VBox b) {
        double h = 0;
        for (int n : b.notes()) {
            if (!placedNotes.contains(n)) {
                for (VBox l : footnotes.getOrDefault(n, List.of())) {
                    h += l.spaceBefore() + l.height();
                }
            }
        }
        return h;
    }

    /** The height of the first line of the first new note: at least that must share the page. */
    private double firstNoteLine(VBox b) {
        for (int n : b.notes()) {
            if (!placedNotes.contains(n) && !footnotes.getOrDefault(n, List.of()).isEmpty()) {
                VBox first = footnotes.get(n).get(0);
                return first.spaceBefore() + first.height();
            }
        }
        return 0;
    }

    private void newPage(VBox next) {
        finishPage();
        if (next.header() != null) {
            place(next.header());
        }
    }

    private void place(VBox b) {
        double top = y == 0 ? 0 : b.spaceBefore();
        double dx = g.left(pageCount + 1);
        double dy = g.top() + y + top;
        for (Op op : b.ops()) {
            ops.add(op.moved(dx, dy));
            if (op instanceof Op.Dest d && d.title() != null && d.level() >= 1 && d.level() <= 2) {
                if (y == 0 && top == 0) {
                    sectionAtTop = d.title();
                }
                section = d.title();
            }
        }
        y += top + b.height();
        for (int n : b.notes()) {
            if (placedNotes.add(n)) {
                // A note is set once; dropping its boxes keeps memory flat over a long book.
                for (VBox line : java.util.Objects.requireNonNullElse(footnotes.remove(n), List.<VBox>of())) {
                    addNoteLine(line);
                }
            }
        }
    }

    /** Adds a note line to this page if it fits below the text, else carries it to the next page. */
    private void addNoteLine(VBox line) {
        double sep = notesHeight == 0 ? NOTE_SEPARATOR : 0;
        double h = line.spaceBefore() + line.height();
        boolean emptyPage = y == 0 && pageNotes.isEmpty();
        if (carried.isEmpty() && (y + notesHeight + sep + h <= g.textHeight() + 0.01 || emptyPage)) {
            pageNotes.add(line);
            notesHeight += sep + h;
        } else {
            carried.add(line);
        }
    }

    private void finishPage() {
        double furniture = g.type().furniture();
        int number = ++pageCount;
        double left = g.left(number);
        if (!pageNotes.isEmpty()) {
            double ny = g.top() + g.textHeight() - notesHeight;
            ops.add(new Op.Rule(left, ny + 4, left + g.textWidth() * 0.3, ny + 4, 0.5, 0.3f));
            ny += NOTE_SEPARATOR;
            for (VBox line : pageNotes) {
                ny += line.spaceBefore();
                for (Op op : line.ops()) {
                    ops.add(op.moved(left, ny));
                }
                ny += line.height();
            }
        }
        Style small = Style.of(Face.SANS, furniture);
        // A book's front matter has no running head and roman folios (none on display pages); its body counts from the first chapter.
        boolean front = book != null && frontPages < 0;
        String num = front ? BookPagination.frontFolio(number) : Integer.toString(book != null ? number - frontPages : number);
        double nw = glyphs.fonts().metrics(Face.SANS).width(num, furniture);
        if (!front || !display) {
            ops.add(new Op.Text(left + (g.textWidth() - nw) / 2, g.height() - g.bottom() * 0.5, num, small, null));
        }
        if (number > 1 && !runningHead.isBlank() && !opener && !front) {
            // Title and the section the page starts in, as in a book's running head.
            String where = sectionAtTop.isBlank() ? "" : " \u2014 " + sectionAtTop;
            String head = RunningHeads.fit(book != null ? book.head(number, runningHead, chapter) : runningHead + where,
                    g.textWidth() * 0.8, glyphs.fonts().metrics(Face.SANS_ITALIC), furniture);
            double hw = glyphs.fonts().metrics(Face.SANS_ITALIC).width(head, furniture);
            double hx = g.duplex() && number % 2 == 0 ? left : left + g.textWidth() - hw;
            double hy = g.top() * 0.55;
            ops.add(new Op.Text(hx, hy, head, Style.of(Face.SANS_ITALIC, furniture), null));
            ops.add(new Op.Rule(left, hy + 4, left + g.textWidth(), hy + 4, 0.4, 0.5f));
        }
        pages.add(new PageLayout(number, g.width(), g.height(), ops));
        ops = new ArrayList<>();
        pageNotes = new ArrayList<>();
        notesHeight = 0;
        y = 0;
        opener = false;
        sectionAtTop = section;
        // Notes that did not fit continue at the foot of the next page.
        List<VBox> rest = carried;
        carried = new ArrayList<>();
        for (VBox line : rest) {
            addNoteLine(line);
        }
    }
}
