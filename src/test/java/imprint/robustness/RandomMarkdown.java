package imprint.robustness;

import java.util.Random;

/**
 * Generates random Markdown from a small grammar that reaches every construct the reader
 * knows, mixed with hostile pieces: raw HTML, unsafe links, odd Unicode, unbalanced markup,
 * undefined footnotes, deep nesting and very long words.
 */
final class RandomMarkdown {
    private static final String[] WORDS = ("the quick brown fox jumps over lazy dogs while typesetters argue "
            + "about justification hyphenation kerning Ελληνικά русский tiếng Việt Zażółć «guillemets» "
            + "\"quotes\" it's -- --- ... 5<6 & a>b * _ ` ~~ [ ] ( ) ! # | \\ 🎉 中文 \u200B \u00AD \u202E").split(" ");

    private final Random r;

    RandomMarkdown(long seed) {
        this.r = new Random(seed);
    }

    String document() {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(3) == 0) {
            sb.append("---\ntitle: ").append(words(4)).append("\nauthor: [").append(words(2)).append("]\nlang: ")
                    .append(new String[] {"en", "fr", "de", "ru", "xx", "en-GB", "1@"}[r.nextInt(7)]).append("\n---\n");
        }
        int blocks = 1 + r.nextInt(25);
        for (int i = 0; i < blocks; i++) {
            block(sb, 0);
            sb.append("\n\n");
        }
        if (r.nextInt(4) == 0) {
            sb.append("[^a]: ").append(words(6)).append("\n[^b]: ").append(inline(3)).append('\n');
        }
        return sb.toString();
    }

    private void block(StringBuilder sb, int depth) {
        switch (r.nextInt(depth > 4 ? 4 : 13)) {
            case 0, 1, 2 -> sb.append(inline(5 + r.nextInt(60)));
            case 3 -> sb.append("#".repeat(1 + r.nextInt(7))).append(' ').append(inline(1 + r.nextInt(6)));
            case 4 -> {
                String marker = r.nextBoolean() ? "- " : (1 + r.nextInt(9)) + ". ";
                for (int i = 0; i < 1 + r.nextInt(5); i++) {
                    sb.append("  ".repeat(Math.min(depth, 3))).append(marker).append(r.nextInt(4) == 0 ? "[x] " : "")
                            .append(inline(2 + r.nextInt(10))).append('\n');
                }
            }
            case 5 -> {
                sb.append("> ");
                block(sb, depth + 1);
            }
            case 6 -> sb.append("```").append(r.nextBoolean() ? "java" : "").append('\n').append(words(8))
                    .append("\n\t").append("x".repeat(r.nextInt(200))).append("\n```");
            case 7 -> {
                int cols = 1 + r.nextInt(6);
                sb.append('|').append(" h |".repeat(cols)).append("\n|").append(":--|".repeat(cols)).append('\n');
                for (int i = 0; i < r.nextInt(6); i++) {
                    sb.append('|');
                    for (int c = 0; c < cols + r.nextInt(3) - 1; c++) {
                        sb.append(' ').append(inline(2)).append(" |");
                    }
                    sb.append('\n');
                }
            }
            case 8 -> sb.append("---");
            case 9 -> sb.append("<div onclick=\"x()\">").append(words(3)).append("<script>alert(1)</script></div>");
            case 10 -> sb.append("![").append(words(2)).append("](").append(
                    new String[] {"images/gradient.png", "../etc/passwd", "http://x/y.png", "missing.png", "data:image/png;base64,AA"}[r.nextInt(5)])
                    .append(" \"").append(words(2)).append("\")");
            case 11 -> sb.append(">".repeat(r.nextInt(300))).append(" deep ").append("- ".repeat(r.nextInt(300))).append("x");
            default -> sb.append("y".repeat(r.nextInt(3000)));
        }
    }

    private String inline(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(r.nextInt(12) == 0 ? "\n" : " ");
            }
            switch (r.nextInt(14)) {
                case 0 -> sb.append('*').append(words(2)).append('*');
                case 1 -> sb.append("**").append(words(2)).append("**");
                case 2 -> sb.append('`').append(words(2)).append('`');
                case 3 -> sb.append('[').append(words(2)).append("](").append(
                        new String[] {"https://example.com/a?b=1&c=2", "#intro", "javascript:alert(1)", "mailto:a@b.c", "rel/path.md", "#nope"}[r.nextInt(6)]).append(')');
                case 4 -> sb.append("[^").append(r.nextBoolean() ? "a" : "zz").append(']');
                case 5 -> sb.append("~~").append(words(1)).append("~~");
                case 6 -> sb.append("<b>").append(words(1)).append("</b>");
                case 7 -> sb.append("  \n");
                default -> sb.append(words(1));
            }
        }
        return sb.toString();
    }

    private String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
