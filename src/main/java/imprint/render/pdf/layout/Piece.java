package imprint.render.pdf.layout;

/** What one box of a paragraph draws: text in one style for one element, or an inline picture. */
record Piece(String text, Style style, Element owner, Run picture) {
    Piece(String text, Style style, Element owner) {
        this(text, style, owner, null);
    }
}
