package imprint.render.docx;

import static imprint.testing.SampleDocuments.h;
import static imprint.testing.SampleDocuments.p;
import static imprint.testing.SampleDocuments.t;

import imprint.Imprint;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.plan.DocxStyle;
import imprint.plan.RenderContext;
import imprint.plan.RenderOptions;
import imprint.resource.FolderResourceResolver;
import imprint.testing.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The documents every DOCX conformance test runs over: the project's fixtures (the seed
 * article and the Markdown fixtures read through the reader, the model-built samples), a
 * document of nested structures (quotes three deep, lists in quotes and quotes in lists,
 * links, images, tables and repeated references in notes, a note referenced only from a
 * note), and a manuscript.
 */
final class DocxFixtures {
    static final RenderOptions MANUSCRIPT = RenderOptions.DEFAULTS.withDocxStyle(DocxStyle.parse("manuscript")
            .withContact(List.of("Jane Q. Writer", "12 Harbour Road", "Port Isaac", "jane@example.com")));

    /** A named document with the options to render it with. */
    record Fixture(String name, Document doc, RenderOptions options) {
        @Override
        public String toString() {
            return name;
        }
    }

    private DocxFixtures() {
    }

    static List<Fixture> all() {
        List<Fixture> out = new ArrayList<>();
        out.add(new Fixture("seed", read(Path.of("seeds/france-girds-against-cyberattacks.txt")), RenderOptions.DEFAULTS));
        out.add(new Fixture("kitchen-sink.md", read(SampleDocuments.FIXTURES.resolve("kitchen-sink.md")), RenderOptions.DEFAULTS));
        out.add(new Fixture("multi-language.md", read(SampleDocuments.FIXTURES.resolve("multi-language.md")), RenderOptions.DEFAULTS));
        out.add(new Fixture("kitchen-sink", SampleDocuments.kitchenSink(), RenderOptions.DEFAULTS));
        out.add(new Fixture("long-book", SampleDocuments.longBook(12, 8), RenderOptions.DEFAULTS));
        out.add(new Fixture("structures", structures(), RenderOptions.DEFAULTS));
        out.add(new Fixture("manuscript", story(), MANUSCRIPT));
        out.add(new Fixture("kitchen-sink-manuscript", SampleDocuments.kitchenSink(), MANUSCRIPT.withPaper(imprint.plan.Paper.LETTER)));
        return out;
    }

    static Stream<Arguments> arguments() {
        return all().stream().map(Arguments::of);
    }

    static Document read(Path file) {
        try {
            return Imprint.read(file, new Diagnostics());
        } catch (imprint.diag.ImprintException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    static byte[] render(Fixture f) {
        return render(f.doc(), f.options());
    }

    /** Renders through {@link Imprint#plan}, as the command line does (page numbers from the PDF). */
    static byte[] render(Document doc, RenderOptions options) {
        RenderContext ctx = new RenderContext(options, new Diagnostics(),
                new FolderResourceResolver(List.of(SampleDocuments.FIXTURES)), "sample.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer().render(Imprint.plan(doc, ctx), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Inline.Link link(String url, String text) {
        return new Inline.Link(url, "", List.of(t(text)));
    }

    /** Nesting and notes in every combination Word has a way to say. */
    static Document structures() {
        List<Block> b = new ArrayList<>();
        b.add(h(1, "Nesting", "nesting"));
        b.add(new Block.BlockQuote(List.of(p("Quote level one."),
                new Block.BlockQuote(List.of(p("Quote level two."),
                        new Block.BlockQuote(List.of(p("Quote level three."))))),
                p("Back at level one."),
                new Block.BulletList(List.of(new Block.ListItem(List.of(p("An item inside the quote"))),
                        new Block.ListItem(List.of(p("Another item inside the quote"),
                                new Block.OrderedList(1, List.of(new Block.ListItem(List.of(p("Numbered, deeper")))), true))))
                        , true))));
        b.add(new Block.BulletList(List.of(
                new Block.ListItem(List.of(p("An item holding a quote"), new Block.BlockQuote(List.of(p("Quoted inside the item."))))),
                new Block.ListItem(List.of(new Block.CodeBlock("", "code first in an item"))),
                new Block.ListItem(List.of(p("Then a paragraph"), p("and its continuation")))), false));
        b.add(h(1, "Notes", "notes"));
        b.add(p(t("A note with a link and an image"), new Inline.FootnoteRef("links"), t(", a note holding a table"),
                new Inline.FootnoteRef("table"), t(", the first note again"), new Inline.FootnoteRef("links"),
                t(" and a note that refers to another"), new Inline.FootnoteRef("outer"), t(".")));
        b.add(new Block.Table(List.of(Block.Alignment.DEFAULT), List.of(new Block.TableCell(List.of(t("Cell with a note"), new Inline.FootnoteRef("cell")))),
                List.of(List.of(new Block.TableCell(List.of(t("Plain cell")))))));
        b.add(h(2, "The end", "the-end"));
        b.add(p(t("See "), link("#nesting", "the start"), t(".")));
        b.add(new Block.FootnoteDefinition("links", List.of(p(t("Read "), link("https://example.org/notes?a=1&b=2", "the notes"),
                t(" and look: "), new Inline.Image("images/gradient.png", "a gradient in a note", ""), t(" — or go "),
                link("#the-end", "to the end"), t(".")))));
        b.add(new Block.FootnoteDefinition("table", List.of(new Block.Table(List.of(Block.Alignment.DEFAULT),
                List.of(new Block.TableCell(List.of(t("Head")))), List.of(List.of(new Block.TableCell(List.of(t("Body")))))))));
        b.add(new Block.FootnoteDefinition("outer", List.of(p(t("The outer note, citing"), new Inline.FootnoteRef("inner"), t(".")))));
        b.add(new Block.FootnoteDefinition("inner", List.of(p("The inner note, referenced only from a note."))));
        b.add(new Block.FootnoteDefinition("cell", List.of(p("A note from a table cell."))));
        return new Document(Metadata.EMPTY.withTitle("Structures").withAuthors(List.of("Test")).withLanguage("en"), b);
    }

    /** A short story: chapters, scene breaks (both kinds), italics, a note. */
    static Document story() {
        List<Block> b = new ArrayList<>();
        b.add(h(1, "One", "one"));
        b.add(p("The lamp had gone out at a quarter past nine, and Mara knew before she reached the top of the stairs "
                + "that the trouble was not the wick."));
        b.add(p(t("She climbed anyway. "), new Inline.Emphasis(List.of(t("Someone has to,"))), t(" her father used to say.")));
        b.add(new Block.ThematicBreak());
        b.add(p("In the morning the harbourmaster came up the path with his hat in his hand."));
        b.add(h(1, "", "")); // a line holding only "#" in Markdown: an empty heading, a scene break in a manuscript
        b.add(p("She slept until noon."));
        b.add(h(1, "Two", "two"));
        b.add(p("The letter arrived a week later, on thick paper that smelled of the city."));
        return new Document(Metadata.EMPTY.withTitle("The Lighthouse Keeper: A Story").withAuthors(List.of("Jane Q. Writer"))
                .withLanguage("en"), b);
    }
}
