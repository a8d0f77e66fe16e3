package imprint.read.nitf;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.diag.ImprintException;
import imprint.read.markup.Node;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses XML with the JDK's StAX parser into a {@link Node} tree, safely: DTDs are neither
 * loaded nor processed and external entities are off, so nothing is fetched (XXE) and nothing
 * is expanded (billion laughs); a document whose DTD declares entities is refused outright
 * rather than read with holes. References to the HTML entities that NITF's DTD defines
 * ({@code &nbsp;}, {@code &mdash;} ...) are replaced from a table; others are dropped with a
 * warning. Bounded: attributes of at most 64 KiB, at most 500,000 nodes, elements nested deeper
 * than 64 levels are flattened into their ancestor (with a warning).
 */
final class SafeXml {
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;
    static final int MAX_NODES = 500_000;
    static final int MAX_DEPTH = 64;

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00B7"), Map.entry("deg", "\u00B0"), Map.entry("frac12", "\u00BD"),
            Map.entry("frac14", "\u00BC"), Map.entry("frac34", "\u00BE"), Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"), Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"),
            Map.entry("aacute", "\u00E1"), Map.entry("agrave", "\u00E0"), Map.entry("iacute", "\u00ED"),
            Map.entry("oacute", "\u00F3"), Map.entry("uacute", "\u00FA"), Map.entry("ntilde", "\u00F1"),
            Map.entry("ouml", "\u00F6"), Map.entry("uuml", "\u00FC"), Map.entry("auml", "\u00E4"),
            Map.entry("ccedil", "\u00E7"), Map.entry("szlig", "\u00DF"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("cent", "\u00A2"), Map.entry("yen", "\u00A5"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("times", "\u00D7"),
            Map.entry("divide", "\u00F7"), Map.entry("plusmn", "\u00B1"), Map.entry("thinsp", "\u2009"));

    private SafeXml() {
    }

    static Node parse(String text, Diagnostics diagnostics) throws ImprintException {
        refuseEntityDeclarations(text);
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(text));
            return build(r, diagnostics);
        } catch (XMLStreamException e) {
            throw new ImprintException(Code.INPUT_MALFORMED, "not well-formed XML" + where(e.getLocation()) + ": "
                    + message(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the source is a string
                }
            }
        }
    }

    /**
     * Refuses a DTD internal subset that declares entities. The parser never processes one (DTD
     * support is off), but reading such a file with the entities left out would print a story
     * with holes, and the file is an attack more often than not. Scans the prologue only.
     */
    private static void refuseEntityDeclarations(String text) throws ImprintException {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            if (text.startsWith("<?", lt)) {
                int end = text.indexOf("?>", lt);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt);
                i = end < 0 ? n : end + 3;
            } else if (text.startsWith("<!DOCTYPE", lt)) {
                int open = text.indexOf('[', lt);
                int gt = text.indexOf('>', lt);
                if (open < 0 || gt >= 0 && gt < open) {
                    i = gt < 0 ? n : gt + 1; // no internal subset
                    continue;
                }
                int close = text.indexOf("]", open);
                String subset = text.substring(open, close < 0 ? n : close);
                if (subset.contains("<!ENTITY")) {
                    int line = 1;
                    for (int k = 0; k < open + subset.indexOf("<!ENTITY"); k++) {
                        if (text.charAt(k) == '\n') {
                            line++;
                        }
                    }
                    throw new ImprintException(Code.INPUT_UNSAFE, "its DTD declares entities (line " + line
                            + "); XML entity declarations are refused: they are how external-entity (XXE) and"
                            + " entity-expansion (billion laughs) attacks work");
                }
                i = close < 0 ? n : close + 1;
            } else {
                return; // the root element: the prologue is over
            }
        }
    }

    private static Node build(XMLStreamReader r, Diagnostics d) throws XMLStreamException, ImprintException {
        Deque<Node> stack = new ArrayDeque<>();
        Node root = null;
        int nodes = 0;
        int flattened = 0;
        Set<String> unknown = new HashSet<>();
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    // never loaded nor processed; declarations were refused before parsing
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++nodes > MAX_NODES) {
                        throw new ImprintException(Code.INPUT_LIMIT, "more than " + MAX_NODES + " XML nodes");
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        // too deep: the element's text goes to its ancestor; a marker keeps the count
                        flattened++;
                        stack.push(stack.peek());
                        continue;
                    }
                    Node n = Node.element(r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String v = r.getAttributeValue(i);
                        String prefix = r.getAttributePrefix(i);
                        String key = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getAttributeLocalName(i);
                        if (v.length() > MAX_ATTRIBUTE_CHARS) {
                            throw new ImprintException(Code.INPUT_LIMIT, "attribute '" + key + "' of <" + n.name() + ">"
                                    + where(r.getLocation()) + " is " + v.length() + " characters long; the limit is "
                                    + MAX_ATTRIBUTE_CHARS);
                        }
                        n.attribute(key, v);
                    }
                    if (stack.isEmpty()) {
                        if (root != null) {
                            throw new ImprintException(Code.INPUT_MALFORMED, "more than one root element");
                        }
                        root = n;
                    } else {
                        stack.peek().add(n);
                    }
                    stack.push(n);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        if (++nodes > MAX_NODES) {
                            throw new ImprintException(Code.INPUT_LIMIT, "more than " + MAX_NODES + " XML nodes");
                        }
                        stack.peek().add(Node.text(r.getText()));
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    String name = r.getLocalName();
                    String value = ENTITIES.get(name);
                    if (value != null) {
                        if (!stack.isEmpty()) {
                            stack.peek().add(Node.text(value));
                        }
                    } else if (unknown.add(name)) {
                        d.warn(Code.ENTITY_UNKNOWN, "entity '&" + name + ";' is not defined without the DTD, which is "
                                + "never loaded; dropped", line(r), column(r));
                    }
                }
                default -> {
                    // comments, processing instructions: not content
                }
            }
        }
        if (flattened > 0) {
            d.warn(Code.NESTING_TOO_DEEP, flattened + " element" + (flattened == 1 ? "" : "s")
                    + " nested deeper than " + MAX_DEPTH + " levels flattened (their text is kept)");
        }
        if (root == null) {
            throw new ImprintException(Code.INPUT_MALFORMED, "no root element");
        }
        return root;
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
    }

    private static int column(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getColumnNumber());
    }

    private static String where(Location l) {
        return l == null || l.getLineNumber() < 0 ? "" : " at line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    /** The parser's own message without its "ParseError at [row,col]" preamble. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "parse error" : e.getMessage();
        int i = m.indexOf("Message: ");
        String s = i >= 0 ? m.substring(i + "Message: ".length()) : m;
        return s.replaceAll("\\s+", " ").strip();
    }
}
