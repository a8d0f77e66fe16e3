package imprint.read.text;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text articles as newsrooms and web scrapes produce them: the first line is the
 * title, a {@code By ...} line the byline, blank lines separate paragraphs, short ALL-CAPS lines
 * are section headings, {@code - }/{@code * } and {@code 1. } lines are lists, and trailing web
 * boilerplate ("Comments are closed.") is left out with a notice.
 */
public final class PlainTextReader implements DocumentReader {
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{L}.{0,150})$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*\u2022]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}(\\d{1,9})[.)]\\s+(.*)$");
    private static final List<String> BOILERPLATE = List.of(
            "comments are closed", "comments are closed.", "share this:", "share this", "share this article",
            "click here to subscribe", "click here to subscribe.", "all rights reserved", "all rights reserved.",
            "read more", "read more.", "advertisement", "related articles", "related articles:",
            "leave a comment", "leave a reply", "subscribe to our newsletter", "sign up for our newsletter",
            "follow us on twitter", "print this article", "email this article");

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        Metadata meta = Metadata.EMPTY;
        int i = skipBlank(lines, 0);
        if (i < lines.size()) {
            meta = meta.withTitle(clean(lines.get(i)));
            i++;
        }
        int end = lines.size();
        // Trailing boilerplate: only at the very end, possibly several lines.
        while (true) {
            int last = end - 1;
            while (last >= i && lines.get(last).isBlank()) {
                last--;
            }
            if (last < i || !BOILERPLATE.contains(lines.get(last).strip().toLowerCase(Locale.ROOT))) {
                break;
            }
            diagnostics.notice(Code.BOILERPLATE_DROPPED, "web boilerplate \"" + lines.get(last).strip()
                    + "\" left out", last + 1, 1);
            end = last;
        }
        // The byline: the first paragraph after the title, when it is a single "By ..." line.
        int j = skipBlank(lines, i);
        if (j < end && (j + 1 >= end || lines.get(j + 1).isBlank())) {
            Matcher m = BYLINE.matcher(lines.get(j).strip());
            if (m.matches()) {
                meta = meta.withAuthors(authors(m.group(1)));
                i = j + 1;
            }
        }
        return new Document(meta, blocks(lines, i, end));
    }

    private static List<Block> blocks(List<String> lines, int from, int to) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            i = skipBlank(lines, i);
            if (i >= to) {
                break;
            }
            int j = i;
            while (j < to && !lines.get(j).isBlank()) {
                j++;
            }
            List<String> para = lines.subList(i, j);
            paragraph(para, out);
            i = j;
        }
        return out;
    }

    /** One blank-line-separated group: a heading, a list, or a paragraph (possibly mixed). */
    private static void paragraph(List<String> para, List<Block> out) {
        if (para.size() == 1 && isHeading(para.get(0))) {
            out.add(new Block.Heading(2, List.of(new Inline.Text(clean(para.get(0)))), ""));
            return;
        }
        List<String> pending = new ArrayList<>();
        List<Block.ListItem> items = new ArrayList<>();
        boolean ordered = false;
        int start = 1;
        for (String line : para) {
            Matcher b = BULLET.matcher(line);
            Matcher n = NUMBERED.matcher(line);
            boolean isBullet = b.matches();
            boolean isNumber = !isBullet && n.matches();
            if (isBullet || isNumber) {
                if (!items.isEmpty() && ordered != isNumber) {
                    out.add(list(items, ordered, start));
                    items = new ArrayList<>();
                }
                flushParagraph(pending, out);
                if (items.isEmpty()) {
                    ordered = isNumber;
                    start = isNumber ? parseStart(n.group(1)) : 1;
                }
                String itemText = isBullet ? b.group(1) : n.group(2);
                items.add(new Block.ListItem(List.of(new Block.Paragraph(List.of(new Inline.Text(clean(itemText)))))));
            } else if (!items.isEmpty() && line.startsWith(" ") && !line.isBlank()) {
                // An indented line continues the previous list item.
                Block.ListItem last = items.remove(items.size() - 1);
                String prev = imprint.model.Inlines.plainText(((Block.Paragraph) last.blocks().get(0)).content());
                items.add(new Block.ListItem(List.of(new Block.Paragraph(List.of(new Inline.Text(prev + " " + clean(line)))))));
            } else {
                if (!items.isEmpty()) {
                    out.add(list(items, ordered, start));
                    items = new ArrayList<>();
                }
                pending.add(line);
            }
        }
        if (!items.isEmpty()) {
            out.add(list(items, ordered, start));
        }
        flushParagraph(pending, out);
    }

    private static int parseStart(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Block list(List<Block.ListItem> items, boolean ordered, int start) {
        return ordered ? new Block.OrderedList(start, items, true) : new Block.BulletList(items, true);
    }

    private static void flushParagraph(List<String> pending, List<Block> out) {
        if (pending.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : pending) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(clean(l));
        }
        pending.clear();
        out.add(new Block.Paragraph(List.of(new Inline.Text(sb.toString()))));
    }

    /** Short lines with letters and no lower-case letters, such as "THE RESPONSE". */
    static boolean isHeading(String line) {
        String s = line.strip();
        if (s.length() < 2 || s.length() > 60 || s.endsWith(".") && !s.endsWith("...")) {
            return false;
        }
        boolean letters = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        long count = s.codePoints().filter(Character::isLetter).count();
        return letters && count >= 3;
    }

    /** "Jane Doe and John Roe, Associated Press" -> [Jane Doe, John Roe]. */
    static List<String> authors(String byline) {
        String s = byline.strip();
        int comma = s.indexOf(',');
        // A comma followed by an affiliation ("Jane Doe, Associated Press") ends the names
        // unless the part after it is itself a list of names joined by "and".
        String[] parts = s.split("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|,\\s*)\\s*");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String name = p.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && comma >= 0 && looksLikeAffiliation(name)) {
                break;
            }
            out.add(name);
        }
        return out.isEmpty() ? List.of(s) : out;
    }

    private static boolean looksLikeAffiliation(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("press") || l.contains("news") || l.contains("writer") || l.contains("correspondent")
                || l.contains("reuters") || l.contains("staff") || l.contains("times") || l.contains("post")
                || l.contains("editor") || l.contains("reporter");
    }

    private static String clean(String line) {
        return line.strip().replace('\t', ' ');
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
