package imprint.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The folder {@link ExportJobTest} exports: news articles (the seed with numbered titles and
 * every fifth as Markdown with headings, a list and a footnote), a sub-folder of Markdown
 * documents in other languages, the kitchen-sink fixture with its image in another, and hostile
 * files: binary data, Latin-1 text, an empty and a blank file, one over the size limit, and two
 * inputs whose exports would have the same names.
 */
final class SparkCorpus {
    private SparkCorpus() {
    }

    /** Writes the folder; {@code good} gets the relative paths of the documents that must export. */
    static void write(Path in, int articles, int desk, List<String> good) throws IOException {
        String seed = Files.readString(Path.of("seeds/france-girds-against-cyberattacks.txt"));
        Files.createDirectories(in);
        for (int i = 1; i <= articles; i++) {
            String name;
            if (i % 5 == 0) {
                name = String.format("article-%04d.md", i);
                Files.writeString(in.resolve(name), markdown(i, seed));
            } else {
                name = String.format("article-%04d.txt", i);
                Files.writeString(in.resolve(name), "Article " + i + ": " + seed);
            }
            good.add(name);
        }
        Path d = Files.createDirectories(in.resolve("desk"));
        String[] langs = {"fr", "de", "es", "it", "nl"};
        for (int i = 1; i <= desk; i++) {
            String name = String.format("brief-%02d.md", i);
            Files.writeString(d.resolve(name), "---\ntitle: Brief " + i + "\nlang: " + langs[i % langs.length]
                    + "\ndate: 2024-05-" + String.format("%02d", 1 + i % 28) + "\n---\n\n" + seed.lines().skip(2)
                    .reduce("", (a, b) -> a + b + "\n"));
            good.add("desk/" + name);
        }
        Path features = Files.createDirectories(in.resolve("features/images"));
        Files.copy(Path.of("src/test/resources/fixtures/kitchen-sink.md"), in.resolve("features/kitchen-sink.md"));
        Files.copy(Path.of("src/test/resources/fixtures/images/gradient.png"), features.resolve("gradient.png"));
        good.add("features/kitchen-sink.md");

        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(in.resolve("binary.md"), binary);
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me\n\nUn article en Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("empty.md"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), "   \n\n\t\n");
        Files.writeString(in.resolve("oversized.md"), book(20_000));
        Files.writeString(in.resolve("dup.md"), "# Dup\n\nThe Markdown one keeps its exports.\n");
        Files.writeString(in.resolve("dup.txt"), "Dup\n\nThe text one would overwrite them.\n");
        good.add("dup.md");
    }

    private static String markdown(int i, String seed) {
        String[] paragraphs = seed.split("\n\n");
        StringBuilder sb = new StringBuilder("# Article " + i + "\n\n");
        for (int p = 1; p < paragraphs.length; p++) {
            if (p == 3) {
                sb.append("## Background\n\n- first point\n- second *point*\n\n");
            }
            sb.append(paragraphs[p].strip()).append(p == 2 ? "[^1]" : "").append("\n\n");
        }
        return sb.append("[^1]: A note to article ").append(i).append(".\n").toString();
    }

    /** Markdown of about {@code words} words in chapters (for size and time limits). */
    static String book(int words) {
        Random r = new Random(42);
        String[] vocabulary = ("the of and to in that for with on as by at from cyber attack network power grid "
                + "minister agency report system defence security public service energy").split(" ");
        StringBuilder sb = new StringBuilder("---\ntitle: A Long Book\nlang: en\n---\n\n");
        for (int n = 0, chapter = 1; n < words; chapter++) {
            sb.append("# Chapter ").append(chapter).append("\n\n");
            for (int p = 0; p < 20 && n < words; p++) {
                for (int w = 0; w < 100; w++, n++) {
                    sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(w == 99 ? ".\n\n" : " ");
                }
            }
        }
        return sb.toString();
    }
}
