package imprint.read.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, parser-neutral markup tree: what the NITF reader (StAX) and the HTML reader (jsoup)
 * build from their sources, so that one {@link MarkupConverter} maps both vocabularies to the
 * model. Element names are lower-case local names; text nodes have the name {@code #text}.
 * Trees are built to a bounded depth by their readers, so recursion over them is safe.
 */
public final class Node {
    private static final String TEXT = "#text";
    private final String name;
    private final Map<String, String> attributes;
    private final List<Node> children = new ArrayList<>();
    private final String text;

    private Node(String name, Map<String, String> attributes, String text) {
        this.name = name;
        this.attributes = attributes;
        this.text = text;
    }

    public static Node element(String name) {
        return new Node(name.toLowerCase(Locale.ROOT), new LinkedHashMap<>(), null);
    }

    public static Node text(String text) {
        return new Node(TEXT, Map.of(), text);
    }

    public String name() {
        return name;
    }

    public boolean isText() {
        return text != null;
    }

    /** The text of a text node ({@code null} for elements). */
    public String text() {
        return text;
    }

    public Node attribute(String key, String value) {
        attributes.put(key.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** The attribute's value, or an empty string. */
    public String attr(String key) {
        return attributes.getOrDefault(key, "");
    }

    public boolean hasClass(String cls) {
        for (String c : attr("class").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (c.equals(cls)) {
                return true;
            }
        }
        return false;
    }

    public Node add(Node child) {
        children.add(child);
        return this;
    }

    public List<Node> children() {
        return children;
    }

    public void remove(Node child) {
        children.remove(child);
    }

    /** The first child element with this name, or null. */
    public Node child(String childName) {
        for (Node c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The child elements with this name, in order. */
    public List<Node> children(String childName) {
        List<Node> out = new ArrayList<>();
        for (Node c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first descendant element (depth first, in order) with this name, or null. */
    public Node find(String descendantName) {
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, this);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.name.equals(descendantName)) {
                return n;
            }
            pushChildren(stack, n);
        }
        return null;
    }

    /** All the text below this node, white space as in the source. */
    public String textContent() {
        if (text != null) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, this);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.text != null) {
                sb.append(n.text);
            } else if (n.name.equals("br")) {
                sb.append(' ');
            }
            pushChildren(stack, n);
        }
        return sb.toString();
    }

    /** The text below this node with white space collapsed and stripped. */
    public String plainText() {
        return collapse(textContent()).strip();
    }

    /** Runs of XML/HTML white space become one space. */
    public static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }

    private static void pushChildren(Deque<Node> stack, Node n) {
        for (int i = n.children.size() - 1; i >= 0; i--) {
            stack.push(n.children.get(i));
        }
    }

    @Override
    public String toString() {
        return text != null ? "\"" + text + "\"" : "<" + name + ">";
    }
}
