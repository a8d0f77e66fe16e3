package imprint.render.pdf.layout;

/**
 * Styled text for a paragraph; {@code owner} is the element the text belongs to.
 * A run whose text is "\n" is a hard line break; a run with an image is an inline picture.
 */
public record Run(String text, Style style, Element owner, imprint.resource.Resource image, double imageWidth, double imageHeight) {
    public Run(String text, Style style, Element owner) {
        this(text, style, owner, null, 0, 0);
    }

    /** An inline picture of the given size in points, tagged as a figure. */
    public static Run picture(imprint.resource.Resource image, double width, double height, Style style, Element figure) {
        return new Run("\uFFFC", style, figure, image, width, height);
    }
}
