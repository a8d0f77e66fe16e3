package imprint.robustness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One Markdown document per construct, the construct repeated {@code n} times: what an attacker
 * (or a long glossary, a big data table, a converted spreadsheet) feeds the reader. Used by the
 * scaling test (1,000 against 10,000 repetitions), its long profile (100,000) and the fuzzer.
 */
final class Constructs {
    private Constructs() {
    }

    /** Every construct by name, in a fixed order. */
    static final Map<String, IntFunction<String>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("footnotes", n -> repeat(n, i -> "Text with a note[^n" + i + "].\n\n")
                + repeat(n, i -> "[^n" + i + "]: Note " + i + ".\n"));
        ALL.put("footnotes-in-cells", n -> "| a | b |\n|---|---|\n" + repeat(n, i -> "| cell[^c" + i + "] | x |\n")
                + "\n" + repeat(n, i -> "[^c" + i + "]: Cell note " + i + ".\n"));
        ALL.put("headings", n -> repeat(n, i -> "## Heading " + i + "\n\nText " + i + ".\n\n"));
        ALL.put("identical-headings", n -> repeat(n, i -> "## Same\n\nText.\n\n"));
        ALL.put("table-rows", n -> "| a | b | c |\n|---|---|---|\n" + repeat(n, i -> "| " + i + " | two | three |\n"));
        ALL.put("table-cells", n -> "| " + "h | ".repeat(10) + "\n|" + "---|".repeat(10) + "\n"
                + repeat(n / 10, i -> "| " + "c | ".repeat(10) + "\n"));
        ALL.put("list-items", n -> repeat(n, i -> "- item " + i + "\n"));
        ALL.put("task-items", n -> repeat(n, i -> "- [" + (i % 2 == 0 ? "x" : " ") + "] task " + i + "\n"));
        ALL.put("quote-lines", n -> repeat(n, i -> "> quoted line " + i + "\n"));
        ALL.put("links", n -> repeat(n, i -> "[link " + i + "](https://example.com/" + i + ") "));
        ALL.put("reference-definitions", n -> repeat(n, i -> "[r" + i + "]: https://example.com/" + i + "\n")
                + "\n" + repeat(Math.min(n, 1000), i -> "[use][r" + i + "] "));
        ALL.put("emphasis", n -> repeat(n, i -> "*em " + i + "* **strong** "));
        ALL.put("inline-html", n -> repeat(n, i -> "<b>bold " + i + "</b> "));
        ALL.put("block-html", n -> repeat(n, i -> "<div>block " + i + "</div>\n\n"));
        ALL.put("entities", n -> repeat(n, i -> "&amp; &copy; &#8212; "));
        ALL.put("images", n -> repeat(n, i -> "![picture " + i + "](missing.png) "));
        ALL.put("lt-runs", n -> "Text " + "<".repeat(n) + " end.\n");
        ALL.put("bracket-runs", n -> "Text " + "[".repeat(n) + " end.\n");
        ALL.put("hard-breaks", n -> repeat(n, i -> "line " + i + "  \n"));
        ALL.put("paragraphs", n -> repeat(n, i -> "Paragraph " + i + " with a few words in it.\n\n"));
    }

    private static String repeat(int n, IntFunction<String> one) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(one.apply(i));
        }
        return sb.toString();
    }

    /**
     * Writes {@code OUT/<construct>.md} for every construct at {@code N} repetitions (the inputs
     * of the README's table): {@code java -cp target/test-classes imprint.robustness.Constructs OUT N}.
     */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path out = java.nio.file.Files.createDirectories(java.nio.file.Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (String c : ALL.keySet()) {
            java.nio.file.Files.writeString(out.resolve(c + ".md"), document(c, n));
        }
    }

    /** The document for one construct repeated {@code n} times, under a title. */
    static String document(String construct, int n) {
        return "# " + construct + "\n\n" + ALL.get(construct).apply(n) + "\n";
    }
}
