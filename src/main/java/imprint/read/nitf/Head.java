package imprint.read.nitf;

import imprint.model.Metadata;
import imprint.read.markup.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The NITF {@code head}: title, {@code docdata} and {@code pubdata}. The body's hedline, when
 * there is one, overrides the head's title (see {@link BodyHead}).
 */
final class Head {
    private Head() {
    }

    static Metadata read(Node head, Metadata meta) {
        Node title = head.child("title");
        if (title != null) {
            meta = meta.withTitle(title.plainText());
        }
        Node docdata = head.child("docdata");
        if (docdata != null) {
            meta = docdata(docdata, meta);
        }
        Node pubdata = head.child("pubdata");
        if (pubdata != null) {
            if (!pubdata.attr("edition.name").isBlank()) {
                meta = meta.withEdition(pubdata.attr("edition.name").strip());
            }
            if (!pubdata.attr("name").isBlank()) {
                meta = meta.withPublisher(pubdata.attr("name").strip());
            }
            if (meta.date().isEmpty() && !pubdata.attr("date.publication").isBlank()) {
                meta = meta.withDate(isoDate(pubdata.attr("date.publication")));
            }
        }
        return meta;
    }

    private static Metadata docdata(Node d, Metadata meta) {
        Node docId = d.child("doc-id");
        if (docId != null && !docId.attr("id-string").isBlank()) {
            meta = meta.withIdentifier(docId.attr("id-string").strip());
        }
        Node urgency = d.child("urgency");
        if (urgency != null) {
            try {
                int u = Integer.parseInt(urgency.attr("ed-urg").strip());
                if (u >= 1 && u <= 9) {
                    meta = meta.withUrgency(u);
                }
            } catch (NumberFormatException e) {
                // not a number: no urgency
            }
        }
        Node issue = d.child("date.issue");
        if (issue != null && !issue.attr("norm").isBlank()) {
            meta = meta.withDate(isoDate(issue.attr("norm")));
        }
        List<String> notes = new ArrayList<>();
        for (Node m : d.children("ed-msg")) {
            String info = m.attr("info").strip();
            if (!info.isEmpty()) {
                notes.add(info);
            }
        }
        if (!notes.isEmpty()) {
            meta = meta.withEditorNote(String.join(" / ", notes));
        }
        Node duKey = d.child("du-key");
        if (duKey != null && !duKey.attr("key").isBlank()) {
            meta = meta.withSlug(duKey.attr("key").strip());
        }
        Node copyright = d.child("doc.copyright");
        if (copyright != null) {
            String year = copyright.attr("year").strip();
            String holder = copyright.attr("holder").strip();
            String line = ("\u00A9 " + year + " " + holder).replaceAll("\\s+", " ").strip();
            if (!holder.isEmpty() || !year.isEmpty()) {
                meta = meta.withCopyright(line);
            }
        }
        Node rights = d.child("doc.rights");
        if (rights != null && meta.rights().isEmpty()) {
            String terms = rights.attr("limitations").strip();
            if (!terms.isEmpty()) {
                meta = meta.withRights(terms);
            }
        }
        List<String> keywords = new ArrayList<>();
        Node keyList = d.child("key-list");
        if (keyList != null) {
            for (Node k : keyList.children("keyword")) {
                String key = k.attr("key").strip();
                if (!key.isEmpty() && !keywords.contains(key)) {
                    keywords.add(key);
                }
            }
        }
        if (!keywords.isEmpty()) {
            meta = meta.withKeywords(keywords);
        }
        return meta;
    }

    /**
     * NITF's ISO 8601 basic format ("20240517T143000Z", "20240517T143000-0500", "20240517") as
     * extended format ("2024-05-17T14:30:00Z"); anything else as written.
     */
    static String isoDate(String norm) {
        String s = norm.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\\d{4})-?(\\d{2})-?(\\d{2})(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?)?")
                .matcher(s);
        if (!m.matches()) {
            return s;
        }
        String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (m.group(4) == null) {
            return date;
        }
        String time = m.group(4) + ":" + m.group(5) + ":" + (m.group(6) == null ? "00" : m.group(6));
        String zone = m.group(7);
        if (zone == null) {
            return date + "T" + time;
        }
        if (!zone.equals("Z") && !zone.contains(":")) {
            zone = zone.substring(0, 3) + ":" + zone.substring(3);
        }
        return date + "T" + time + zone;
    }
}
