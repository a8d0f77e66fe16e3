package imprint.render.docx;

import java.nio.charset.StandardCharsets;

/**
 * A fresh numbering instance ({@code w:num}) per list, so each list restarts, with a start
 * override where the list does not start at 1. The abstract definitions (all nine levels) and
 * instances 1 and 2 (those of the List Bullet and List Number styles) come from the template:
 * abstractNum 0 for bullets, 1 for numbers. The part is written as text: it is a fixed
 * template plus one short element per list, and building it with XMLBeans cost more than the
 * rest of an article's lists together.
 */
final class ListNumbering {
    private static final String END = "</w:numbering>";

    private final StringBuilder nums = new StringBuilder();
    private int lastId = 2;

    int bullets() {
        return add(0, -1, 0);
    }

    /** A new numbered list whose items at {@code level} start counting at {@code start}. */
    int numbered(int level, int start) {
        return add(1, level, Math.max(0, start));
    }

    private int add(int abstractId, int level, int start) {
        int id = ++lastId;
        nums.append("<w:num w:numId=\"").append(id).append("\"><w:abstractNumId w:val=\"").append(abstractId)
                .append("\"/>");
        if (level >= 0) {
            nums.append("<w:lvlOverride w:ilvl=\"").append(level).append("\"><w:startOverride w:val=\"")
                    .append(start).append("\"/></w:lvlOverride>");
        }
        nums.append("</w:num>");
        return id;
    }

    /** The {@code word/numbering.xml} part: the template's definitions and this document's lists. */
    byte[] part() {
        String template = DocxTemplate.numbering();
        int end = template.lastIndexOf(END);
        return (template.substring(0, end) + nums + END).getBytes(StandardCharsets.UTF_8);
    }
}
