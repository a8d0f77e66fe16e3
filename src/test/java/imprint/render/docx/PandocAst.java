package imprint.render.docx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A DOCX as pandoc reads it ({@code pandoc -f docx -t json}), flattened to what the tests
 * compare with the model: the text blocks in reading order with the quotes and lists around
 * each, and the notes with their text and link targets.
 */
final class PandocAst {
    /**
     * A paragraph, heading, code block or table-cell paragraph.
     *
     * @param kind   pandoc's block type (Para, Plain, Header, CodeBlock)
     * @param text   its text (notes and image descriptions left out)
     * @param quotes the block quotes around it
     * @param lists  the list levels around it (0 outside lists)
     * @param tocish whether it is one linked entry of a contents list (a paragraph of one link to an anchor)
     */
    record TextBlock(String kind, String text, int quotes, int lists, boolean tocish) {
    }

    /** A note: its text and the targets of the links in it. */
    record Note(String text, List<String> links) {
    }

    final List<TextBlock> blocks = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final JsonNode meta;

    private PandocAst(JsonNode root) {
        meta = root.get("meta");
        walk(root.get("blocks"), 0, 0, blocks, notes);
    }

    /** Runs pandoc on a DOCX file (pandoc must be installed: {@code .ci/run} installs it). */
    static PandocAst read(Path docx) throws IOException, InterruptedException {
        Path json = Files.createTempFile(docx.getParent(), "pandoc", ".json");
        Process p = new ProcessBuilder("pandoc", "-f", "docx", "-t", "json", "-o", json.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pandoc failed on " + docx + ": " + log);
        }
        return new PandocAst(new ObjectMapper().readTree(json.toFile()));
    }

    private static void walk(JsonNode blockList, int quotes, int lists, List<TextBlock> out, List<Note> notes) {
        for (JsonNode b : blockList) {
            String t = b.get("t").asText();
            JsonNode c = b.get("c");
            switch (t) {
                case "Para", "Plain" -> out.add(new TextBlock(t, inlines(c, notes), quotes, lists, isTocEntry(c)));
                case "Header" -> out.add(new TextBlock(t, inlines(c.get(2), notes), quotes, lists, false));
                case "CodeBlock" -> out.add(new TextBlock(t, c.get(1).asText(), quotes, lists, false));
                case "BlockQuote" -> walk(c, quotes + 1, lists, out, notes);
                case "Div" -> walk(c.get(1), quotes, lists, out, notes);
                case "BulletList" -> c.forEach(item -> walk(item, quotes, lists + 1, out, notes));
                case "OrderedList" -> c.get(1).forEach(item -> walk(item, quotes, lists + 1, out, notes));
                case "Table" -> cells(c, quotes, lists, out, notes);
                default -> {
                    // HorizontalRule, RawBlock, Null: no text
                }
            }
        }
    }

    /** Every block list inside a table's structure, in document order. */
    private static void cells(JsonNode n, int quotes, int lists, List<TextBlock> out, List<Note> notes) {
        if (n.isArray() && n.size() > 0 && n.get(0).isObject() && n.get(0).has("t") && isBlock(n.get(0).get("t").asText())) {
            walk(n, quotes, lists, out, notes);
            return;
        }
        if (n.isContainerNode()) {
            n.forEach(child -> cells(child, quotes, lists, out, notes));
        }
    }

    private static boolean isBlock(String t) {
        return List.of("Para", "Plain", "Header", "CodeBlock", "BlockQuote", "Div", "BulletList", "OrderedList", "Table",
                "HorizontalRule", "LineBlock", "RawBlock", "Null", "DefinitionList").contains(t);
    }

    private static boolean isTocEntry(JsonNode inlines) {
        return inlines.size() == 1 && inlines.get(0).get("t").asText().equals("Link")
                && inlines.get(0).get("c").get(2).get(0).asText().startsWith("#");
    }

    private static String inlines(JsonNode list, List<Note> notes) {
        StringBuilder sb = new StringBuilder();
        inlines(list, sb, notes, null);
        return sb.toString();
    }

    private static void inlines(JsonNode list, StringBuilder sb, List<Note> notes, List<String> links) {
        for (JsonNode in : list) {
            String t = in.get("t").asText();
            JsonNode c = in.get("c");
            switch (t) {
                case "Str" -> sb.append(c.asText());
                case "Space", "SoftBreak", "LineBreak" -> sb.append(' ');
                case "Code", "Math", "RawInline" -> sb.append(c.get(1).asText());
                case "Emph", "Strong", "Strikeout", "Underline", "Subscript", "SmallCaps" ->
                        inlines(c, sb, notes, links);
                case "Quoted", "Cite" -> inlines(c.get(1), sb, notes, links);
                case "Span" -> inlines(c.get(1), sb, notes, links);
                case "Link" -> {
                    if (links != null) {
                        links.add(c.get(2).get(0).asText());
                    }
                    inlines(c.get(1), sb, notes, links);
                }
                case "Note" -> notes.add(note(c));
                default -> {
                    // Image: its description is not printed text; Superscript: a note's number or mark
                }
            }
        }
    }

    private static Note note(JsonNode blocks) {
        List<TextBlock> inner = new ArrayList<>();
        List<Note> nested = new ArrayList<>();
        List<String> links = new ArrayList<>();
        collectLinks(blocks, links);
        walk(blocks, 0, 0, inner, nested);
        return new Note(String.join(" ", inner.stream().map(TextBlock::text).toList()), links);
    }

    private static void collectLinks(JsonNode n, List<String> links) {
        if (n.isObject() && n.has("t") && n.get("t").asText().equals("Link")) {
            links.add(n.get("c").get(2).get(0).asText());
        }
        if (n.isContainerNode()) {
            n.forEach(child -> collectLinks(child, links));
        }
    }
}
