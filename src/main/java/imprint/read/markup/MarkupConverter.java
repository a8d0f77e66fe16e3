package imprint.read.markup;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.LinkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a {@link Node} tree in the HTML or NITF vocabulary to model blocks. Both vocabularies
 * share their paragraphs, lists, tables, links and emphasis; NITF adds {@code hl1}/{@code hl2}
 * headings, {@code bq} quotations with a {@code credit}, {@code block} groups, {@code media}
 * with {@code media-reference}, {@code media-caption} and {@code media-producer}, {@code fn}
 * footnotes and {@code tagline}; HTML adds {@code figure}/{@code figcaption} (a credit in it is
 * an element of class {@code credit}, or a {@code small} or {@code cite}). Elements it does not
 * know are transparent: their text is kept. Inline content collapses white space as browsers do.
 * One converter per document (it numbers footnotes).
 */
public final class MarkupConverter {
    private static final Set<String> CONTAINERS = Set.of(
            "div", "section", "article", "main", "header", "footer", "aside", "block", "body", "body.content",
            "body.end", "nitf-table", "center", "details", "hgroup", "figure-group", "media-group", "span-block");
    private static final Set<String> PARAGRAPHS = Set.of("p", "tagline", "bibliography", "address", "dt", "dd",
            "summary", "caption", "credit", "datasource");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2",
            "blockquote", "bq", "note", "ul", "ol", "dl", "pre", "hr", "table", "figure", "media", "tagline",
            "bibliography", "address", "dt", "dd", "summary", "li", "credit", "datasource");

    private final Diagnostics diagnostics;
    private final List<Block.FootnoteDefinition> notes = new ArrayList<>();
    private boolean unsafeReported;

    public MarkupConverter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The footnotes met so far ({@code fn} elements), to be appended after the body. */
    public List<Block.FootnoteDefinition> footnotes() {
        return List.copyOf(notes);
    }

    /** The blocks of a sequence of sibling nodes; loose inline content becomes paragraphs. */
    public List<Block> blocks(List<Node> nodes) {
        List<Block> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.isText() && isBlock(n)) {
                flushRun(run, out);
                block(n, out);
            } else {
                run.add(n);
            }
        }
        flushRun(run, out);
        return out;
    }

    private boolean isBlock(Node n) {
        if (BLOCKS.contains(n.name()) || CONTAINERS.contains(n.name())) {
            return true;
        }
        if (n.name().equals("img")) {
            return false;
        }
        // an unknown element holding blocks is a container; otherwise it is inline
        for (Node c : n.children()) {
            if (!c.isText() && isBlock(c)) {
                return true;
            }
        }
        return false;
    }

    private void flushRun(List<Node> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> in = inlines(run);
        run.clear();
        if (!in.isEmpty()) {
            // an image alone at block level is a figure
            if (in.size() == 1 && in.get(0) instanceof Inline.Image im) {
                out.add(new Block.Figure(im.source(), im.alt(), im.title()));
            } else {
                out.add(new Block.Paragraph(in));
            }
        }
    }

    /**
     * A block element with its own language or direction ({@code lang}, {@code xml:lang},
     * {@code dir}) becomes a division in them; the page's own ({@code <html lang>}) is the
     * document's language.
     */
    private void block(Node n, List<Block> out) {
        String lang = langOf(n);
        String dir = dirOf(n);
        if ((lang.isEmpty() && dir.isEmpty()) || n.name().equals("html") || n.name().equals("body")) {
            element(n, out);
            return;
        }
        List<Block> inner = new ArrayList<>();
        element(n, inner);
        if (!inner.isEmpty()) {
            out.add(new Block.Division(lang, dir, inner));
        }
    }

    private static String langOf(Node n) {
        String l = n.attr("lang").strip();
        return l.isEmpty() ? n.attr("xml:lang").strip() : l;
    }

    /** An explicit direction ("auto", the default, is none). */
    private static String dirOf(Node n) {
        String d = n.attr("dir").strip().toLowerCase(java.util.Locale.ROOT);
        return d.equals("rtl") || d.equals("ltr") ? d : "";
    }

    private void element(Node n, List<Block> out) {
        String name = n.name();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(name.charAt(1) - '0', n, out);
            case "hl1" -> heading(1, n, out);
            case "hl2" -> heading(2, n, out);
            case "blockquote", "bq", "note" -> {
                List<Block> inner = blocks(n.children());
                if (!inner.isEmpty()) {
                    out.add(new Block.BlockQuote(inner));
                }
            }
            case "ul", "ol" -> list(n, out);
            case "dl" -> out.addAll(blocks(n.children()));
            case "pre" -> out.add(code(n));
            case "hr" -> out.add(new Block.ThematicBreak());
            case "table" -> table(n, out);
            case "figure" -> figure(n, out);
            case "media" -> media(n, out);
            case "li" -> out.addAll(blocks(n.children()));
            case "credit" -> {
                List<Node> content = new ArrayList<>();
                content.add(Node.text("\u2014 "));
                content.addAll(n.children());
                paragraph(content, out);
            }
            default -> {
                if (PARAGRAPHS.contains(name)) {
                    paragraph(n.children(), out);
                } else {
                    out.addAll(blocks(n.children()));
                }
            }
        }
    }

    private void paragraph(List<Node> content, List<Block> out) {
        // a paragraph that holds blocks (HTML parsers allow some) is read as those blocks
        for (Node c : content) {
            if (!c.isText() && isBlock(c)) {
                out.addAll(blocks(content));
                return;
            }
        }
        List<Inline> in = inlines(content);
        if (!in.isEmpty()) {
            out.add(new Block.Paragraph(in));
        }
    }

    private void heading(int level, Node n, List<Block> out) {
        List<Inline> in = inlines(n.children());
        if (!in.isEmpty()) {
            out.add(new Block.Heading(level, in, ""));
        }
    }

    private void list(Node n, List<Block> out) {
        List<Block.ListItem> items = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node c : n.children()) {
            if (c.name().equals("li")) {
                List<Block> b = blocks(c.children());
                items.add(new Block.ListItem(b.isEmpty() ? List.of(new Block.Paragraph(List.of())) : b));
            } else if (!c.isText() || !c.text().isBlank()) {
                loose.add(c);
            }
        }
        if (!loose.isEmpty()) {
            items.add(new Block.ListItem(blocks(loose)));
        }
        if (items.isEmpty()) {
            return;
        }
        if (n.name().equals("ol")) {
            int start = 1;
            try {
                start = Math.max(0, Math.min(1_000_000, Integer.parseInt(n.attr("start").strip())));
            } catch (NumberFormatException e) {
                // no or bad start: 1
            }
            out.add(new Block.OrderedList(start, items, true));
        } else {
            out.add(new Block.BulletList(items, true));
        }
    }

    private Block code(Node n) {
        String lang = "";
        Node code = n.child("code");
        if (code != null) {
            for (String c : code.attr("class").split("\\s+")) {
                if (c.startsWith("language-")) {
                    lang = c.substring("language-".length());
                }
            }
        }
        String text = n.textContent();
        if (text.startsWith("\n")) {
            text = text.substring(1); // as HTML drops the newline after <pre>
        }
        return new Block.CodeBlock(lang, text.endsWith("\n") ? text : text + "\n");
    }

    private void table(Node n, List<Block> out) {
        Node caption = n.child("caption");
        if (caption != null) {
            paragraph(caption.children(), out);
        }
        List<Node> rows = new ArrayList<>();
        for (Node c : n.children()) {
            if (c.name().equals("tr")) {
                rows.add(c);
            } else if (c.name().equals("thead") || c.name().equals("tbody") || c.name().equals("tfoot")) {
                rows.addAll(c.children("tr"));
            }
        }
        List<List<Block.TableCell>> cells = new ArrayList<>();
        int columns = 0;
        for (Node tr : rows) {
            List<Block.TableCell> row = new ArrayList<>();
            for (Node td : tr.children()) {
                if (td.name().equals("td") || td.name().equals("th")) {
                    row.add(new Block.TableCell(inlines(td.children())));
                }
            }
            columns = Math.max(columns, row.size());
            cells.add(row);
        }
        if (cells.isEmpty() || columns == 0) {
            return;
        }
        for (List<Block.TableCell> row : cells) {
            while (row.size() < columns) {
                row.add(new Block.TableCell(List.of()));
            }
        }
        List<Block.Alignment> align = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            align.add(Block.Alignment.DEFAULT);
        }
        // The first row is the header: wire tables rarely mark it, and the model needs one.
        out.add(new Block.Table(align, cells.get(0), cells.subList(1, cells.size())));
    }

    /** HTML: the first image, the caption, and a credit in the caption (class "credit", small or cite). */
    private void figure(Node n, List<Block> out) {
        Node img = n.find("img");
        Node figcaption = n.find("figcaption");
        String caption = "";
        String credit = "";
        for (Node c : n.children()) {
            if (!c.isText() && c != figcaption && (c.hasClass("credit") || c.hasClass("byline")
                    || c.hasClass("photo-credit"))) {
                credit = c.plainText();
            }
        }
        if (figcaption != null) {
            Node creditNode = creditIn(figcaption);
            if (creditNode != null) {
                credit = credit.isEmpty() ? creditNode.plainText() : credit + " " + creditNode.plainText();
                figcaption.remove(creditNode);
            }
            caption = figcaption.plainText();
        }
        if (img == null) {
            out.addAll(blocks(n.children()));
            return;
        }
        String src = img.attr("src").strip();
        if (!src.isEmpty() && !LinkPolicy.safeImage(src)) {
            unsafe("image", src);
            src = "";
        }
        out.add(new Block.Figure(src, img.attr("alt").strip(), caption, credit));
    }

    private static Node creditIn(Node figcaption) {
        for (Node c : figcaption.children()) {
            if (!c.isText() && (c.hasClass("credit") || c.hasClass("photo-credit") || c.name().equals("small")
                    || c.name().equals("cite"))) {
                return c;
            }
        }
        return null;
    }

    /**
     * NITF: a photo's {@code media-reference} (the first that names a file), its caption and its
     * producer (the credit). Media other than images keeps its caption as a paragraph.
     */
    private void media(Node n, List<Block> out) {
        String type = n.attr("media-type").toLowerCase(Locale.ROOT);
        Node caption = n.child("media-caption");
        Node producer = n.child("media-producer");
        String captionText = caption == null ? "" : caption.plainText();
        String credit = producer == null ? "" : producer.plainText();
        Node ref = null;
        for (Node r : n.children("media-reference")) {
            if (!r.attr("source").isBlank() && (ref == null || isImageReference(r) && !isImageReference(ref))) {
                ref = r;
            }
        }
        if (!type.isEmpty() && !type.equals("image") && !type.equals("graphic") && !type.equals("photo")) {
            diagnostics.warn(Code.MEDIA_DROPPED, type + " media cannot be shown in print; its caption is kept");
            String text = (captionText + " " + credit).strip();
            if (!text.isEmpty()) {
                out.add(new Block.Paragraph(List.of(new Inline.Text(text))));
            }
            return;
        }
        String src = ref == null ? "" : ref.attr("source").strip();
        if (!src.isEmpty() && !LinkPolicy.safeImage(src)) {
            unsafe("image", src);
            src = "";
        }
        String alt = ref == null ? "" : ref.attr("alternate-text").strip();
        out.add(new Block.Figure(src, alt, captionText, credit));
    }

    private static boolean isImageReference(Node r) {
        String mime = r.attr("mime-type").toLowerCase(Locale.ROOT);
        String src = r.attr("source").toLowerCase(Locale.ROOT);
        return mime.equals("image/jpeg") || mime.equals("image/png") || src.endsWith(".jpg") || src.endsWith(".jpeg")
                || src.endsWith(".png");
    }

    /** Inline content of sibling nodes, white space collapsed, stripped at both ends. */
    public List<Inline> inlines(List<Node> nodes) {
        Inlines b = new Inlines();
        for (Node n : nodes) {
            inline(n, b);
        }
        return b.build(true);
    }

    private void inline(Node n, Inlines b) {
        if (n.isText()) {
            b.text(n.text());
            return;
        }
        String lang = langOf(n);
        String dir = dirOf(n);
        if (lang.isEmpty() && dir.isEmpty()) {
            inlineElement(n, b);
            return;
        }
        // An element in another language or direction: its content in a span with them.
        Inlines inner = b.child();
        inlineElement(n, inner);
        b.continueAfter(inner);
        b.add(new Inline.Span(lang, dir, inner.build(false)));
    }

    private void inlineElement(Node n, Inlines b) {
        switch (n.name()) {
            case "em", "i", "cite", "dfn", "var" -> b.add(new Inline.Emphasis(nested(n, b)));
            case "strong", "b" -> b.add(new Inline.Strong(nested(n, b)));
            case "s", "strike", "del" -> b.add(new Inline.Strikethrough(nested(n, b)));
            case "code", "kbd", "samp", "tt" -> b.add(new Inline.Code(n.textContent()));
            case "br" -> b.add(new Inline.LineBreak());
            case "q" -> {
                b.text("\u201C");
                n.children().forEach(c -> inline(c, b));
                b.text("\u201D");
            }
            case "a" -> link(n, b);
            case "img" -> {
                String src = n.attr("src").strip();
                if (src.isEmpty() || !LinkPolicy.safeImage(src)) {
                    if (!src.isEmpty()) {
                        unsafe("image", src);
                    }
                    b.text(n.attr("alt"));
                } else {
                    b.add(new Inline.Image(src, n.attr("alt").strip(), n.attr("title").strip()));
                }
            }
            case "fn" -> {
                String label = "fn" + (notes.size() + 1);
                notes.add(new Block.FootnoteDefinition(label, blocks(n.children())));
                b.add(new Inline.FootnoteRef(label));
            }
            default -> n.children().forEach(c -> inline(c, b));
        }
    }

    private List<Inline> nested(Node n, Inlines outer) {
        Inlines inner = outer.child();
        n.children().forEach(c -> inline(c, inner));
        outer.continueAfter(inner);
        return inner.build(false);
    }

    private void link(Node n, Inlines b) {
        String href = n.attr("href").strip();
        if (href.isEmpty()) {
            n.children().forEach(c -> inline(c, b));
            return;
        }
        if (!LinkPolicy.safeLink(href)) {
            unsafe("link", href);
            n.children().forEach(c -> inline(c, b));
            return;
        }
        b.add(new Inline.Link(href, n.attr("title").strip(), nested(n, b)));
    }

    private void unsafe(String what, String target) {
        if (!unsafeReported) {
            String shown = target.length() > 60 ? target.substring(0, 60) + "…" : target;
            diagnostics.warn(Code.UNSAFE_LINK_DROPPED, "unsafe " + what + " '" + shown + "' dropped (its text is kept)");
            unsafeReported = true;
        }
    }
}
