package imprint.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A person (or desk) credited for a document, as a byline names them.
 *
 * @param name        the name as it should be shown ("Elena Marsh")
 * @param title       the job title or role as written ("Staff Writer", "Photographer"), or empty
 * @param affiliation the employer or agency ("Associated Press"), or empty
 * @param role        a MARC relator code ({@code aut} author, {@code pht} photographer, {@code edt}
 *                    editor, {@code trl} translator, {@code ill} illustrator); {@code aut} unless
 *                    the title says otherwise
 */
public record Contributor(String name, String title, String affiliation, String role) {
    public Contributor {
        name = Objects.requireNonNull(name, "name").strip();
        title = Objects.requireNonNull(title, "title").strip();
        affiliation = Objects.requireNonNull(affiliation, "affiliation").strip();
        role = Objects.requireNonNull(role, "role").strip();
        if (role.isEmpty()) {
            role = relatorFor(title);
        }
    }

    /** A contributor known by name only: an author. */
    public Contributor(String name) {
        this(name, "", "", "aut");
    }

    /** A contributor with a title and affiliation; the role follows from the title. */
    public Contributor(String name, String title, String affiliation) {
        this(name, title, affiliation, "");
    }

    /** What the byline's second line says: the title and the affiliation, comma-separated; may be empty. */
    public String roleLine() {
        if (title.isEmpty()) {
            return affiliation;
        }
        return affiliation.isEmpty() ? title : title + ", " + affiliation;
    }

    /**
     * The MARC relator (https://id.loc.gov/vocabulary/relators) a job title names; {@code aut}
     * for writers, reporters, correspondents and anything unrecognised.
     */
    public static String relatorFor(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("photo")) {
            return "pht";
        }
        if (t.contains("illustrat") || t.contains("graphic") || t.contains("cartoon")) {
            return "ill";
        }
        if (t.contains("translat")) {
            return "trl";
        }
        if (t.contains("editor") && !t.contains("writer") && !t.contains("correspondent")) {
            return "edt";
        }
        return "aut";
    }
}
