package imprint.read.html;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.Contributor;
import imprint.model.Dateline;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import imprint.read.markup.MarkupConverter;
import imprint.read.markup.Node;
import imprint.read.ninjs.JsonLd;
import imprint.read.text.Bylines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reads an HTML article as a CMS exports it. The article is the first {@code <article>}, else
 * {@code <main>}, else the body; page furniture around it and {@code nav}, {@code aside} and
 * {@code footer} inside it are left out with a notice naming them. The article is cleaned by
 * jsoup's safe list before anything is read (no script, no style, no event handlers, no unsafe
 * URLs), then mapped by {@link MarkupConverter}: headings, paragraphs, lists, quotes, code,
 * tables, {@code <figure>} with {@code <figcaption>} (a {@code small}, {@code cite} or
 * {@code .credit} in it is the credit), {@code <cite>}, {@code <time>}. Metadata comes from a
 * schema.org {@code NewsArticle} in the head's JSON-LD when present, else from the page: the
 * first {@code h1}, an element of class {@code byline}, {@code dateline}, {@code subtitle} or
 * {@code dek}, {@code <time datetime>}, {@code <html lang>}, {@code meta} description and
 * keywords.
 */
public final class HtmlReader implements DocumentReader {
    /** Relative URLs are kept as written; this base only lets the safe list validate them. */
    private static final String BASE = "http://imprint.invalid/";
    private static final int MAX_DEPTH = 64;
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("figure", "figcaption", "time", "article", "section", "header", "main", "hr", "s", "del",
                    "mark", "abbr", "address", "kbd", "samp", "var", "dfn")
            .addAttributes(":all", "class", "lang", "dir")
            .addAttributes("time", "datetime")
            .preserveRelativeLinks(true);

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        org.jsoup.nodes.Document page = Jsoup.parse(text, BASE);
        Metadata meta = Metadata.EMPTY;
        for (Element s : page.select("script[type=application/ld+json]")) {
            Optional<Metadata> ld = JsonLd.newsArticle(s.data());
            if (ld.isPresent()) {
                meta = ld.get();
                break;
            }
        }
        if (meta.language().isEmpty()) {
            meta = meta.withLanguage(page.select("html").attr("lang").strip());
        }
        if (meta.description().isEmpty()) {
            meta = meta.withDescription(page.select("meta[name=description]").attr("content").strip());
        }
        if (meta.keywords().isEmpty()) {
            List<String> kw = new ArrayList<>();
            for (String k : page.select("meta[name=keywords]").attr("content").split(",")) {
                if (!k.isBlank()) {
                    kw.add(k.strip());
                }
            }
            meta = meta.withKeywords(kw);
        }
        Node root = article(page, diagnostics);
        PageParts parts = new PageParts(root);
        if (meta.title().isEmpty()) {
            meta = meta.withTitle(!parts.heading.isEmpty() ? parts.heading : page.title().strip());
        } else if (parts.heading.isEmpty() || !parts.heading.equals(meta.title())) {
            parts.restoreHeading();
        }
        if (meta.subtitle().isEmpty()) {
            meta = meta.withSubtitle(parts.subtitle);
        }
        if (meta.contributors().isEmpty() && !parts.byline.isEmpty()) {
            meta = meta.withContributors(Bylines.parse(parts.byline).orElse(List.of(new Contributor(
                    parts.byline.replaceFirst("^(?i)by\\s+", "")))));
        }
        if (meta.contributors().isEmpty()) {
            String author = page.select("meta[name=author]").attr("content").strip();
            if (!author.isEmpty()) {
                meta = meta.withContributors(Bylines.parse(author).orElse(List.of(new Contributor(author))));
            }
        }
        if (meta.date().isEmpty()) {
            meta = meta.withDate(parts.time);
        }
        if (meta.dateline().isEmpty() && !parts.dateline.isEmpty()) {
            java.util.regex.Matcher paren = java.util.regex.Pattern.compile("\\(([^()]{1,40})\\)").matcher(parts.dateline);
            meta = meta.withDateline(new Dateline(parts.dateline, parts.dateline.replaceFirst("[,(].*$", "").strip(),
                    "", paren.find() ? paren.group(1) : ""));
        }
        MarkupConverter converter = new MarkupConverter(diagnostics);
        List<Block> blocks = new ArrayList<>(converter.blocks(root.children()));
        blocks = imprint.read.markup.Datelines.open(meta.dateline(), blocks);
        blocks.addAll(converter.footnotes());
        return new Document(meta, blocks);
    }

    /**
     * The blocks of an HTML body embedded in another format (ninjs {@code body_html}), cleaned
     * the same way; a leading {@code h1} that repeats the title is left out.
     */
    public static List<Block> fragment(String html, String title, Diagnostics diagnostics) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, BASE);
        Node root = article(page, diagnostics);
        PageParts parts = new PageParts(root);
        if (!parts.heading.equals(title)) {
            parts.restoreHeading();
        }
        parts.restoreOthers();
        MarkupConverter converter = new MarkupConverter(diagnostics);
        List<Block> blocks = new ArrayList<>(converter.blocks(root.children()));
        blocks.addAll(converter.footnotes());
        return blocks;
    }

    /** The text of an HTML snippet, tags removed. */
    public static String plainText(String html) {
        return html.isBlank() ? "" : Jsoup.parse(html).text();
    }

    /** The article element, cleaned by the safe list, as a {@link Node} tree. */
    private static Node article(org.jsoup.nodes.Document page, Diagnostics d) {
        Element body = page.body();
        Element article = body.selectFirst("article");
        if (article == null) {
            article = body.selectFirst("main");
        }
        if (article == null) {
            article = body;
        } else {
            String outside = outsideText(body, article);
            if (!outside.isEmpty()) {
                d.notice(Code.BOILERPLATE_DROPPED, "dropped page furniture around the <" + article.tagName() + ">: \""
                        + abbreviate(outside) + "\"", 0, 0);
            }
        }
        for (Element furniture : article.select("nav, aside, footer, form")) {
            String t = furniture.text().strip();
            if (!t.isEmpty()) {
                d.notice(Code.BOILERPLATE_DROPPED, "dropped page furniture <" + furniture.tagName() + ">: \""
                        + abbreviate(t) + "\"", 0, 0);
            }
            furniture.remove();
        }
        int scripts = article.select("script, style, iframe, object, embed, noscript, template").size();
        if (scripts > 0) {
            d.warn(Code.RAW_HTML_DROPPED, scripts + " script, style or embedded element" + (scripts == 1 ? "" : "s")
                    + " dropped by the HTML safe list");
        }
        org.jsoup.nodes.Document shell = org.jsoup.nodes.Document.createShell(BASE);
        shell.body().appendChild(article.clone());
        org.jsoup.nodes.Document clean = new Cleaner(SAFE).clean(shell);
        return tree(clean.body(), d);
    }

    private static String outsideText(Element body, Element article) {
        Element copy = body.clone();
        Element inCopy = copy.selectFirst(article.tagName());
        if (inCopy != null) {
            inCopy.remove();
        }
        copy.select("script, style, noscript, template").remove();
        return copy.text().strip();
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }

    /** jsoup's cleaned tree as ours, iteratively; elements deeper than 64 levels give their text to their ancestor. */
    private static Node tree(Element top, Diagnostics d) {
        Node root = Node.element("body");
        Deque<Object[]> stack = new ArrayDeque<>();
        for (int i = top.childNodeSize() - 1; i >= 0; i--) {
            stack.push(new Object[] {top.childNode(i), root, 1});
        }
        boolean flattened = false;
        while (!stack.isEmpty()) {
            Object[] e = stack.pop();
            org.jsoup.nodes.Node n = (org.jsoup.nodes.Node) e[0];
            Node parent = (Node) e[1];
            int depth = (Integer) e[2];
            if (n instanceof TextNode t) {
                parent.add(Node.text(t.getWholeText()));
            } else if (n instanceof Element el) {
                Node target = parent;
                if (depth <= MAX_DEPTH) {
                    target = Node.element(el.normalName());
                    for (org.jsoup.nodes.Attribute a : el.attributes()) {
                        target.attribute(a.getKey(), a.getValue());
                    }
                    parent.add(target);
                } else {
                    flattened = true;
                }
                for (int i = el.childNodeSize() - 1; i >= 0; i--) {
                    stack.push(new Object[] {el.childNode(i), target, depth + 1});
                }
            }
        }
        if (flattened) {
            d.warn(Code.NESTING_TOO_DEEP, "HTML nested deeper than " + MAX_DEPTH + " levels flattened (its text is kept)");
        }
        return root;
    }

}
