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
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("front matter")
                    .setAllowDuplicateKeys(false).setMaxAliasesForCollections(10)
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

    /** The 1-based line in the source file: YAML line 0 is file line 2. */
    private static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 2;
    }
}
