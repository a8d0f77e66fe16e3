package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML front matter: split off the {@code ---} block, then read it into {@link Metadata}.
 * The YAML is only composed into nodes, never constructed into objects, so no type tags run
 * and positions are kept for diagnostics.
 */
final class FrontMatter {
    /** Front matter is a title page's worth of fields; longer blocks are ignored, unparsed. */
    static final int MAX_CHARS = 256 * 1024;
    /** Deepest flow nesting parsed: the recursive descent of the parser is not fed more. */
    static final int MAX_DEPTH = 64;
    /** Characters that may be taken from the front matter once its aliases are expanded. */
    static final long MAX_TAKEN = 1024 * 1024;
    private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSE = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    /** The source split into YAML and Markdown body; {@code bodyLine} is the body's first line (0-based). */
    record Split(String yaml, String body, int bodyLine) {
        boolean present() {
            return yaml != null;
        }
    }

    private FrontMatter() {
    }

    /** Splits off a front matter block that starts on the first line; the text has LF line ends. */
    static Split split(String text) {
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !OPEN.matcher(text.substring(0, firstEnd)).matches()) {
            return new Split(null, text, 0);
        }
        int lineNo = 1;
        int pos = firstEnd + 1;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (CLOSE.matcher(line).matches()) {
                String yaml = text.substring(firstEnd + 1, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(yaml, body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        return new Split(null, text, 0);
    }

    /**
     * Reads the YAML into metadata; problems are reported, never thrown. Empty when the block
     * is a plain scalar or a list: then it was never meant as front matter (a thematic break
     * followed by text, say) and the caller reads it as Markdown.
     */
    static Optional<Metadata> read(String yaml, Diagnostics d) {
        Metadata m = Metadata.EMPTY;
        if (yaml.length() > MAX_CHARS) {
            d.warn(Code.INPUT_LIMIT, "front matter is longer than " + MAX_CHARS / 1024 + " K characters; ignored", 2, 1);
            return Optional.of(m);
        }
        int depth = flowDepth(yaml);
        if (depth > MAX_DEPTH) {
            d.warn(Code.INPUT_LIMIT, "front matter is nested more than " + MAX_DEPTH + " levels deep; ignored", 2, 1);
            return Optional.of(m);
        }
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("front matter")
                    .setAllowDuplicateKeys(false).setMaxAliasesForCollections(10)
                    .setCodePointLimit(MAX_CHARS + 16)
                    .setAllowRecursiveKeys(false).build();
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(0) + 2;
            d.warn(Code.FRONT_MATTER_INVALID, "front matter is not valid YAML: " + e.getProblem(), line, 1);
            return Optional.of(m);
        } catch (YamlEngineException | StackOverflowError e) {
            d.warn(Code.FRONT_MATTER_INVALID, "front matter is not valid YAML", 2, 1);
            return Optional.of(m);
        } catch (RuntimeException e) {
            // snakeyaml-engine 2.9 can fail inside its own reader on some inputs (an index out
            // of bounds at a 1024-character buffer edge, found by fuzzing): still just bad YAML.
            d.warn(Code.FRONT_MATTER_INVALID, "front matter could not be read as YAML", 2, 1);
            return Optional.of(m);
        }
        if (root.isEmpty()) {
            return Optional.of(m);
        }
        if (!(root.get() instanceof MappingNode map)) {
            return Optional.empty();
        }
        // An alias repeats a node without copying it, so a short block can name a long string a
        // million times: what is taken from the front matter is counted as it is taken.
        long taken = 0;
        for (NodeTuple t : map.getValue()) {
            taken += expandedSize(t.getValueNode(), MAX_TAKEN + 1);
            if (taken > MAX_TAKEN) {
                d.warn(Code.INPUT_LIMIT, "front matter expands to more than " + MAX_TAKEN / 1024
                        + " K characters (aliases repeating long text); ignored", line(t.getKeyNode()), 1);
                return Optional.of(Metadata.EMPTY);
            }
        }
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                d.warn(Code.FRONT_MATTER_INVALID, "front matter keys must be plain names", line(t.getKeyNode()), 1);
                continue;
            }
            m = apply(m, keyNode.getValue(), t.getValueNode(), line(keyNode), d);
        }
        return Optional.of(m);
    }

    private static Metadata apply(Metadata m, String key, Node value, int line, Diagnostics d) {
        switch (key) {
            case "title":
                return text(key, value, line, d).map(m::withTitle).orElse(m);
            case "subtitle":
                return text(key, value, line, d).map(m::withSubtitle).orElse(m);
            case "author":
            case "authors":
                return list(key, value, line, d).map(m::withAuthors).orElse(m);
            case "date":
                return text(key, value, line, d).map(m::withDate).orElse(m);
            case "lang":
            case "language":
                Optional<String> lang = text(key, value, line, d);
                if (lang.isPresent() && !LANGUAGE.matcher(lang.get()).matches()) {
                    d.warn(Code.FRONT_MATTER_INVALID, "\"" + lang.get() + "\" is not a language tag such as en or fr-CA", line, 1);
                    return m;
                }
                return lang.map(m::withLanguage).orElse(m);
            case "identifier":
            case "isbn":
                return text(key, value, line, d).map(m::withIdentifier).orElse(m);
            case "publisher":
                return text(key, value, line, d).map(m::withPublisher).orElse(m);
            case "description":
            case "abstract":
                return text(key, value, line, d).map(m::withDescription).orElse(m);
            case "rights":
            case "copyright":
                return text(key, value, line, d).map(m::withRights).orElse(m);
            case "keywords":
            case "subject":
            case "tags":
                return list(key, value, line, d).map(m::withKeywords).orElse(m);
            case "cover-image":
            case "cover":
                return text(key, value, line, d).map(m::withCoverImage).orElse(m);
            case "edition":
                return text(key, value, line, d).map(m::withEdition).orElse(m);
            case "type":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withType(v.toLowerCase(java.util.Locale.ROOT))))
                        .orElse(m);
            case "print":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withPrint(v.toLowerCase(java.util.Locale.ROOT))))
                        .orElse(m);
            case "notes":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withNotes(v.toLowerCase(java.util.Locale.ROOT))))
                        .orElse(m);
            case "dedication":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withDedication(v))).orElse(m);
            case "epigraph":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withEpigraph(v))).orElse(m);
            case "epigraph-source":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withEpigraphSource(v))).orElse(m);
            case "printed-in":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withPrintedIn(v))).orElse(m);
            case "about-the-author":
                return text(key, value, line, d).map(v -> m.withBook(m.book().withAboutTheAuthor(v))).orElse(m);
            default:
                d.notice(Code.FRONT_MATTER_UNKNOWN_KEY, "front matter key \"" + key + "\" is not used", line, 1);
                return m;
        }
    }

    private static Optional<String> text(String key, Node value, int line, Diagnostics d) {
        if (value instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        d.warn(Code.FRONT_MATTER_INVALID, "front matter \"" + key + "\" must be text", line, 1);
        return Optional.empty();
    }

    /** A string, or a list of strings (or of mappings with a {@code name}, as pandoc allows). */
    private static Optional<List<String>> list(String key, Node value, int line, Diagnostics d) {
        if (value instanceof ScalarNode s) {
            String v = s.getValue().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(List.of(v));
        }
        if (value instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Optional<String> v = item instanceof MappingNode mn ? name(mn) : text(key, item, line(item), d);
                v.ifPresent(out::add);
            }
            return Optional.of(out);
        }
        d.warn(Code.FRONT_MATTER_INVALID, "front matter \"" + key + "\" must be text or a list", line, 1);
        return Optional.empty();
    }

    private static Optional<String> name(MappingNode map) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("name")
                    && t.getValueNode() instanceof ScalarNode v && !v.getValue().isBlank()) {
                return Optional.of(v.getValue().strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The characters a value stands for once its aliases are expanded, counted no further than
     * {@code cap}; a node list at a time, so the count costs at most {@code cap} steps.
     */
    private static long expandedSize(Node root, long cap) {
        long n = 0;
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && n <= cap) {
            Node node = todo.pop();
            n++; // every node costs something, even an empty one
            if (node instanceof ScalarNode s) {
                n += s.getValue().length();
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            } else if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            }
        }
        return n;
    }

    /** The deepest nesting of flow collections ({@code [ ]}, <code>{ }</code>), outside quotes. */
    private static int flowDepth(String yaml) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n') {
                quote = 0; // a quote left open does not hide the rest of the block
            }
        }
        return max;
    }

    /** The 1-based line in the source file: YAML line 0 is file line 2. */
    private static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 2;
    }
}
