package imprint.plan;

import java.util.List;
import java.util.Locale;

/**
 * How the DOCX is styled ({@code --docx-style}): the standard look, or Standard Manuscript
 * Format as agents and publishers ask for it. Changes the DOCX only, never the content or the
 * pages of the other formats.
 *
 * @param kind    the style
 * @param contact the contact block of a manuscript's first page (name, address, phone,
 *                e-mail), one line each; empty to show the authors' names alone
 */
public record DocxStyle(Kind kind, List<String> contact) {
    /** The looks a DOCX can have. */
    public enum Kind {
        /** Word's built-in styles, as a reader or editor expects them. */
        STANDARD,
        /** 12 pt Times New Roman, double-spaced, one-inch margins, running header "Surname / TITLE / page". */
        MANUSCRIPT
    }

    public static final DocxStyle STANDARD = new DocxStyle(Kind.STANDARD, List.of());

    public DocxStyle {
        java.util.Objects.requireNonNull(kind, "kind");
        contact = List.copyOf(contact);
    }

    /** The style named on the command line: {@code standard} or {@code manuscript}. */
    public static DocxStyle parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "standard" -> STANDARD;
            case "manuscript" -> new DocxStyle(Kind.MANUSCRIPT, List.of());
            default -> throw new IllegalArgumentException("unknown DOCX style '" + name + "' (expected standard or manuscript)");
        };
    }

    public DocxStyle withContact(List<String> lines) {
        return new DocxStyle(kind, lines);
    }

    public boolean isManuscript() {
        return kind == Kind.MANUSCRIPT;
    }
}
