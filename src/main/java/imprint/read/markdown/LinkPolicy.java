package imprint.read.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets and image sources survive reading. An allow list, because every output
 * format turns a link into something a reader clicks: {@code javascript:}, {@code data:},
 * {@code file:} and schemes nobody has vetted are dropped.
 */
final class LinkPolicy {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private LinkPolicy() {
    }

    static boolean safeLink(String target) {
        return allowed(target, LINK_SCHEMES);
    }

    static boolean safeImage(String source) {
        return allowed(source, IMAGE_SCHEMES);
    }

    private static boolean allowed(String target, Set<String> schemes) {
        // browsers ignore whitespace and control characters inside a scheme ("java\tscript:")
        String s = target.replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return false;
        }
        Matcher m = SCHEME.matcher(s);
        return !m.find() || schemes.contains(m.group(1));
    }
}
