import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the benchmark inputs: a Markdown book of about 100,000 words (book.md), the same kind of
 * book ten times as long (book-x10.md, for the cost-is-linear check) and a folder of articles
 * (copies of the seed article with a numbered title). Deterministic, so runs are comparable.
 * Usage: java src/bench/GenerateCorpus.java OUT_DIR [ARTICLES]
 */
public class GenerateCorpus {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(out.resolve("articles"));
        String seed = Files.readString(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        for (int i = 1; i <= articles; i++) {
            Files.writeString(out.resolve("articles").resolve(String.format("article-%04d.txt", i)),
                    "Article " + i + ": " + seed);
        }
        // The seed's vocabulary (about 190 words of two letters or more) plus one made-up word in 30, never repeated, so
        // that per-word caches in the renderers see a book-like mix of common and new words.
        String[] words = seed.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\s]", " ").strip()
                .split("\\s+");
        words = java.util.Arrays.stream(words).filter(w -> w.length() > 1).distinct().sorted()
                .toArray(String[]::new);
        Files.writeString(out.resolve("book.md"), book(words, 100_000));
        Files.writeString(out.resolve("book-x10.md"), book(words, 1_000_000));
        System.out.println("vocabulary " + words.length + " words");
        System.out.println("wrote " + out.resolve("book.md") + ", " + out.resolve("book-x10.md") + " and "
                + articles + " articles");
    }

    /** A book of about {@code target} words: chapters of 25 paragraphs, a list and a footnote each. */
    private static String book(String[] words, int target) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder("---\ntitle: The Benchmark Book\nauthor: A. Writer\nlang: en\n---\n\n");
        int count = 0;
        for (int chapter = 1; count < target; chapter++) {
            sb.append("# Chapter ").append(chapter).append("\n\n");
            for (int p = 0; p < 25 && count < target; p++) {
                if (p == 12) {
                    sb.append("## Section ").append(chapter).append(".1\n\n");
                }
                int n = 60 + r.nextInt(90);
                for (int w = 0; w < n; w++) {
                    String word = r.nextInt(30) == 0 ? madeUp(r) : words[r.nextInt(words.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == n - 1 ? "." : r.nextInt(12) == 0 ? ", " : " ");
                }
                count += n;
                if (p == 3) {
                    sb.append("[^c").append(chapter).append("]");
                }
                sb.append("\n\n");
            }
            sb.append("- a point in chapter ").append(chapter).append("\n- *another* point\n\n");
            sb.append("[^c").append(chapter).append("]: A note for chapter ").append(chapter).append(".\n\n");
        }
        return sb.toString();
    }

    private static String madeUp(Random r) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + r.nextInt(4);
        for (int i = 0; i < syllables; i++) {
            w.append("bcdfghklmnprstvz".charAt(r.nextInt(16))).append("aeiou".charAt(r.nextInt(5)));
            if (r.nextBoolean()) {
                w.append("lnrst".charAt(r.nextInt(5)));
            }
        }
        return w.toString();
    }
}
