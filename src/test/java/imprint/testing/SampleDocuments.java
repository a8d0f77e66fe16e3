package imprint.testing;

import imprint.model.Block;
import imprint.model.Block.Alignment;
import imprint.model.Block.ListItem;
import imprint.model.Block.TableCell;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents built directly as models, so renderer tests do not depend on the readers.
 * Images refer to {@code images/gradient.png}, relative to {@link #FIXTURES}.
 */
public final class SampleDocuments {
    /** The folder that holds test fixtures (images and source documents). */
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private SampleDocuments() {
    }

    public static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    public static Block.Paragraph p(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    public static Block.Paragraph p(String text) {
        return p(t(text));
    }

    public static Block.Heading h(int level, String text, String id) {
        return new Block.Heading(level, List.of(t(text)), id);
    }

    private static TableCell cell(String s) {
        return new TableCell(List.of(t(s)));
    }

    /** Every node type at least once, with escaping traps and several scripts. */
    public static Document kitchenSink() {
        Metadata meta = Metadata.EMPTY
                .withTitle("Kitchen Sink: Everything <Imprint> & “Friends”")
                .withSubtitle("A test of every node")
                .withAuthors(List.of("Ada Lovelace", "Émile Zola"))
                .withDate("2024-05-17")
                .withLanguage("en")
                .withPublisher("Imprint Test Press")
                .withDescription("Covers headings, lists, tables, code, quotes, notes & images.")
                .withRights("CC BY 4.0")
                .withKeywords(List.of("testing", "typesetting"));
        List<Block> b = new ArrayList<>();
        b.add(h(1, "Introduction", "introduction"));
        b.add(p(t("Plain text with "), new Inline.Emphasis(List.of(t("emphasis"))), t(", "),
                new Inline.Strong(List.of(t("strong"))), t(", "),
                new Inline.Strikethrough(List.of(t("struck"))), t(", "),
                new Inline.Code("code <span> & \"quotes\""), t(", a "),
                new Inline.Link("https://example.com/a?b=1&c=2", "Example", List.of(t("web link"))),
                t(", an "), new Inline.Link("#tables", "", List.of(t("internal link"))),
                t(" and a footnote."), new Inline.FootnoteRef("1"),
                new Inline.LineBreak(), t("After a hard line break: 5 < 6 & 7 > 3, “curly” and ‘single’ quotes — dashes… ellipsis.")));
        b.add(h(2, "Lists", "lists"));
        b.add(new Block.BulletList(List.of(
                new ListItem(List.of(p("First bullet")), Block.Task.NONE),
                new ListItem(List.of(p("Second bullet with a nested list"),
                        new Block.OrderedList(1, List.of(
                                new ListItem(List.of(p("Nested one"))),
                                new ListItem(List.of(p("Nested two"),
                                        new Block.BulletList(List.of(new ListItem(List.of(p("Third level")))), true)))),
                                true))),
                new ListItem(List.of(p("Third bullet")))), true));
        b.add(new Block.OrderedList(3, List.of(
                new ListItem(List.of(p("Starts at three"))),
                new ListItem(List.of(p("Then four"), p("With a second paragraph in a loose list")))), false));
        b.add(new Block.BulletList(List.of(
                new ListItem(List.of(p("A task still open")), Block.Task.OPEN),
                new ListItem(List.of(p("A task done")), Block.Task.DONE)), true));
        b.add(h(2, "Quotes and code", "quotes-and-code"));
        b.add(new Block.BlockQuote(List.of(
                p("A quoted paragraph that is long enough to wrap onto a second line in most layouts."),
                new Block.BlockQuote(List.of(p("A nested quote."))))));
        b.add(new Block.CodeBlock("java",
                "public static void main(String[] args) {\n"
                        + "    System.out.println(\"<hello> & goodbye\"); // a very long line that certainly exceeds the measure of the page and must wrap with a continuation mark\n"
                        + "}\n"));
        b.add(new Block.ThematicBreak());
        b.add(h(2, "Tables", "tables"));
        b.add(new Block.Table(List.of(Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT),
                List.of(cell("Name"), cell("Kind"), cell("Price")),
                List.of(List.of(cell("Apple"), cell("Fruit"), cell("1.20")),
                        List.of(cell("Carrot"), cell("Vegetable"), cell("0.80")),
                        List.of(cell("Bread & butter"), cell("Staple <basic>"), cell("3.50")))));
        b.add(h(2, "Images", "images"));
        b.add(new Block.Figure("images/gradient.png", "A gradient from blue to pink", "Figure 1: a gradient"));
        b.add(p(t("An inline image "), new Inline.Image("images/gradient.png", "small gradient", ""), t(" in text.")));
        b.add(h(3, "Level three", "level-three"));
        b.add(h(4, "Level four", "level-four"));
        b.add(h(5, "Level five", "level-five"));
        b.add(h(6, "Level six", "level-six"));
        b.add(p(t("Scripts: Ελληνικά κείμενα, русский текст, tiếng Việt có dấu, Zażółć gęślą jaźń."),
                new Inline.FootnoteRef("second")));
        b.add(new Block.FootnoteDefinition("1", List.of(p("The first footnote, with "),
                p(new Inline.Emphasis(List.of(t("a second paragraph")))))));
        b.add(new Block.FootnoteDefinition("second", List.of(p(t("The second footnote, with a "),
                new Inline.Link("https://ecma-international.org/publications-and-standards/standards/ecma-376/", "",
                        List.of(t("link to the standard"))), t(".")))));
        return new Document(meta, b);
    }

    /** Paragraphs in several languages and scripts; the document language is English. */
    public static Document multiLanguage() {
        Metadata meta = Metadata.EMPTY.withTitle("Many Languages").withAuthors(List.of("Polyglot"))
                .withLanguage("en").withDate("2024-01-02");
        List<Block> b = new ArrayList<>();
        b.add(h(1, "Français", "francais"));
        b.add(p("« Bonjour ! » dit-il ; l’été dernier, nous étions à Paris : c’était magnifique."));
        b.add(h(1, "Deutsch", "deutsch"));
        b.add(p("„Donaudampfschifffahrtsgesellschaftskapitän“ ist ein sehr langes Wort, sagte er."));
        b.add(h(1, "Ελληνικά", "ellinika"));
        b.add(p("Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο."));
        b.add(h(1, "Русский", "russkij"));
        b.add(p("Съешь же ещё этих мягких французских булок, да выпей чаю."));
        b.add(h(1, "Tiếng Việt", "tieng-viet"));
        b.add(p("Tiếng Việt có nhiều dấu thanh: ă â đ ê ô ơ ư, ả ã ạ ấ ầ ẩ ẫ ậ."));
        b.add(h(1, "Polski", "polski"));
        b.add(p("Pchnąć w tę łódź jeża lub ośm skrzyń fig."));
        b.add(h(1, "Español e italiano", "espanol"));
        b.add(p("¿Dónde está la biblioteca? ¡Aquí! Perché no? Così è."));
        return new Document(meta, b);
    }

    /**
     * A long, deterministic book: {@code chapters} chapters of {@code paragraphs} paragraphs,
     * each chapter with a section, a list and a footnote.
     */
    public static Document longBook(int chapters, int paragraphs) {
        Metadata meta = Metadata.EMPTY.withTitle("The Long Book").withAuthors(List.of("A. Writer"))
                .withLanguage("en").withDate("2023-03-04").withDescription("A generated long book.");
        String[] words = ("the quick brown fox jumps over lazy dogs while typesetters argue about "
                + "justification hyphenation kerning ligatures margins widows orphans and running "
                + "headers in beautifully printed books of considerable length").split(" ");
        List<Block> b = new ArrayList<>();
        long seed = 42;
        for (int c = 1; c <= chapters; c++) {
            b.add(h(1, "Chapter " + c, "chapter-" + c));
            for (int i = 0; i < paragraphs; i++) {
                if (i == paragraphs / 2) {
                    b.add(h(2, "Section " + c + "." + 1, "section-" + c + "-1"));
                }
                StringBuilder sb = new StringBuilder();
                int n = 40 + (int) Math.floorMod(seed, 60L);
                for (int w = 0; w < n; w++) {
                    seed = (seed * 6364136223846793005L + 1442695040888963407L);
                    String word = words[(int) ((seed >>> 33) % words.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == n - 1 ? "." : (w % 11 == 10 ? ", " : " "));
                }
                if (i == 1) {
                    b.add(p(t(sb.toString()), new Inline.FootnoteRef("c" + c)));
                } else {
                    b.add(p(sb.toString()));
                }
            }
            b.add(new Block.BulletList(List.of(new ListItem(List.of(p("A point in chapter " + c))),
                    new ListItem(List.of(p("Another point")))), true));
            b.add(new Block.FootnoteDefinition("c" + c, List.of(p("A note for chapter " + c + "."))));
        }
        return new Document(meta, b);
    }

    /**
     * The seed article split simply (first line title, blank-line paragraphs, the trailing
     * "Comments are closed." left out), without the plain-text reader's heuristics.
     */
    public static Document seedArticle() {
        Path seeds = Path.of("seeds");
        try (var files = Files.list(seeds)) {
            Path file = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\R\\s*\\R");
            List<Block> b = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String para = parts[i].strip().replaceAll("\\s*\\R\\s*", " ");
                if (!para.equals("Comments are closed.")) {
                    b.add(p(para));
                }
            }
            return new Document(Metadata.EMPTY.withTitle(parts[0].strip()).withLanguage("en"), b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
