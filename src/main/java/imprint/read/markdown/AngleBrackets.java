package imprint.read.markdown;

/**
 * Keeps commonmark-java linear on runs of {@code <}. Its inline parser tries an autolink and
 * an HTML tag at every {@code <}, and each try scans the rest of the paragraph for a
 * {@code >}: a paragraph of 100,000 {@code <} and no {@code >} cost five billion steps (two
 * minutes). A {@code <} with no {@code >} after it before the paragraph ends can start neither,
 * so escaping it ({@code \<}) changes nothing a reader sees and removes the scan. Only done
 * when a document has more than {@link #THRESHOLD} of them, and never in code (fences,
 * indented lines, lines with a backtick) or where a line could open an HTML block.
 */
final class AngleBrackets {
    /** Below this many hopeless brackets the scans cost nothing worth a rewrite. */
    static final int THRESHOLD = 1_000;

    private AngleBrackets() {
    }

    static String escapeHopeless(String body) {
        if (body.indexOf('<') < 0) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        boolean[] code = codeLines(lines);
        boolean[][] marks = new boolean[lines.length][];
        int count = 0;
        boolean closerLater = false;
        for (int l = lines.length - 1; l >= 0; l--) {
            String line = lines[l];
            if (line.isBlank()) {
                closerLater = false;
                continue;
            }
            boolean eligible = !code[l] && line.indexOf('`') < 0;
            int start = firstNonSpace(line);
            for (int i = line.length() - 1; i >= 0; i--) {
                char c = line.charAt(i);
                if (c == '>') {
                    closerLater = true;
                } else if (c == '<' && !closerLater && eligible && (i == 0 || line.charAt(i - 1) != '\\')
                        && !(i == start && start <= 3 && opensHtmlBlock(line, i))) {
                    if (marks[l] == null) {
                        marks[l] = new boolean[line.length()];
                    }
                    marks[l][i] = true;
                    count++;
                }
            }
        }
        if (count <= THRESHOLD) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length() + count);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                sb.append('\n');
            }
            String line = lines[l];
            if (marks[l] == null) {
                sb.append(line);
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                if (marks[l][i]) {
                    sb.append('\\');
                }
                sb.append(line.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Lines inside or opening fenced code, and indented lines (code, or a list's continuation). */
    private static boolean[] codeLines(String[] lines) {
        boolean[] code = new boolean[lines.length];
        String fence = null;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int s = firstNonSpace(line);
            String rest = line.substring(Math.min(s, line.length()));
            if (fence != null) {
                code[l] = true;
                if (s <= 3 && rest.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (s <= 3 && (rest.startsWith("```") || rest.startsWith("~~~"))) {
                fence = rest.substring(0, 3);
                code[l] = true;
            } else if (s >= 4 || line.startsWith("\t")) {
                code[l] = true;
            }
        }
        return code;
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether a {@code <} at a line's start could open an HTML block (a tag name, a comment, a declaration). */
    private static boolean opensHtmlBlock(String line, int i) {
        if (i + 1 >= line.length()) {
            return false;
        }
        char n = line.charAt(i + 1);
        return Character.isLetter(n) || n == '!' || n == '?' || n == '/';
    }
}
