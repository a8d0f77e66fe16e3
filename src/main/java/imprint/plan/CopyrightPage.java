package imprint.plan;

import imprint.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a book's copyright page says, from the front matter, the same in every format: the
 * copyright line (else the rights), the rights when they differ, the identifier (as an ISBN
 * when it is a bare number), the edition, the publisher and where it is printed
 * ({@code printed-in}). Empty when the front matter says none of these.
 */
public final class CopyrightPage {
    private CopyrightPage() {
    }

    public static List<String> lines(DocumentPlan plan) {
        return lines(plan.metadata());
    }

    static List<String> lines(Metadata m) {
        List<String> l = new ArrayList<>();
        String rights = !m.copyright().isBlank() ? m.copyright() : m.rights();
        if (!rights.isBlank()) {
            l.add(rights.strip());
        }
        if (!m.rights().isBlank() && !m.rights().equals(rights)) {
            l.add(m.rights().strip());
        }
        String id = m.identifier().strip();
        if (!id.isEmpty()) {
            l.add(id.toLowerCase(Locale.ROOT).startsWith("isbn") || id.contains(":") ? id : "ISBN " + id);
        }
        if (!m.edition().isBlank()) {
            l.add(m.edition().strip());
        }
        if (!m.publisher().isBlank()) {
            l.add("Published by " + m.publisher().strip());
        }
        if (!m.book().printedIn().isBlank()) {
            l.add(m.book().printedIn().strip());
        }
        return l;
    }
}
