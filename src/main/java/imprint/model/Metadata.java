package imprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Document-level metadata, read from YAML front matter, a wire story's head or inferred from an
 * article. Absent values are empty strings, empty lists, {@link Dateline#NONE} or urgency 0,
 * never {@code null}.
 *
 * <p>{@code authors} and {@code contributors} are kept in step: the contributors are the full
 * byline (name, job title, affiliation, role) and the authors their names. When contributors
 * are given they decide the authors; when only authors are given, each becomes a contributor
 * known by name.
 *
 * @param title        the document title (may be empty; renderers fall back to the file name)
 * @param subtitle     an optional subtitle
 * @param authors      the contributors' names in display order
 * @param date         the publication date as written in the source (ISO 8601 preferred)
 * @param language     a BCP 47 language tag such as {@code en} or {@code fr-CA}; empty means unknown
 * @param identifier   a stable identifier (ISBN, URN, URL, a wire's document id); empty means
 *                     "derive one from the content"
 * @param publisher    the publisher
 * @param description  a short description or abstract
 * @param rights       a rights or licence statement (usage terms)
 * @param keywords     subject keywords
 * @param coverImage   path of a cover image relative to the source document, or empty
 * @param contributors the byline: who wrote (or photographed, edited) the document
 * @param dateline     where, when and by whom a news story was filed
 * @param slug         the wire's slug line, a short working name ("BC-EU-France-Cyber")
 * @param edition      the edition or version named by the wire ("Late City", "1st Ld-Writethru")
 * @param urgency      the news urgency, 1 (flash) to 8 (lowest) as in NITF and IPTC; 0 for none
 * @param copyright    the copyright line ("© 2024 The Associated Press")
 * @param editorNote   a note to editors that is not for publication (NITF {@code ed-msg}, ninjs
 *                     {@code ednote}); kept, never shown in the text
 * @param book         the book's own front-matter fields (type, print profile, dedication,
 *                     epigraph, "printed in", about the author); {@link BookMatter#EMPTY} for none
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
        String coverImage,
        List<Contributor> contributors,
        Dateline dateline,
        String slug,
        String edition,
        int urgency,
        String copyright,
        String editorNote,
        BookMatter book) {

    /** Metadata with every field empty. */
    public static final Metadata EMPTY =
            new Metadata("", "", List.of(), "", "", "", "", "", "", List.of(), "");

    public Metadata {
        title = Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNull(subtitle, "subtitle");
        date = Objects.requireNonNull(date, "date");
        language = Objects.requireNonNull(language, "language");
        identifier = Objects.requireNonNull(identifier, "identifier");
        publisher = Objects.requireNonNull(publisher, "publisher");
        description = Objects.requireNonNull(description, "description");
        rights = Objects.requireNonNull(rights, "rights");
        keywords = List.copyOf(keywords);
        coverImage = Objects.requireNonNull(coverImage, "coverImage");
        contributors = List.copyOf(contributors);
        if (contributors.isEmpty() && !authors.isEmpty()) {
            contributors = authors.stream().map(Contributor::new).toList();
        }
        authors = contributors.stream().map(Contributor::name).toList();
        Objects.requireNonNull(dateline, "dateline");
        slug = Objects.requireNonNull(slug, "slug");
        edition = Objects.requireNonNull(edition, "edition");
        if (urgency < 0 || urgency > 9) {
            throw new IllegalArgumentException("urgency must be 0..9, was " + urgency);
        }
        copyright = Objects.requireNonNull(copyright, "copyright");
        editorNote = Objects.requireNonNull(editorNote, "editorNote");
        book = Objects.requireNonNullElse(book, BookMatter.EMPTY);
    }

    /** The metadata before the book fields existed: none of them. */
    public Metadata(String title, String subtitle, List<String> authors, String date, String language,
                    String identifier, String publisher, String description, String rights,
                    List<String> keywords, String coverImage, List<Contributor> contributors, Dateline dateline,
                    String slug, String edition, int urgency, String copyright, String editorNote) {
        this(title, subtitle, authors, date, language, identifier, publisher, description, rights, keywords,
                coverImage, contributors, dateline, slug, edition, urgency, copyright, editorNote, BookMatter.EMPTY);
    }

    /** The metadata of documents without bylines or wire fields (the form before contributors existed). */
    public Metadata(String title, String subtitle, List<String> authors, String date, String language,
                    String identifier, String publisher, String description, String rights,
                    List<String> keywords, String coverImage) {
        this(title, subtitle, authors, date, language, identifier, publisher, description, rights, keywords,
                coverImage, List.of(), Dateline.NONE, "", "", 0, "", "");
    }

    /** The language tag, or {@code en} when the document does not say. */
    public String languageOrDefault() {
        return language.isBlank() ? "en" : language;
    }

    /** True when any contributor has a job title or an affiliation: the byline has a second line. */
    public boolean hasRoleLines() {
        return contributors.stream().anyMatch(c -> !c.roleLine().isEmpty());
    }

    private Metadata copy(String title, String subtitle, List<Contributor> contributors, String date,
                          String language, String identifier, String publisher, String description,
                          String rights, List<String> keywords, String coverImage) {
        return new Metadata(title, subtitle, List.of(), date, language, identifier, publisher, description, rights,
                keywords, coverImage, contributors, dateline, slug, edition, urgency, copyright, editorNote, book);
    }

    private Metadata news(Dateline dateline, String slug, String edition, int urgency, String copyright,
                          String editorNote) {
        return new Metadata(title, subtitle, List.of(), date, language, identifier, publisher, description, rights,
                keywords, coverImage, contributors, dateline, slug, edition, urgency, copyright, editorNote, book);
    }

    /** With these book fields (see {@link BookMatter}). */
    public Metadata withBook(BookMatter v) {
        return new Metadata(title, subtitle, List.of(), date, language, identifier, publisher, description, rights,
                keywords, coverImage, contributors, dateline, slug, edition, urgency, copyright, editorNote, v);
    }

    public Metadata withTitle(String v) {
        return copy(v, subtitle, contributors, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withSubtitle(String v) {
        return copy(title, v, contributors, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    /** Authors by name only (any job titles and affiliations are dropped). */
    public Metadata withAuthors(List<String> v) {
        return withContributors(v.stream().map(Contributor::new).toList());
    }

    public Metadata withContributors(List<Contributor> v) {
        return copy(title, subtitle, v, date, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withDate(String v) {
        return copy(title, subtitle, contributors, v, language, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withLanguage(String v) {
        return copy(title, subtitle, contributors, date, v, identifier, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withIdentifier(String v) {
        return copy(title, subtitle, contributors, date, language, v, publisher, description, rights, keywords, coverImage);
    }

    public Metadata withPublisher(String v) {
        return copy(title, subtitle, contributors, date, language, identifier, v, description, rights, keywords, coverImage);
    }

    public Metadata withDescription(String v) {
        return copy(title, subtitle, contributors, date, language, identifier, publisher, v, rights, keywords, coverImage);
    }

    public Metadata withRights(String v) {
        return copy(title, subtitle, contributors, date, language, identifier, publisher, description, v, keywords, coverImage);
    }

    public Metadata withKeywords(List<String> v) {
        return copy(title, subtitle, contributors, date, language, identifier, publisher, description, rights, v, coverImage);
    }

    public Metadata withCoverImage(String v) {
        return copy(title, subtitle, contributors, date, language, identifier, publisher, description, rights, keywords, v);
    }

    public Metadata withDateline(Dateline v) {
        return news(v, slug, edition, urgency, copyright, editorNote);
    }

    public Metadata withSlug(String v) {
        return news(dateline, v, edition, urgency, copyright, editorNote);
    }

    public Metadata withEdition(String v) {
        return news(dateline, slug, v, urgency, copyright, editorNote);
    }

    public Metadata withUrgency(int v) {
        return news(dateline, slug, edition, v, copyright, editorNote);
    }

    public Metadata withCopyright(String v) {
        return news(dateline, slug, edition, urgency, v, editorNote);
    }

    public Metadata withEditorNote(String v) {
        return news(dateline, slug, edition, urgency, copyright, v);
    }
}
