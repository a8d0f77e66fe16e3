package imprint.render.pdf.layout;

/**
 * What a piece of laid-out content is in the document, independent of any output format: the
 * drawing side decides how each role is expressed (in the PDF, as a structure type).
 */
public enum Role {
    /** The whole document: the root of the structure, which draws nothing itself. */
    DOCUMENT,
    /** A heading; its {@link Element#level()} is its depth in the outline, never skipping one. */
    HEADING,
    PARAGRAPH,
    BLOCK_QUOTE,
    LIST,
    LIST_ITEM,
    /** A list item's bullet or number, or a note's number. */
    LABEL,
    /** What a list item says, after its label. */
    LIST_BODY,
    /** A footnote or endnote, placed inside the element that first refers to it. */
    NOTE,
    CODE,
    TABLE,
    TABLE_HEAD,
    TABLE_BODY,
    TABLE_ROW,
    /** A header cell, which labels its column. */
    TABLE_HEADER_CELL,
    TABLE_CELL,
    /** A picture; its {@link Element#alt()} describes it. */
    FIGURE,
    CAPTION,
    /** A link; its {@link Element#target()} is a URI or {@code #id}. */
    LINK,
    /** A passage in a language of its own ({@link Element#lang()}), a Markdown fenced div. */
    DIVISION,
    /** A phrase in a language of its own ({@link Element#lang()}), a Markdown bracketed span. */
    SPAN,
    /** The table of contents. */
    CONTENTS,
    CONTENTS_ITEM;

    /** Whether an element of this role is kept even when nothing is drawn for it (a row keeps its cells). */
    public boolean keptWhenEmpty() {
        return switch (this) {
            case TABLE, TABLE_HEAD, TABLE_BODY, TABLE_ROW, TABLE_HEADER_CELL, TABLE_CELL -> true;
            default -> false;
        };
    }
}
