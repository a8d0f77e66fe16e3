package imprint.read.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Block;
import imprint.model.LinkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A picture association as a figure: the rendition to show (the first whose {@code href} is a
 * file beside the item, else the first; remote ones are refused later by the resolver, never
 * fetched), the caption (description, else headline) and the credit ({@code creditline}, else
 * {@code by}/{@code byline}/{@code bylines}, else the copyright notice).
 */
final class Pictures {
    private Pictures() {
    }

    static Block.Figure figure(JsonNode a, Diagnostics d) {
        String type = NinjsReader.text(a, "type").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.equals("picture") && !type.equals("graphic")) {
            if (!type.equals("text")) {
                d.warn(Code.MEDIA_DROPPED, "a " + type + " association cannot be shown in print; left out");
            }
            return null;
        }
        List<JsonNode> renditions = new ArrayList<>();
        a.path("renditions").forEach(renditions::add);
        String href = "";
        for (JsonNode r : renditions) {
            String h = NinjsReader.text(r, "href");
            if (!h.isEmpty() && !h.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !h.startsWith("//")) {
                href = h;
                break;
            }
        }
        if (href.isEmpty() && !renditions.isEmpty()) {
            href = NinjsReader.text(renditions.get(0), "href");
        }
        if (!href.isEmpty() && !LinkPolicy.safeImage(href)) {
            d.warn(Code.UNSAFE_LINK_DROPPED, "unsafe picture rendition '" + href + "' dropped");
            href = "";
        }
        String caption = NinjsReader.text(a, "description_text");
        for (JsonNode x : a.path("descriptions")) {
            if (caption.isEmpty()) {
                caption = NinjsReader.text(x, "value");
            }
        }
        String headline = NinjsReader.text(a, "headline");
        for (JsonNode h : a.path("headlines")) {
            if (headline.isEmpty()) {
                headline = NinjsReader.text(h, "value");
            }
        }
        String credit = NinjsReader.text(a, "creditline");
        for (String f : List.of("by", "byline")) {
            if (credit.isEmpty()) {
                credit = NinjsReader.text(a, f);
            }
        }
        for (JsonNode b : a.path("bylines")) {
            if (credit.isEmpty()) {
                credit = NinjsReader.text(b, "byline");
            }
        }
        if (credit.isEmpty()) {
            credit = NinjsReader.text(a, "copyrightnotice");
        }
        if (href.isEmpty() && caption.isEmpty()) {
            return null;
        }
        String alt = !headline.isEmpty() ? headline : caption;
        return new Block.Figure(href, alt, caption.isEmpty() ? headline : caption, credit);
    }
}
