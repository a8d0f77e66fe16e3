package imprint.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import imprint.model.Block;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.model.ModelText;
import imprint.model.Walker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pandoc, the reference converter, reads every fixture's DOCX back: every text block in order
 * with its full text, the quote and list levels around it, and every note with its text and
 * its links. Where pandoc 2.17's DOCX reader cannot say what the file says, the comparison
 * takes pandoc's reading for what it can be and says so: it sees at most two levels of quotes
 * (the Quote style, then any indentation beyond it), a list inside a quote as a quote inside
 * a list, code indented with its list item as a quote, and a list item's second paragraph as
 * a paragraph after the list (pandoc's own DOCX
 * writer has the same round trip). POI's reading of the same structures is exact
 * ({@link DocxStructureTest}).
 */
class PandocReadBackTest {
    @TempDir
    Path tmp;

    /**
     * A model text block with what encloses it.
     *
     * @param listInQuote  whether lists and quotes enclose it in a mix pandoc cannot read back
     *                     (a list in a quote, a quote or code in a list)
     * @param continuation whether it is a list item's later block
     */
    record Expected(String text, int quotes, int lists, boolean listInQuote, boolean continuation) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imprint.render.docx.DocxFixtures#arguments")
    void pandocReadsEveryBlockEveryLevelAndEveryNote(DocxFixtures.Fixture f) throws Exception {
        PandocAst ast = read(f);
        List<Expected> want = new ArrayList<>();
        shape(f.doc().blocks(), 0, 0, false, false, want);
        List<PandocAst.TextBlock> got = ast.blocks;
        int at = 0;
        boolean started = false;
        for (Expected e : want) {
            String text = ModelText.squeeze(e.text());
            PandocAst.TextBlock b;
            while (true) {
                assertTrue(at < got.size(), f.name() + ": pandoc lost or moved: " + e.text());
                b = got.get(at++);
                if (ModelText.squeeze(b.text().replaceFirst("^[\u2610\u2611] ?", "")).equals(text)) {
                    break;
                }
                // Before the body: the title block, the manuscript's contact block, the contents.
                assertTrue(!started || b.text().isBlank() || b.tocish() || b.text().strip().equals("#")
                                || b.text().strip().equals(BlockWriter.SCENE_BREAK),
                        f.name() + ": pandoc read \"" + b.text() + "\" where the model has \"" + e.text() + "\"");
            }
            started = true;
            int quotes = e.listInQuote() ? b.quotes() : Math.min(e.quotes(), 2);
            assertEquals(quotes, b.quotes(), f.name() + ": quote level of " + e.text());
            if (!e.listInQuote() && !e.continuation()) {
                assertEquals(e.lists(), b.lists(), f.name() + ": list level of " + e.text());
            }
        }
        List<Block.FootnoteDefinition> notes = notesInWordOrder(f.doc());
        assertEquals(notes.size(), ast.notes.size(), f.name() + ": notes");
        for (int i = 0; i < notes.size(); i++) {
            PandocAst.Note n = ast.notes.get(i);
            List<Expected> noteBlocks = new ArrayList<>();
            shape(notes.get(i).blocks(), 0, 0, false, false, noteBlocks);
            String text = ModelText.squeeze(String.join(" ", noteBlocks.stream().map(Expected::text).toList()));
            assertTrue(ModelText.squeeze(n.text()).startsWith(text), f.name() + ": note " + (i + 1) + " reads \"" + n.text()
                    + "\", the model has \"" + text + "\"");
            assertEquals(links(notes.get(i).blocks()), n.links().subList(0, Math.min(n.links().size(),
                    links(notes.get(i).blocks()).size())), f.name() + ": links of note " + (i + 1));
        }
    }

    /** Issue 15's own case: the kitchen sink's note link keeps its target and the nested quote stays nested. */
    @Test
    void kitchenSinkKeepsTheNoteLinkAndTheNestedQuote() throws Exception {
        Document doc = DocxFixtures.read(imprint.testing.SampleDocuments.FIXTURES.resolve("kitchen-sink.md"));
        PandocAst ast = read(new DocxFixtures.Fixture("kitchen-sink.md", doc, imprint.plan.RenderOptions.DEFAULTS));
        List<String> modelLinks = links(notesInWordOrder(doc).get(1).blocks());
        assertEquals(List.of("https://ecma-international.org/publications-and-standards/standards/ecma-376/"), modelLinks);
        assertEquals(modelLinks, ast.notes.get(1).links(), "the link in the second note, not [link]()");
        Block.BlockQuote outer = (Block.BlockQuote) doc.blocks().stream().filter(b -> b instanceof Block.BlockQuote)
                .findFirst().orElseThrow();
        Block.BlockQuote inner = (Block.BlockQuote) outer.blocks().get(1);
        String outerText = Inlines.plainText(((Block.Paragraph) outer.blocks().get(0)).content());
        String innerText = Inlines.plainText(((Block.Paragraph) inner.blocks().get(0)).content());
        assertEquals(1, find(ast, outerText).quotes());
        assertEquals(2, find(ast, innerText).quotes());
    }

    private PandocAst read(DocxFixtures.Fixture f) throws Exception {
        Path file = tmp.resolve(f.name().replaceAll("[^A-Za-z0-9.-]", "_") + ".docx");
        Files.write(file, DocxFixtures.render(f));
        return PandocAst.read(file);
    }

    private static PandocAst.TextBlock find(PandocAst ast, String text) {
        return ast.blocks.stream().filter(b -> ModelText.squeeze(b.text()).equals(ModelText.squeeze(text))).findFirst()
                .orElseThrow(() -> new AssertionError("pandoc lost: " + text));
    }

    /** The model's text blocks with their quote and list depth, in reading order. */
    static void shape(List<Block> blocks, int quotes, int lists, boolean listInQuote, boolean inItem, List<Expected> out) {
        for (Block b : blocks) {
            boolean continuation = inItem && !out.isEmpty() && out.get(out.size() - 1).lists() == lists;
            if (b instanceof Block.Heading h) {
                add(out, Inlines.printedText(h.content()), quotes, lists, listInQuote, false);
            } else if (b instanceof Block.Paragraph p) {
                add(out, Inlines.printedText(p.content()), quotes, lists, listInQuote, continuation);
            } else if (b instanceof Block.CodeBlock c) {
                // Code indented with its list item: pandoc takes any indentation beyond the style's for a quote.
                add(out, c.code(), quotes, lists, listInQuote || lists > 0, continuation);
            } else if (b instanceof Block.BlockQuote q) {
                shape(q.blocks(), quotes + 1, lists, listInQuote || lists > 0, false, out);
            } else if (b instanceof Block.BulletList l) {
                items(l.items(), quotes, lists, listInQuote, out);
            } else if (b instanceof Block.OrderedList l) {
                items(l.items(), quotes, lists, listInQuote, out);
            } else if (b instanceof Block.Table t) {
                t.header().forEach(c -> add(out, Inlines.printedText(c.content()), quotes, lists, listInQuote, false));
                t.rows().forEach(r -> r.forEach(c -> add(out, Inlines.printedText(c.content()), quotes, lists, listInQuote, false)));
            } else if (b instanceof Block.Figure fig) {
                add(out, fig.caption(), quotes, lists, listInQuote, false);
            }
        }
    }

    private static void items(List<Block.ListItem> items, int quotes, int lists, boolean listInQuote, List<Expected> out) {
        for (Block.ListItem item : items) {
            int before = out.size();
            shape(item.blocks().subList(0, Math.min(1, item.blocks().size())), quotes, lists + 1, listInQuote || quotes > 0,
                    false, out);
            if (out.size() > before && !(item.blocks().get(0) instanceof Block.Paragraph)) {
                // A first block that is not a paragraph follows an empty numbered paragraph.
                Expected e = out.remove(before);
                out.add(before, new Expected(e.text(), e.quotes(), e.lists(), e.listInQuote(), true));
            }
            shape(item.blocks().subList(Math.min(1, item.blocks().size()), item.blocks().size()), quotes, lists + 1,
                    listInQuote || quotes > 0, true, out);
        }
    }

    private static void add(List<Expected> out, String text, int quotes, int lists, boolean listInQuote, boolean cont) {
        if (!text.isBlank()) {
            out.add(new Expected(text, quotes, lists, listInQuote, cont));
        }
    }

    /** The notes in the order the text first references them: the order Word numbers them in. */
    static List<Block.FootnoteDefinition> notesInWordOrder(Document doc) {
        Map<String, Block.FootnoteDefinition> defs = new HashMap<>();
        Walker.walk(doc.blocks(), new Walker.Listener() {
            @Override
            public void block(Block b) {
                if (b instanceof Block.FootnoteDefinition d) {
                    defs.putIfAbsent(d.label(), d);
                }
            }
        });
        Map<String, Block.FootnoteDefinition> order = new LinkedHashMap<>();
        List<Block> body = doc.blocks().stream().filter(b -> !(b instanceof Block.FootnoteDefinition)).toList();
        Walker.walk(body, new Walker.Listener() {
            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.FootnoteRef r && defs.containsKey(r.label())) {
                    order.putIfAbsent(r.label(), defs.get(r.label()));
                }
            }
        });
        return new ArrayList<>(order.values());
    }

    /** The link targets of blocks, in order. */
    static List<String> links(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        Walker.walk(blocks, new Walker.Listener() {
            @Override
            public void inline(Inline in) {
                if (in instanceof Inline.Link l) {
                    out.add(l.target());
                }
            }
        });
        return out;
    }
}
