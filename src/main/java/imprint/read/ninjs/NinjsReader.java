package imprint.read.ninjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.model.Block;
import imprint.model.Contributor;
import imprint.model.Dateline;
import imprint.model.Document;
import imprint.model.Inline;
import imprint.model.Metadata;
import imprint.read.DocumentReader;
import imprint.read.html.HtmlReader;
import imprint.read.text.Bylines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an IPTC ninjs 1.x or 2.x news item (JSON): headline or headlines (main and sub),
 * byline or bylines, the body ({@code body_html} or {@code body_text} in 1.x, {@code bodies} in
 * 2.x; HTML preferred, read through {@link HtmlReader}), description(s), subject(s) and keywords,
 * picture associations (rendition, caption, credit), language, versioncreated, urgency, slugline,
 * located (the dateline's place), copyright and usage terms, ednote.
 *
 * <p>Jackson reads it as a tree under {@link StreamReadConstraints} (see {@link NinjsJson}), so a
 * hostile file cannot take the heap or the stack.
 */
public final class NinjsReader implements DocumentReader {

    @Override
    public Document read(String text, Diagnostics diagnostics) {
        try {
            return parse(text, diagnostics);
        } catch (ImprintException e) {
            diagnostics.warn(e.code(), e.getMessage());
            return new Document(Metadata.EMPTY, List.of());
        }
    }

    @Override
    public Document parse(String text, Diagnostics diagnostics) throws ImprintException {
        JsonNode root;
        try {
            root = NinjsJson.mapper().readTree(text);
        } catch (StreamConstraintsException e) {
            throw new ImprintException(Code.INPUT_LIMIT, "JSON beyond limits: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ImprintException(Code.INPUT_MALFORMED, "not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ImprintException(Code.INPUT_MALFORMED, "not a ninjs item: the JSON is not an object");
        }
        Metadata meta = metadata(root);
        List<Block> blocks = new ArrayList<>();
        for (JsonNode a : associations(root)) {
            Block.Figure f = Pictures.figure(a, diagnostics);
            if (f != null) {
                blocks.add(f);
            }
        }
        blocks.addAll(body(root, meta, diagnostics));
        blocks = imprint.read.markup.Datelines.open(meta.dateline(), blocks);
        return new Document(meta, blocks);
    }

    private static Metadata metadata(JsonNode r) {
        Metadata m = Metadata.EMPTY;
        String headline = text(r, "headline");
        String sub = "";
        for (JsonNode h : r.path("headlines")) {
            String role = text(h, "role");
            if (headline.isEmpty() && (role.isEmpty() || role.equals("main"))) {
                headline = text(h, "value");
            } else if (sub.isEmpty() && !role.equals("main")) {
                sub = text(h, "value");
            }
        }
        m = m.withTitle(headline).withSubtitle(sub);
        m = m.withContributors(contributors(r));
        m = m.withDate(first(text(r, "versioncreated"), text(r, "firstcreated")));
        m = m.withLanguage(text(r, "language"));
        m = m.withIdentifier(text(r, "uri"));
        m = m.withDescription(description(r));
        m = m.withSlug(text(r, "slugline"));
        m = m.withEditorNote(text(r, "ednote"));
        m = m.withRights(text(r, "usageterms"));
        String notice = text(r, "copyrightnotice");
        String holder = text(r, "copyrightholder");
        m = m.withCopyright(!notice.isEmpty() ? notice : holder.isEmpty() ? "" : "\u00A9 " + holder);
        if (r.path("urgency").canConvertToInt()) {
            int u = r.path("urgency").asInt();
            if (u >= 1 && u <= 9) {
                m = m.withUrgency(u);
            }
        }
        String located = text(r, "located");
        if (!located.isEmpty()) {
            m = m.withDateline(new Dateline(located, located, "", ""));
        }
        List<String> keywords = new ArrayList<>();
        for (String field : List.of("subject", "subjects")) {
            for (JsonNode s : r.path(field)) {
                add(keywords, s.isTextual() ? s.asText() : text(s, "name"));
            }
        }
        for (JsonNode k : r.path("keywords")) {
            add(keywords, k.asText(""));
        }
        return m.withKeywords(keywords);
    }

    private static List<Contributor> contributors(JsonNode r) {
        List<Contributor> out = new ArrayList<>();
        String byline = text(r, "byline");
        if (!byline.isEmpty()) {
            out.addAll(Bylines.parse(byline).orElse(List.of(new Contributor(byline))));
        }
        for (JsonNode b : r.path("bylines")) {
            String name = first(text(b, "byline"), text(b, "name"));
            String title = first(text(b, "jobtitle"), text(b, "title"));
            String affiliation = first(text(b, "affiliation"), text(b.path("affiliation"), "name"));
            if (name.isEmpty()) {
                continue;
            }
            if (title.isEmpty() && affiliation.isEmpty()) {
                out.addAll(Bylines.parse(name).orElse(List.of(new Contributor(name))));
            } else {
                out.add(new Contributor(name.replaceFirst("^(?i)by\\s+", ""), title, affiliation));
            }
        }
        return out;
    }

    private static String description(JsonNode r) {
        String d = text(r, "description_text");
        if (d.isEmpty()) {
            d = HtmlReader.plainText(text(r, "description_html"));
        }
        for (JsonNode x : r.path("descriptions")) {
            if (d.isEmpty()) {
                String ct = text(x, "contenttype").toLowerCase(Locale.ROOT);
                d = ct.contains("html") ? HtmlReader.plainText(text(x, "value")) : text(x, "value");
            }
        }
        return d.replaceAll("\\s+", " ").strip();
    }

    /** The body: HTML if the item has it (body_html, or a body of an HTML content type), else text. */
    private static List<Block> body(JsonNode r, Metadata meta, Diagnostics d) {
        String html = text(r, "body_html");
        String plain = text(r, "body_text");
        for (JsonNode b : r.path("bodies")) {
            String ct = text(b, "contenttype").toLowerCase(Locale.ROOT);
            String role = text(b, "role").toLowerCase(Locale.ROOT);
            if (html.isEmpty() && (ct.contains("html") || role.contains("html"))) {
                html = text(b, "value");
            } else if (plain.isEmpty() && (ct.isEmpty() || ct.equals("text/plain"))) {
                plain = text(b, "value");
            }
        }
        if (!html.isEmpty()) {
            return HtmlReader.fragment(html, meta.title(), d);
        }
        List<Block> out = new ArrayList<>();
        for (String para : plain.replace("\r\n", "\n").split("\n\\s*\n|\n")) {
            String p = para.replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                out.add(new Block.Paragraph(List.of(new Inline.Text(p))));
            }
        }
        return out;
    }

    /** ninjs 1.x associations are an object of named items, 2.x an array. */
    private static List<JsonNode> associations(JsonNode r) {
        List<JsonNode> out = new ArrayList<>();
        r.path("associations").forEach(out::add);
        return out;
    }


    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() ? v.asText("").strip() : "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static void add(List<String> list, String v) {
        String s = v.strip();
        if (!s.isEmpty() && !list.contains(s)) {
            list.add(s);
        }
    }
}
