package imprint.read.text;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Dateline;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article. The first non-empty line is the title, a "By ..." line near the
 * top gives the contributors (names, job titles, affiliations), a dateline opening the first
 * paragraph ("MIAMI (AP) --") is also kept as a field, blank lines separate paragraphs, short all-capital lines are section
 * headings, "- " / "* " and "1. " / "1) " lines are lists, and web furniture at the very end
 * ("Comments are closed.") is dropped with a notice. A line of three or more {@code *}, {@code -},
 * {@code #} ... is a scene break; so is a wider gap between paragraphs (two or more blank lines)
 * in a text whose paragraphs are otherwise parted by one, as novelists type a scene change.
 * Stateless and thread-safe.
 */
public final class PlainTextReader implements DocumentReader {
    /** How many non-blank lines after the title may hold the byline. */
    private static final int BYLINE_WINDOW = 3;
    private static final int HEADING_MAX = 60;
    private static final int TITLE_MAX = 200;
    static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*•]\\s+(.*)$");
    static final Pattern ORDERED = Pattern.compile("^\\s{0,3}(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:([-*_~#=])\\s*){3,}$");
    /** "PARIS (AP) --" or "WASHINGTON (Jan. 3) —": the dateline that opens a news story. */
    private static final Pattern DATELINE_END = Pattern.compile(".*(?:--|[—–-])\\s*$");

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normal.startsWith("\uFEFF")) {
            normal = normal.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        String[] raw = normal.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(raw[i].stripTrailing(), i + 1));
        }
        Metadata meta = Metadata.EMPTY;
        int pos = skipBlank(lines, 0);
        if (pos >= lines.size()) {
            return new Document(meta, List.of());
        }
        Line first = lines.get(pos);
        int titleLine = -1;
        if (first.text().strip().length() <= TITLE_MAX) {
            titleLine = pos;
            meta = meta.withTitle(first.text().strip());
            pos++;
        } else {
            diagnostics.notice(Code.NO_TITLE, "no title line found; the document has no title", first.number(), 1);
        }
        int by = findByline(lines, pos, titleLine);
        if (by >= 0) {
            meta = meta.withContributors(Byline.parse(lines.get(by).text()).orElseThrow());
            lines.set(by, new Line("", lines.get(by).number()));
        }
        int end = dropBoilerplate(lines, pos, diagnostics);
        for (int i = end; i < lines.size(); i++) {
            if (Boilerplate.isRightsLine(lines.get(i).text()) && meta.rights().isEmpty()) {
                meta = meta.withRights(lines.get(i).text().strip());
            }
        }
        List<Block> blocks = new Blocks(lines.subList(pos, end)).build();
        // The dateline stays the opening of the first paragraph (every renderer shows it) and
        // becomes a field too, so renderers that style datelines can.
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph opening
                && opening.content().get(0) instanceof Inline.Text t) {
            Optional<Dateline> dl = Datelines.parse(t.text());
            if (dl.isPresent()) {
                meta = meta.withDateline(dl.get());
            }
        }
        return new Document(meta, blocks);
    }

    /** The index of a byline among the first non-blank lines after the title, or -1. */
    private static int findByline(List<Line> lines, int from, int titleLine) {
        int seen = 0;
        for (int i = from; i < lines.size() && seen < BYLINE_WINDOW; i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            // a byline starts its own group of lines (or directly follows the title)
            boolean starts = i == 0 || i - 1 == titleLine || lines.get(i - 1).blank();
            if (starts && Byline.parse(l.text()).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Drops boilerplate lines at the end of the document, reporting each; returns the index
     * after the last line to keep.
     */
    private static int dropBoilerplate(List<Line> lines, int start, Diagnostics d) {
        int end = lines.size();
        while (true) {
            while (end > start && lines.get(end - 1).blank()) {
                end--;
            }
            if (end == start || !Boilerplate.matches(lines.get(end - 1).text())) {
                return end;
            }
            Line l = lines.get(end - 1);
            int column = l.text().length() - l.text().stripLeading().length() + 1;
            d.notice(Code.BOILERPLATE_DROPPED, "dropped web boilerplate \"" + l.text().strip() + "\"", l.number(), column);
            end--;
        }
    }

    private static int skipBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    /** One source line with its 1-based number. */
    record Line(String text, int number) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** Groups lines into blocks: paragraphs, headings, lists and rules. */
    private static final class Blocks {
        private final List<Line> lines;
        private final List<Block> out = new ArrayList<>();
        private final List<String> para = new ArrayList<>();
        private final List<List<String>> items = new ArrayList<>();
        private boolean ordered;
        private int start;
        /** A blank line followed the last list item (the list may still continue, loosely). */
        private boolean gap;
        private boolean loose;

        /** Whether two or more blank lines between paragraphs mean a scene break in this text. */
        private final boolean wideGapBreaks;

        Blocks(List<Line> lines) {
            this.lines = lines;
            this.wideGapBreaks = wideGapsAreBreaks(lines);
        }

        /**
         * A text whose paragraphs are parted by one blank line and only here and there by more
         * (at most a third of the gaps) uses the wider gaps on purpose; a text that leaves two
         * blank lines everywhere, or never one, does not.
         */
        static boolean wideGapsAreBreaks(List<Line> lines) {
            int single = 0;
            int wide = 0;
            int run = 0;
            boolean seenText = false;
            for (Line l : lines) {
                if (l.blank()) {
                    run++;
                    continue;
                }
                if (seenText && run == 1) {
                    single++;
                } else if (seenText && run >= 2) {
                    wide++;
                }
                run = 0;
                seenText = true;
            }
            return wide > 0 && single >= 2 * wide;
        }

        List<Block> build() {
            int blankRun = 0;
            for (Line line : lines) {
                String t = line.text();
                Matcher b = BULLET.matcher(t);
                Matcher o = ORDERED.matcher(t);
                if (!line.blank() && blankRun >= 2 && wideGapBreaks && items.isEmpty() && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof Block.Paragraph && !RULE.matcher(t).matches()) {
                    out.add(new Block.ThematicBreak());
                }
                blankRun = line.blank() ? blankRun + 1 : 0;
                if (line.blank()) {
                    flushParagraph();
                    gap = !items.isEmpty();
                } else if (RULE.matcher(t).matches()) {
                    flushAll();
                    out.add(new Block.ThematicBreak());
                } else if (b.matches()) {
                    addItem(false, 1, b.group(1));
                } else if (o.matches()) {
                    addItem(true, Integer.parseInt(o.group(1)), o.group(2));
                } else if (!items.isEmpty() && !gap) {
                    // a wrapped line continues the last item
                    items.get(items.size() - 1).add(t.strip());
                } else if (para.isEmpty() && isHeading(t)) {
                    flushAll();
                    out.add(new Block.Heading(2, List.of(new Inline.Text(t.strip())), ""));
                } else {
                    flushList();
                    para.add(t.strip());
                }
            }
            flushAll();
            return out;
        }

        private void addItem(boolean isOrdered, int number, String text) {
            flushParagraph();
            if (!items.isEmpty() && isOrdered != ordered) {
                flushList();
            }
            if (items.isEmpty()) {
                ordered = isOrdered;
                start = number;
            } else if (gap) {
                // items of one list separated by blank lines: a loose list
                loose = true;
            }
            gap = false;
            List<String> item = new ArrayList<>();
            item.add(text.strip());
            items.add(item);
        }

        private void flushAll() {
            flushParagraph();
            flushList();
        }

        private void flushParagraph() {
            if (!para.isEmpty()) {
                out.add(paragraph(para));
                para.clear();
            }
        }

        private void flushList() {
            if (items.isEmpty()) {
                return;
            }
            List<Block.ListItem> list = new ArrayList<>();
            for (List<String> it : items) {
                list.add(new Block.ListItem(List.of(paragraph(it))));
            }
            out.add(ordered ? new Block.OrderedList(start, list, !loose) : new Block.BulletList(list, !loose));
            items.clear();
            loose = false;
            gap = false;
        }

        private static Block.Paragraph paragraph(List<String> lines) {
            return new Block.Paragraph(List.of(new Inline.Text(String.join(" ", lines))));
        }

        /** A short line in capitals that is not a dateline: a subhead. */
        private static boolean isHeading(String t) {
            String s = t.strip();
            return s.length() <= HEADING_MAX && Byline.isAllCaps(s) && !DATELINE_END.matcher(s).matches();
        }
    }
}
