package imprint.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page size in PostScript points (1/72 in).
 *
 * @param name   the name as given ({@code a4}, {@code 6x9in}, ...)
 * @param width  page width in points
 * @param height page height in points
 */
public record Paper(String name, float width, float height) {
    private static final float MM = 72f / 25.4f;
    private static final Pattern CUSTOM =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*x\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|in)");

    public static final Paper A4 = new Paper("a4", 210 * MM, 297 * MM);
    public static final Paper LETTER = new Paper("letter", 612, 792);
    public static final Paper A5 = new Paper("a5", 148 * MM, 210 * MM);
    public static final Paper SIX_BY_NINE = new Paper("6x9in", 6 * 72, 9 * 72);

    public Paper {
        if (!(width >= 72 && height >= 72 && width <= 14400 && height <= 14400)) {
            throw new IllegalArgumentException("paper size must be between 1 in and 200 in");
        }
    }

    /**
     * Parses {@code a4}, {@code letter}, {@code a5}, {@code 6x9in} or a custom {@code WxH}
     * with unit {@code mm} or {@code in}, such as {@code 150x230mm}.
     */
    public static Paper parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "a4":
                return A4;
            case "letter":
                return LETTER;
            case "a5":
                return A5;
            default:
                break;
        }
        Matcher m = CUSTOM.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown paper '" + s
                    + "' (expected a4, letter, a5, 6x9in or WxH in mm or in, such as 150x230mm)");
        }
        float unit = m.group(3).equals("mm") ? MM : 72f;
        return new Paper(v, Float.parseFloat(m.group(1)) * unit, Float.parseFloat(m.group(2)) * unit);
    }
}
