package imprint.render.pdf.layout;

/** The running head's text as it fits above the page: only what its face can draw, cut at a word with an ellipsis. */
final class RunningHeads {
    private RunningHeads() {
    }

    /** The running head, shortened at a word boundary with an ellipsis when it is too wide. */
    static String fit(String s, double width, FontMetrics fm, double furniture) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (fm.canDisplay(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        String all = sb.toString();
        if (fm.width(all, furniture) <= width) {
            return all;
        }
        String[] words = all.split(" ");
        StringBuilder head = new StringBuilder();
        for (String w : words) {
            String next = head.length() == 0 ? w : head + " " + w;
            if (head.length() > 0 && fm.width(trimEnd(next) + "\u2026", furniture) > width) {
                break;
            }
            head.setLength(0);
            head.append(next);
        }
        String cut = trimEnd(head.toString());
        if (fm.width(cut + "\u2026", furniture) > width) {
            // One word too long for the line: only then is it cut inside.
            while (cut.length() > 1 && fm.width(cut + "\u2026", furniture) > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
        }
        return cut + "\u2026";
    }

    /** Without the spaces, dashes and punctuation that would stand before the ellipsis. */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && " \u2014\u2013-,;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
