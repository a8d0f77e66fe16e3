package imprint.render.pdf.layout;

/**
 * Styled text for a paragraph; {@code mark} is the structure element the text belongs to.
 * A run whose text is "\n" is a hard line break.
 */
public record Run(String text, Style style, Tag mark) {
}
