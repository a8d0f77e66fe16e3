package imprint.read.nitf;

import imprint.model.Block;
import imprint.model.Contributor;
import imprint.model.Dateline;
import imprint.model.Metadata;
import imprint.read.markup.MarkupConverter;
import imprint.read.markup.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NITF {@code body.head}: the hedline (hl1 the title, hl2 the subtitle), bylines, the
 * distributor, the dateline and the abstract. A publishable {@code note} is kept as a quotation
 * at the top of the body; one marked not for publication ({@code type="npa"}) joins the
 * editor's note.
 */
final class BodyHead {
    private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,40})\\)");

    private BodyHead() {
    }

    static Metadata read(Node bh, Metadata meta, MarkupConverter converter, List<Block> blocks) {
        Node hedline = bh.child("hedline");
        if (hedline != null) {
            Node hl1 = hedline.child("hl1");
            if (hl1 != null && !hl1.plainText().isEmpty()) {
                meta = meta.withTitle(hl1.plainText());
            }
            List<String> subs = new ArrayList<>();
            for (Node hl2 : hedline.children("hl2")) {
                if (!hl2.plainText().isEmpty()) {
                    subs.add(hl2.plainText());
                }
            }
            if (!subs.isEmpty()) {
                meta = meta.withSubtitle(String.join(" \u2014 ", subs));
            }
        }
        List<Contributor> contributors = new ArrayList<>();
        for (Node byline : bh.children("byline")) {
            contributors.addAll(NitfReader.byline(byline));
        }
        if (!contributors.isEmpty()) {
            meta = meta.withContributors(contributors);
        }
        Node distributor = bh.child("distributor");
        if (distributor != null && meta.publisher().isEmpty() && !distributor.plainText().isEmpty()) {
            meta = meta.withPublisher(distributor.plainText());
        }
        Node dateline = bh.child("dateline");
        if (dateline != null && !dateline.plainText().isEmpty()) {
            meta = meta.withDateline(dateline(dateline));
        }
        Node abs = bh.child("abstract");
        if (abs != null && !abs.plainText().isEmpty()) {
            meta = meta.withDescription(abs.plainText());
        }
        Node rights = bh.child("rights");
        if (rights != null && !rights.plainText().isEmpty() && meta.copyright().isEmpty()) {
            meta = meta.withCopyright(rights.plainText());
        }
        for (Node note : bh.children("note")) {
            if (note.attr("type").equals("npa")) {
                String text = note.plainText();
                meta = meta.withEditorNote(meta.editorNote().isEmpty() ? text : meta.editorNote() + " / " + text);
            } else {
                List<Block> inner = converter.blocks(note.children());
                if (!inner.isEmpty()) {
                    blocks.add(new Block.BlockQuote(inner));
                }
            }
        }
        return meta;
    }

    /** "PARIS, May 17 (AP)": the location (or city), the story date and a parenthesised source. */
    static Dateline dateline(Node dl) {
        String text = dl.plainText().replaceFirst("\\s*(?:---?|[—–-])$", "");
        Node location = dl.find("location");
        Node city = dl.find("city");
        String place = location != null ? location.plainText() : city != null ? city.plainText() : "";
        Node date = dl.find("story.date");
        String storyDate = date == null ? "" : date.plainText();
        String source = "";
        Matcher m = PAREN.matcher(text);
        if (m.find()) {
            source = m.group(1).strip();
        }
        if (place.isEmpty()) {
            place = text.replaceFirst("[,(].*$", "").strip();
        }
        return new Dateline(text, place, storyDate, source);
    }
}
