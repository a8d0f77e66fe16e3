package imprint.render;

/** XML escaping shared by every writer of XML text: XHTML, OPF, NCX and XMP. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Appends {@code s} escaped for XML text (or, with {@code attribute}, for a double-quoted
     * attribute value, where line ends and tabs become spaces); characters XML 1.0 forbids
     * (most control characters, lone surrogates, U+FFFE, U+FFFF) are dropped.
     */
    public static void escape(String s, boolean attribute, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> sb.append(attribute ? ' ' : c);
                default -> {
                    if (allowed(s, i, c)) {
                        sb.append(c);
                    }
                }
            }
        }
    }

    /** Escaped text as a new string. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, true, sb);
        return sb.toString();
    }

    private static boolean allowed(String s, int i, char c) {
        if (c < 0x20) {
            return c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
