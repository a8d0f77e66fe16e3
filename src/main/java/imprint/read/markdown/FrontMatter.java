package imprint.read.markdown;

import imprint.diag.Code;
import imprint.diag.Diagnostics;
import imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML front matter ({@code ---} block at the very top) to {@link Metadata}. Broken YAML is
 * reported and ignored rather than failing the document: its body is still worth exporting.
 */
final class FrontMatter {
    /** The front matter's text and the line where the body starts (0 when there is none). */
    record Split(String yaml, String body, int bodyLine) {
    }

    private static final Set<String> KNOWN = Set.of("title", "subtitle", "author", "authors", "date", "lang",
            "language", "identifier", "isbn", "publisher", "description", "abstract", "rights", "copyright",
            "keywords", "subject", "tags", "cover-image", "cover", "cover_image");

    private FrontMatter() {
    }

    static Split split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new Split("", text, 0);
        }
        int pos = 4;
        int line = 1;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String l = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
            line++;
            if (l.strip().equals("---") || l.strip().equals("...")) {
                String yaml = text.substring(4, pos);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                return new Split(yaml, body, line);
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return new Split("", text, 0); // no closing fence: a thematic break, not front matter
    }

    static Metadata parse(String yaml, Diagnostics diags) {
        Metadata m = Metadata.EMPTY;
        if (yaml.isBlank()) {
            return m;
        }
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(10).setCodePointLimit(1024 * 1024).build();
            root = new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 2).orElse(1);
            diags.warn(Code.FRONT_MATTER_INVALID, "front matter is not valid YAML and was ignored: "
                    + e.getProblem(), line, 1);
            return m;
        } catch (YamlEngineException | IllegalArgumentException e) {
            diags.warn(Code.FRONT_MATTER_INVALID, "front matter is not valid YAML and was ignored", 1, 1);
            return m;
        }
        if (!(root instanceof Map<?, ?> map)) {
            diags.warn(Code.FRONT_MATTER_INVALID, "front matter must be a set of key: value lines", 1, 1);
            return m;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            switch (key) {
                case "title" -> m = m.withTitle(text(v));
                case "subtitle" -> m = m.withSubtitle(text(v));
                case "author", "authors" -> m = m.withAuthors(list(v));
                case "date" -> m = m.withDate(text(v));
                case "lang", "language" -> m = m.withLanguage(text(v));
                case "identifier", "isbn" -> m = m.withIdentifier(text(v));
                case "publisher" -> m = m.withPublisher(text(v));
                case "description", "abstract" -> m = m.withDescription(text(v));
                case "rights", "copyright" -> m = m.withRights(text(v));
                case "keywords", "subject", "tags" -> m = m.withKeywords(list(v));
                case "cover-image", "cover", "cover_image" -> m = m.withCoverImage(text(v));
                default -> {
                }
            }
            if (!KNOWN.contains(key)) {
                diags.notice(Code.FRONT_MATTER_UNKNOWN_KEY, "front matter key '" + key + "' is not used", 0, 0);
            }
        }
        if (!m.language().isEmpty() && !m.language().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            diags.warn(Code.FRONT_MATTER_INVALID, "language '" + m.language() + "' is not a language tag such as en or fr-CA", 0, 0);
            m = m.withLanguage("");
        }
        return m;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            return String.join(", ", l.stream().map(FrontMatter::text).toList());
        }
        if (v instanceof Map<?, ?> map) {
            Object name = map.containsKey("name") ? map.get("name") : map.get("text");
            return name == null ? "" : text(name);
        }
        return String.valueOf(v).strip();
    }

    private static List<String> list(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> out.add(text(x)));
        } else if (v != null) {
            String s = text(v);
            if (s.contains(";")) {
                for (String p : s.split(";")) {
                    out.add(p.strip());
                }
            } else {
                out.add(s);
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }
}
