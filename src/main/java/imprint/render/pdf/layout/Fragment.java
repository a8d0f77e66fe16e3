package imprint.render.pdf.layout;

/**
 * A piece of a word in one font: what a box draws. {@code hyphenAfter} is the hyphen drawn
 * when the line breaks after this fragment at a hyphenation point.
 */
public record Fragment(String text, Style style, String hyphenAfter) {
}
