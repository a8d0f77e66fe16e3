package imprint.read.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import imprint.model.Contributor;
import imprint.model.Dateline;
import imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * schema.org {@code NewsArticle} metadata from the JSON-LD of an HTML article's head, read here
 * because this package is the project's one JSON reader (same limits as ninjs). Maps headline,
 * alternativeHeadline, author (name, jobTitle, affiliation or worksFor), datePublished,
 * inLanguage, publisher, description, keywords, identifier (or {@code @id}, url), dateline and
 * copyright (copyrightNotice, else copyrightYear and copyrightHolder).
 */
public final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "Report");

    private JsonLd() {
    }

    /** The article's metadata, or empty when the JSON is not valid or holds no article. */
    public static Optional<Metadata> newsArticle(String json) {
        JsonNode root;
        try {
            root = NinjsJson.mapper().readTree(json);
        } catch (Exception e) {
            return Optional.empty();
        }
        JsonNode a = find(root);
        if (a == null) {
            return Optional.empty();
        }
        Metadata m = Metadata.EMPTY.withTitle(s(a, "headline")).withSubtitle(s(a, "alternativeHeadline"))
                .withDate(first(s(a, "datePublished"), s(a, "dateCreated")))
                .withLanguage(s(a, "inLanguage")).withDescription(s(a, "description"))
                .withPublisher(name(a.path("publisher")))
                .withIdentifier(first(s(a, "identifier"), first(s(a, "@id"), s(a, "url"))));
        List<Contributor> authors = new ArrayList<>();
        JsonNode author = a.path("author");
        for (JsonNode p : author.isArray() ? author : List.of(author)) {
            String n = name(p);
            if (!n.isEmpty()) {
                String aff = name(p.path("affiliation"));
                authors.add(new Contributor(n, s(p, "jobTitle"), aff.isEmpty() ? name(p.path("worksFor")) : aff));
            }
        }
        m = m.withContributors(authors);
        JsonNode kw = a.path("keywords");
        List<String> keywords = new ArrayList<>();
        if (kw.isTextual()) {
            for (String k : kw.asText().split(",")) {
                if (!k.isBlank()) {
                    keywords.add(k.strip());
                }
            }
        } else {
            kw.forEach(k -> keywords.add(k.asText("").strip()));
        }
        m = m.withKeywords(keywords.stream().filter(k -> !k.isEmpty()).distinct().toList());
        String notice = s(a, "copyrightNotice");
        String holder = name(a.path("copyrightHolder"));
        String year = s(a, "copyrightYear");
        m = m.withCopyright(!notice.isEmpty() ? notice
                : holder.isEmpty() ? "" : ("\u00A9 " + year + " " + holder).replaceAll("\\s+", " "));
        String dateline = s(a, "dateline");
        if (!dateline.isEmpty()) {
            m = m.withDateline(new Dateline(dateline, dateline.replaceFirst("[,(].*$", "").strip(), "", ""));
        }
        return Optional.of(m);
    }

    private static JsonNode find(JsonNode root) {
        List<JsonNode> candidates = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(candidates::add);
        } else {
            candidates.add(root);
            root.path("@graph").forEach(candidates::add);
        }
        for (JsonNode n : candidates) {
            JsonNode t = n.path("@type");
            for (JsonNode type : t.isArray() ? t : List.of(t)) {
                if (ARTICLE_TYPES.contains(type.asText(""))) {
                    return n;
                }
            }
        }
        return null;
    }

    private static String name(JsonNode n) {
        return n.isTextual() ? n.asText().strip() : s(n, "name");
    }

    private static String s(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() ? v.asText("").strip() : "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
