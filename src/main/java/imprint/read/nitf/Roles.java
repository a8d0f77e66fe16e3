package imprint.read.nitf;

import java.util.Locale;
import java.util.Set;

/** Whether the words of a {@code byttl} name a job ("Staff Writer") rather than an employer. */
final class Roles {
    private static final Set<String> TITLE_WORDS = Set.of(
            "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor",
            "editors", "contributor", "columnist", "special", "photographer", "photographers", "critic", "analyst",
            "chief", "producer", "intern", "fellow");

    private Roles() {
    }

    static boolean isTitle(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (TITLE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
