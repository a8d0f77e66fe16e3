package imprint.read.text;

import imprint.model.Contributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a byline ("By Jane Doe and John Roe", "BY JANE DOE, Associated Press", "By Elena
 * Marsh, Staff Writer") and reads it as contributors: the names, and for each its job title
 * ("Staff Writer", "AP Science Writer") and affiliation ("Associated Press", "of The Times").
 * A title or affiliation after several names belongs to all of them ("By A and B, Associated
 * Press").
 */
final class Byline {
    private static final Pattern BY = Pattern.compile("^(?:by|BY|By)\\s+(.+?)\\s*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*");
    /** Words that mark a job title, not a person. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor",
            "editors", "contributor", "columnist", "special", "photographer", "photographers", "critic", "analyst",
            "chief", "producer", "intern", "fellow");
    /** Words that mark an affiliation (a news agency, paper or desk), not a person. */
    private static final Set<String> AFFILIATION_WORDS = Set.of(
            "press", "associated", "news", "times", "post", "reuters", "afp", "ap", "upi", "agency", "journal",
            "magazine", "network", "service", "media", "bloomberg", "guardian", "tribune", "herald", "daily",
            "bureau", "wire");
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|van|von|der|den|da|di|du|la|le|bin|al)\\b)");
    private static final Pattern OF_CLAUSE = Pattern.compile("^(.*?)\\s+(?:of|for|OF|FOR)\\s+(.+)$");

    private Byline() {
    }

    /** The contributors named by {@code line}, or empty when the line is not a byline. */
    static Optional<List<Contributor>> parse(String line) {
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
        boolean switched = false;
        List<Person> people = new ArrayList<>();
        int groupStart = 0;
        boolean groupHasRole = false;
        String[] parts = SPLIT.split(rest);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            String ofAffiliation = "";
            Matcher of = OF_CLAUSE.matcher(part);
            if (!switched && of.matches() && looksLikeName(of.group(1))) {
                part = of.group(1);
                ofAffiliation = of.group(2);
            }
            boolean caps = isAllCaps(part);
            if (i == 0) {
                firstAllCaps = caps;
            } else if (firstAllCaps && !caps) {
                // "JANE DOE, Associated Press": the typographic switch marks the affiliation
                switched = true;
            }
            boolean role = switched || isTitle(part) || isAffiliation(part);
            if (role) {
                if (people.isEmpty()) {
                    return Optional.empty();
                }
                boolean title = isTitle(part);
                for (int k = groupStart; k < people.size(); k++) {
                    Person p = people.get(k);
                    if (title && p.title.isEmpty()) {
                        p.title = part;
                    } else if (!title && p.affiliation.isEmpty()) {
                        p.affiliation = part;
                    }
                }
                groupHasRole = true;
                continue;
            }
            if (!looksLikeName(part)) {
                break;
            }
            if (groupHasRole) {
                groupStart = people.size();
                groupHasRole = false;
            }
            Person p = new Person(caps ? titleCase(part) : part);
            p.affiliation = ofAffiliation;
            people.add(p);
            // "Jane Doe of The Times": qualified already; what follows is about the next names
            groupHasRole = !ofAffiliation.isEmpty();
        }
        if (people.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(people.stream().map(p -> new Contributor(p.name, p.title, p.affiliation)).toList());
    }

    /** A name being collected, with the title and affiliation that follow it. */
    private static final class Person {
        final String name;
        String title = "";
        String affiliation = "";

        Person(String name) {
            this.name = name;
        }
    }

    private static boolean isTitle(String part) {
        return hasWord(part, TITLE_WORDS);
    }

    private static boolean isAffiliation(String part) {
        return hasWord(part, AFFILIATION_WORDS);
    }

    private static boolean hasWord(String part, Set<String> words) {
        for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
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
