package imprint.read.text;

import java.util.Locale;
import java.util.Set;

/**
 * Web page furniture that copy-and-paste drags into the end of an article. Matched only as
 * whole lines, case-insensitively, ignoring trailing punctuation; the reader applies it only
 * to the last lines of a document so that a sentence in the body is never dropped.
 */
final class Boilerplate {
    private static final Set<String> LINES = Set.of(
            "comments are closed",
            "comments closed",
            "share this",
            "share this article",
            "share this story",
            "share on facebook",
            "share on twitter",
            "like this",
            "click here to subscribe",
            "subscribe to our newsletter",
            "sign up for our newsletter",
            "subscribe now",
            "all rights reserved",
            "leave a comment",
            "leave a reply",
            "related articles",
            "related posts",
            "related stories",
            "read more",
            "advertisement",
            "print this article",
            "print this page",
            "back to top",
            "loading",
            "follow us on twitter",
            "follow us on facebook");

    private Boilerplate() {
    }

    /** True when the whole line is boilerplate. */
    static boolean matches(String line) {
        String n = normalise(line);
        return LINES.contains(n) || isRightsLine(line);
    }

    /** A copyright line such as "© 2016 The Associated Press. All rights reserved." */
    static boolean isRightsLine(String line) {
        String n = normalise(line);
        return n.endsWith("all rights reserved") && n.length() <= 120;
    }

    private static String normalise(String line) {
        String n = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return n.replaceAll("[\\s.:!…»>]+$", "");
    }
}
