package imprint.read.nitf;

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
import imprint.read.markup.MarkupConverter;
import imprint.read.markup.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a NITF 3.x news story (IPTC's News Industry Text Format): the {@code head}'s title and
 * {@code docdata} (doc-id, urgency, date.issue, ed-msg, du-key, doc.copyright, key-list),
 * {@code pubdata} (edition, publisher), the {@code body.head} (hedline with hl1 and hl2,
 * byline with person and byttl, distributor, dateline, abstract), the {@code body.content}
 * (paragraphs, hl2 subheads, blocks, quotations, lists, tables, media with caption and producer,
 * footnotes) and the {@code body.end} (tagline). Parsing is {@link SafeXml}'s: no DTD is loaded,
 * no entity declared in one is expanded, and an input that declares any is refused.
 */
public final class NitfReader implements DocumentReader {

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
        Node root = SafeXml.parse(text, diagnostics);
        if (!root.name().equals("nitf")) {
            throw new ImprintException(Code.INPUT_MALFORMED, "not a NITF story: the root element is <" + root.name() + ">");
        }
        Metadata meta = Metadata.EMPTY;
        Node head = root.child("head");
        Node body = root.child("body");
        meta = meta.withLanguage(language(root, head, body));
        if (head != null) {
            meta = Head.read(head, meta);
        }
        MarkupConverter converter = new MarkupConverter(diagnostics);
        List<Block> blocks = new ArrayList<>();
        if (body != null) {
            Node bodyHead = body.child("body.head");
            if (bodyHead != null) {
                meta = BodyHead.read(bodyHead, meta, converter, blocks);
            }
            Node content = body.child("body.content");
            if (content != null) {
                blocks.addAll(converter.blocks(content.children()));
            }
            Node end = body.child("body.end");
            if (end != null) {
                blocks.addAll(converter.blocks(end.children()));
            }
        }
        blocks = imprint.read.markup.Datelines.open(meta.dateline(), blocks);
        blocks.addAll(converter.footnotes());
        return new Document(meta, blocks);
    }

    private static String language(Node... nodes) {
        for (Node n : nodes) {
            if (n != null && !n.attr("xml:lang").isBlank()) {
                return n.attr("xml:lang").strip();
            }
        }
        return "";
    }


    private static List<Inline> merge(List<Inline> in) {
        if (in.size() >= 2 && in.get(0) instanceof Inline.Text a && in.get(1) instanceof Inline.Text b) {
            List<Inline> out = new ArrayList<>();
            out.add(new Inline.Text(a.text() + b.text()));
            out.addAll(in.subList(2, in.size()));
            return out;
        }
        return in;
    }

    /** The contributors of one {@code byline}: its {@code person}s (or its text) and its {@code byttl}. */
    static List<Contributor> byline(Node byline) {
        Node byttl = byline.find("byttl");
        String title = "";
        String affiliation = "";
        if (byttl != null) {
            Node org = byttl.find("org");
            String all = byttl.plainText();
            if (org != null) {
                affiliation = org.plainText();
                title = all.replace(affiliation, "").replaceAll("^[\\s,]+|[\\s,]+$", "")
                        .replaceAll("\\s+(?:of|for)$", "").strip();
            } else if (Roles.isTitle(all)) {
                title = all;
            } else {
                affiliation = all;
            }
        }
        List<String> names = new ArrayList<>();
        List<Node> persons = new ArrayList<>();
        collect(byline, "person", persons);
        if (!persons.isEmpty()) {
            persons.forEach(p -> names.add(p.plainText()));
        } else {
            String text = byline.plainText();
            if (byttl != null) {
                text = text.replace(byttl.plainText(), "");
            }
            text = text.replaceFirst("^(?i)by\\s+", "").replaceAll("[\\s,;]+$", "");
            for (String n : text.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
        }
        List<Contributor> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Contributor(n, title, affiliation));
        }
        return out;
    }

    private static void collect(Node n, String name, List<Node> out) {
        for (Node c : n.children()) {
            if (c.name().equals(name)) {
                out.add(c);
            } else if (!c.isText() && !c.name().equals("byttl")) {
                collect(c, name, out);
            }
        }
    }
}
