package imprint.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import imprint.testing.WordParity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reading text of a wire source, taken from the file by its own means (a DOM, a JSON tree,
 * the Nu HTML parser), not by our readers: what a person reading the source would read.
 */
final class SourceWords {
    private SourceWords() {
    }

    /** An element's text with a space at every element boundary (table cells must not fuse). */
    private static String spaced(org.w3c.dom.Node n) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<org.w3c.dom.Node> stack = new java.util.ArrayDeque<>();
        stack.push(n);
        while (!stack.isEmpty()) {
            org.w3c.dom.Node x = stack.pop();
            if (x.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                sb.append(x.getNodeValue().replace("&", "&amp;").replace("<", "&lt;"));
            } else {
                sb.append(' ');
                NodeList kids = x.getChildNodes();
                for (int i = kids.getLength() - 1; i >= 0; i--) {
                    stack.push(kids.item(i));
                }
            }
        }
        return sb.toString();
    }

    static String of(Path file) throws Exception {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            StringBuilder sb = new StringBuilder();
            for (String part : new String[] {"hedline", "byline", "dateline", "body.content", "body.end"}) {
                NodeList l = root.getElementsByTagName(part);
                for (int i = 0; i < l.getLength(); i++) {
                    sb.append(' ').append(WordParity.htmlText(("<!DOCTYPE html><meta charset=utf-8><body>" + spaced(l.item(i))).getBytes(StandardCharsets.UTF_8)).replaceFirst("^\\s*By\\s", " "));
                }
            }
            return sb.toString();
        }
        if (name.endsWith(".json")) {
            JsonNode r = new ObjectMapper().readTree(bytes);
            StringBuilder sb = new StringBuilder();
            sb.append(' ').append(r.path("headline").asText(""));
            r.path("headlines").forEach(h -> sb.append(' ').append(h.path("value").asText("")));
            sb.append(' ').append(r.path("byline").asText("").replaceFirst("^By\\s", ""));
            r.path("bylines").forEach(b -> sb.append(' ').append(b.path("byline").asText("")).append(' ')
                    .append(b.path("jobtitle").asText("")).append(' ').append(b.path("affiliation").asText("")));
            sb.append(' ').append(r.path("located").asText(""));
            sb.append(' ').append(r.path("body_text").asText(""));
            r.path("bodies").forEach(b -> sb.append(' ').append(WordParity.htmlText(
                    b.path("value").asText("").replaceAll("(?s)<script.*?</script>", "").getBytes(StandardCharsets.UTF_8))));
            r.path("associations").forEach(a -> sb.append(' ').append(a.path("description_text").asText(""))
                    .append(' ').append(a.path("byline").asText("")));
            return sb.toString();
        }
        // HTML: the article, without the furniture the reader's notices name and the title-block date
        String html = new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("(?s)<script.*?</script>|<style.*?</style>|<aside.*?</aside>|<footer.*?</footer>|<nav.*?</nav>", " ")
                .replaceAll("(?s)<time[^>]*>.*?</time>", " ")
                .replace("By Elena", "Elena");
        String article = html.substring(html.indexOf("<article>"), html.indexOf("</article>") + 10);
        return WordParity.htmlText(("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + article + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
