package imprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Document-level metadata, read from YAML front matter or inferred from an article.
 * Absent values are empty strings or empty lists, never {@code null}.
 *
 * @param title       the document title (may be empty; renderers fall back to the file name)
 * @param subtitle    an optional subtitle
 * @param authors     authors in display order
 * @param date        the publication date as written in the source (ISO 8601 preferred)
 * @param language    a BCP 47 language tag such as {@code en} or {@code fr-CA}; empty means unknown
 * @param identifier  a stable identifier (ISBN, URN, URL); empty means "derive one from the content"
 * @param publisher   the publisher
 * @param description a short description or abstract
 * @param rights      a rights or licence statement
 * @param keywords    subject keywords
 * @param coverImage  path of a cover image relative to the source document, or empty
 */
public record Metadata(
        String title,
        String subtitle,
        List<String> authors,
        String date,
        String language,
        String identifier,
        String publisher,
        String description,
        String rights,
        List<String> keywords,
        String coverImage) {

    /** Metadata with every field empty. */
    public static final Metadata EMPTY =
            new Metadata("", "", List.of(), "", "", "", "", "", "", List.of(), "");

    public Metadata {
        title = Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNull(subtitle, "subtitle");
        authors = List.copyOf(authors);
        date = Objects.requireNonNull(date, "date");
        language = Objects.requireNonNull(language, "language");
        identifier = Objects.requireNonNull(identifier, "identifier");
        publisher = Objects.requireNonNull(publisher, "publisher");
        description = Objects.requireNonNull(description, "description");
        rights = Objects.requireNonNull(rights, "rights");
        keywords = List.copyOf(keywords);
        coverImage = Objects.requireNonNull(coverImage, "coverImage");
    }

    /** The language tag, or {@code en} when the document does not say. */
    public String languageOrDefault() {
        return language.isBlank() ? "en" : language;
    }

    public Metadata withTitle(String v) {
        return new Metadata(v, subtitle, authors, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withSubtitle(String v) {
        return new Metadata(title, v, authors, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withAuthors(List<String> v) {
        return new Metadata(title, subtitle, v, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withDate(String v) {
        return new Metadata(title, subtitle, authors, v, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withLanguage(String v) {
        return new Metadata(title, subtitle, authors, date, v, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withIdentifier(String v) {
        return new Metadata(title, subtitle, authors, date, language, v, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withPublisher(String v) {
        return new Metadata(title, subtitle, authors, date, language, identifier, v, description, rights, keywords, coverImage);
    }

    public Metadata withDescription(String v) {
        return new Metadata(title, subtitle, authors, date, language, identifier, publisher, v, rights, keywords, coverImage);
    }

    public Metadata withRights(String v) {
        return new Metadata(title, subtitle, authors, date, language, identifier, publisher, description, v, keywords, coverImage);
    }

    public Metadata withKeywords(List<String> v) {
        return new Metadata(title, subtitle, authors, date, language, identifier, publisher, description, rights, v, coverImage);
    }

    public Metadata withCoverImage(String v) {
        return new Metadata(title, subtitle, authors, date, language, identifier, publisher, description, rights, keywords, v);
    }
}
