package imprint.read.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of raw HTML, used when raw HTML is dropped: tags removed, script and style
 * content removed entirely, common entities decoded, block tags turned into paragraph breaks.
 */
final class HtmlText {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile(
            "<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|$)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|div|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer|pre|dl|dt|dd)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>|<[^>]*$");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlText() {
    }

    /** The paragraphs of text in an HTML block, whitespace collapsed; empty when it has none. */
    static List<String> paragraphs(String html) {
        String s = COMMENT.matcher(html).replaceAll(" ");
        s = SCRIPT.matcher(s).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n\n");
        s = BLOCK_TAG.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String para : s.split("\\n\\s*\\n")) {
            String t = decodeEntities(para).replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** True for an opening {@code <script>} or {@code <style>} tag, whose content is dropped too. */
    static boolean opensHiddenContent(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return (t.startsWith("<script") || t.startsWith("<style")) && !t.endsWith("/>");
    }

    static boolean closesHiddenContent(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("</script") || t.startsWith("</style");
    }

    static boolean isComment(String tag) {
        return tag.startsWith("<!--");
    }

    static boolean isLineBreak(String tag) {
        return BREAK.matcher(tag.strip()).matches();
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 && !Character.isSurrogate((char) cp)
                        ? new String(Character.toChars(cp)) : "\uFFFD";
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00A0";
            case "mdash": return "\u2014";
            case "ndash": return "\u2013";
            case "hellip": return "\u2026";
            case "copy": return "\u00A9";
            default: return whole;
        }
    }
}
