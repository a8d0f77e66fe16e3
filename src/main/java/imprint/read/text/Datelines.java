package imprint.read.text;

import imprint.model.Dateline;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline that opens a news story's first paragraph: a place in capitals,
 * optionally a date after a comma, optionally a parenthesis (the agency, or a date), then a
 * dash: "MIAMI (AP) --", "PARIS, May 17 (Reuters) -", "WASHINGTON (Jan. 3) —", "NEW YORK —".
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu})"
                    + "(?:,\\s*(?<date>\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?))?"
                    + "(?:\\s*\\((?<paren>[^()]{1,40})\\))?"
                    + "\\s*(?:---?|[—–-])\\s+\\S");
    private static final Pattern DATE_LIKE = Pattern.compile(".*\\d.*");

    private Datelines() {
    }

    /** The dateline that opens {@code text}, or empty. */
    static Optional<Dateline> parse(String text) {
        if (text.length() < 6) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place");
        if (place.replaceAll("[^\\p{L}]", "").length() < 2) {
            return Optional.empty();
        }
        String date = m.group("date") == null ? "" : m.group("date");
        String source = "";
        String paren = m.group("paren");
        if (paren != null) {
            if (DATE_LIKE.matcher(paren).matches() && date.isEmpty()) {
                date = paren;
            } else {
                source = paren;
            }
        }
        int end = m.end() - 1; // before the first letter of the story
        String head = text.substring(0, end).strip();
        String words = head.replaceFirst("\\s*(?:---?|[—–-])$", "").strip();
        return Optional.of(new Dateline(words, place, date, source));
    }
}
