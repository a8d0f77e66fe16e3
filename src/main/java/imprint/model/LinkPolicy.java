package imprint.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for link targets and image sources, used by the readers (what survives reading)
 * and by the document plan (what every renderer makes clickable). An allow list, because every
 * output turns a link into something a reader clicks: {@code javascript:}, {@code data:},
 * {@code file:}, {@code ftp:} and schemes nobody has vetted are unsafe.
 */
public final class LinkPolicy {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** Characters a URI may not hold unescaped (RFC 3986), which PDF, XHTML and DOCX readers reject. */
    private static final Pattern URI_CHARS = Pattern.compile("[^\\s<>\"{}|\\\\^`\\p{Cc}]+");

    /** What a link target is, by this rule. */
    public enum Kind {
        /** {@code #id}: a place in this document. */
        INTERNAL,
        /** An absolute URL with an allowed scheme and well-formed characters: clickable in every output. */
        EXTERNAL,
        /**
         * A relative reference ({@code other.html}) or a malformed URL with an allowed scheme: kept
         * by readers, shown as text by renderers (nothing outside the document can resolve it).
         */
        TEXT_ONLY,
        /** A dangerous or unknown scheme, or an empty target: never a link. */
        UNSAFE
    }

    private LinkPolicy() {
    }

    /** Classifies a link target. */
    public static Kind classify(String target) {
        return classify(target, LINK_SCHEMES);
    }

    /** Whether a reader keeps a link with this target. */
    public static boolean safeLink(String target) {
        return classify(target) != Kind.UNSAFE;
    }

    /** Whether a reader keeps an image with this source (local paths and http(s) only). */
    public static boolean safeImage(String source) {
        return classify(source, IMAGE_SCHEMES) != Kind.UNSAFE;
    }

    private static Kind classify(String target, Set<String> schemes) {
        // Browsers ignore white space and control characters inside a scheme ("java\tscript:").
        String s = target.replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Kind.UNSAFE;
        }
        if (target.startsWith("#")) {
            return target.length() > 1 ? Kind.INTERNAL : Kind.UNSAFE;
        }
        Matcher m = SCHEME.matcher(s);
        if (!m.find()) {
            return Kind.TEXT_ONLY;
        }
        if (!schemes.contains(m.group(1))) {
            return Kind.UNSAFE;
        }
        // A link is clickable only as written: the scheme must not hide white space, and the rest
        // must be a well-formed URI.
        boolean clean = target.regionMatches(true, 0, m.group(1) + ":", 0, m.group(1).length() + 1)
                && URI_CHARS.matcher(target).matches() && target.length() > m.group(1).length() + 1;
        return clean ? Kind.EXTERNAL : Kind.TEXT_ONLY;
    }
}
