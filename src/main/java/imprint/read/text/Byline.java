package imprint.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline ("By Jane Doe and John Roe", "BY JANE DOE, Associated Press") and
 * extracts the author names, leaving out affiliations such as news agencies and job titles.
 */
final class Byline {
    private static final Pattern BY = Pattern.compile("^(?:by|BY|By)\\s+(.+?)\\s*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*");
    /** Words that mark an affiliation or a job title, not a person. */
    private static final Set<String> AFFILIATION_WORDS = Set.of(
            "press", "associated", "news", "times", "post", "reuters", "afp", "ap", "upi", "staff",
            "writer", "writers", "correspondent", "reporter", "editor", "agency", "journal",
            "magazine", "network", "service", "media", "bloomberg", "guardian", "tribune",
            "herald", "daily", "bureau", "contributor", "columnist", "special", "wire");
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|van|von|der|den|da|di|du|la|le|bin|al)\\b)");

    private Byline() {
    }

    /** The authors named by {@code line}, or empty when the line is not a byline. */
    static Optional<List<String>> parse(String line) {
        String s = line.strip();
        if (s.length() > 160) {
            return Optional.empty();
        }
        Matcher m = BY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(1).replaceAll("[.]$", "");
        boolean firstAllCaps = false;
        List<String> names = new ArrayList<>();
        String[] parts = SPLIT.split(rest);
        for (int i = 0; i < parts.length; i++) {
            String part = stripOfClause(parts[i].strip());
            if (part.isEmpty()) {
                continue;
            }
            boolean caps = isAllCaps(part);
            if (i == 0) {
                firstAllCaps = caps;
            } else if (firstAllCaps && !caps) {
                // "JANE DOE, Associated Press": the typographic switch marks the affiliation
                break;
            }
            if (isAffiliation(part)) {
                continue;
            }
            if (!looksLikeName(part)) {
                return names.isEmpty() ? Optional.empty() : Optional.of(names);
            }
            names.add(caps ? titleCase(part) : part);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** "Jane Doe of The Times" and "Jane Doe for Reuters" name a person and an employer. */
    private static String stripOfClause(String part) {
        return part.replaceFirst("\\s+(?:of|for|OF|FOR)\\s+.*$", "");
    }

    private static boolean isAffiliation(String part) {
        for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (AFFILIATION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeName(String part) {
        String[] words = part.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** "JANE O'DOE-SMITH" to "Jane O'Doe-Smith": capitals are the byline's style, not the name. */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
