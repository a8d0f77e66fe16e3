package imprint.render.pdf;

import imprint.plan.PageStart;
import imprint.render.pdf.layout.Element;
import imprint.render.pdf.layout.Op;
import imprint.render.pdf.layout.PageLayout;
import imprint.render.pdf.layout.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where each finished page begins in the model's text, from the page's display list:
 * its first body text's top-level block (each element knows its block) and the letters of
 * that block set on earlier pages. Footnotes, list labels, the contents and page furniture
 * are not body text; a table's header row repeated on a continued page is not counted twice.
 * Pages are fed in order, as the paginator finishes them.
 */
final class PageStarts {
    private final List<int[]> found = new ArrayList<>();
    private int block = PageStart.FRONT;
    private int letters;
    private final Set<Element> headerCells = new HashSet<>();

    /** Reads one page, the next in order. */
    void page(PageLayout p) {
        int startBlock = Integer.MIN_VALUE;
        int startLetters = 0;
        Set<Element> seenHere = new HashSet<>();
        for (Op op : p.ops()) {
            if (!(op instanceof Op.Text t) || t.owner() == null) {
                continue;
            }
            Element e = t.owner();
            int b = e.block();
            if (b < 0 || skipped(e)) {
                if (startBlock == Integer.MIN_VALUE && b < 0 && !inNote(e)) {
                    // Front matter; text outside the blocks after them (a closing copyright line) is the end.
                    startBlock = block >= 0 ? PageStart.END : PageStart.FRONT;
                }
                continue;
            }
            if (b != block) {
                block = b;
                letters = 0;
                headerCells.clear();
            }
            Element head = tableHead(e);
            if (head != null && headerCells.contains(e) && !seenHere.contains(e)) {
                continue; // the header row again, at the top of a continued table
            }
            if (head != null) {
                seenHere.add(e);
            }
            int n = letters(t.text());
            if (n == 0) {
                continue;
            }
            if (startBlock == Integer.MIN_VALUE) {
                startBlock = b;
                startLetters = letters;
            }
            letters += n;
        }
        headerCells.addAll(seenHere);
        found.add(new int[] {p.number(), startBlock, startLetters});
    }

    /**
     * The pages read so far. A page without body text of its own (a blank verso, notes carried
     * over) begins where the next page with text does; those after the last, at the end, and
     * those before the first body text (a copyright page set as artifacts) are front matter.
     *
     * @param front how many pages are front matter, numbered in lower-case roman (0: none)
     */
    List<PageStart> starts(int front) {
        int nextBlock = PageStart.END;
        int nextLetters = 0;
        PageStart[] rev = new PageStart[found.size()];
        int firstBody = found.size();
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i)[1] >= 0) {
                firstBody = i;
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            int[] f = found.get(i);
            if (f[1] == Integer.MIN_VALUE && i < firstBody) {
                f[1] = PageStart.FRONT;
            }
            if (f[1] != Integer.MIN_VALUE) {
                nextBlock = f[1];
                nextLetters = f[2];
            }
            int n = f[0];
            String label = n <= front ? PageStart.roman(n) : Integer.toString(n - front);
            rev[i] = new PageStart(n, label, nextBlock, nextLetters);
        }
        return List.of(rev);
    }

    /** Text the EPUB does not show in the body: notes, list and note labels, the contents. */
    private static boolean skipped(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            Role r = x.role();
            if (r == Role.NOTE || r == Role.LABEL || r == Role.CONTENTS) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNote(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.role() == Role.NOTE) {
                return true;
            }
        }
        return false;
    }

    private static Element tableHead(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.role() == Role.TABLE_HEAD) {
                return x;
            }
        }
        return null;
    }

    /** Letters only: what every format writes alike, whatever it does with spaces and hyphens. */
    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
