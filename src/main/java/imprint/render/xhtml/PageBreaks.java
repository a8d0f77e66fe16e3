package imprint.render.xhtml;

import imprint.plan.PageStart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Puts the print edition's page breaks into the text as it is written: an empty
 * {@code <span epub:type="pagebreak" role="doc-pagebreak">} before the word a page starts
 * with (EPUB Accessibility's page markers), or before the block when the page starts with
 * it. Text is counted in letters, as {@link PageStart} counts them, within the top-level
 * block the caller says it is writing; a marker never splits a word, because it goes where the
 * word began (after the last space, or at the start of the element holding the text), which is
 * always a place text was written and so a place a span may stand. Markers are handed out in
 * page order and remembered with their file, for the navigation's page-list.
 */
public final class PageBreaks {
    /** A marker written: the file holding it, its id and the page's label. */
    public record Written(String file, String id, String label) {
    }

    /** Elements whose start is a word's start (where text begins inside them). */
    private static final Set<String> TEXT_STARTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
            "th", "pre", "figcaption", "blockquote", "dt", "dd");

    private final Deque<PageStart> pending;
    private final List<Written> written = new ArrayList<>();
    private XhtmlWriter w;
    private String file;
    private int block = Integer.MIN_VALUE;
    private int letters;
    private boolean counting;
    /** Where the word being written began in the output, or -1 when not known. */
    private int wordStart = -1;

    public PageBreaks(List<PageStart> starts) {
        this.pending = new ArrayDeque<>(starts);
    }

    /** Whether there is anything to mark. */
    public boolean isEmpty() {
        return pending.isEmpty() && written.isEmpty();
    }

    /** Writes into {@code writer}, the file {@code name}, from now on. */
    public void attach(XhtmlWriter writer, String name) {
        if (w != null) {
            w.pageBreaks(null);
        }
        w = writer;
        file = name;
        counting = false;
        writer.pageBreaks(this);
    }

    /**
     * The caller is about to write top-level block {@code index}: pages that began in earlier
     * blocks and found no word there, and pages that begin with this block, are marked here.
     */
    public void block(int index) {
        while (!pending.isEmpty() && pending.peek().block() >= 0
                && (pending.peek().block() < index || pending.peek().block() == index && pending.peek().letters() == 0)) {
            mark(w.length());
        }
        block = index;
        letters = 0;
        counting = true;
        wordStart = -1;
    }

    /** Text written from now on (notes, furniture) is not the blocks' text. */
    public void pause() {
        counting = false;
    }

    /** Marks every page still waiting whose start is {@code block} ({@link PageStart#FRONT}), here. */
    public void front(int count) {
        for (int i = 0; i < count && !pending.isEmpty() && pending.peek().block() == PageStart.FRONT; i++) {
            mark(w.length());
        }
    }

    /** How many front-matter pages are still waiting. */
    public int frontWaiting() {
        int n = 0;
        for (PageStart s : pending) {
            if (s.block() != PageStart.FRONT) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Marks every page still waiting, here (the end of the last file). */
    public void rest() {
        counting = false;
        while (!pending.isEmpty()) {
            mark(w.length());
        }
    }

    /** The markers written, in page order. */
    public List<Written> written() {
        return List.copyOf(written);
    }

    void opened(String tag, int end) {
        if (TEXT_STARTS.contains(tag)) {
            wordStart = end;
        }
    }

    /**
     * Writes {@code s} through {@code out} (the escaping writer), marking pages that start at
     * one of its letters.
     */
    void text(String s, java.util.function.Consumer<String> out) {
        if (!counting) {
            out.accept(s);
            return;
        }
        int from = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00A0') {
                out.accept(s.substring(from, next));
                from = next;
                wordStart = w.length();
            } else if (Character.isLetter(cp)) {
                if (due()) {
                    out.accept(s.substring(from, i));
                    from = i;
                    int at = wordStart >= 0 ? wordStart : w.length();
                    while (due()) {
                        at = mark(at);
                    }
                }
                letters++;
            }
            i = next;
        }
        out.accept(s.substring(from));
    }

    private boolean due() {
        PageStart p = pending.peek();
        return p != null && p.block() == block && p.letters() <= letters;
    }

    /** Writes the next page's marker at output position {@code at}; returns the position after it. */
    private int mark(int at) {
        PageStart p = pending.poll();
        String id = "page-" + p.page();
        written.add(new Written(file, id, p.label()));
        int len = w.insertEmpty(at, "span", "epub:type", "pagebreak", "role", "doc-pagebreak", "id", id,
                "aria-label", p.label());
        if (wordStart >= at) {
            wordStart += len;
        }
        return at + len;
    }
}
