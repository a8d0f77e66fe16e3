package imprint.render.pdf.draw;

import imprint.render.pdf.layout.Element;

/** The PDF structure type (ISO 32000-1, 14.8.4) that expresses each layout role. */
final class StructureTypes {
    private StructureTypes() {
    }

    static String of(Element e) {
        return switch (e.role()) {
            case DOCUMENT -> "Document";
            case HEADING -> "H" + Math.max(1, Math.min(6, e.level()));
            case PARAGRAPH -> "P";
            case BLOCK_QUOTE -> "BlockQuote";
            case LIST -> "L";
            case LIST_ITEM -> "LI";
            case LABEL -> "Lbl";
            case LIST_BODY -> "LBody";
            case NOTE -> "Note";
            case CODE -> "Code";
            case TABLE -> "Table";
            case TABLE_HEAD -> "THead";
            case TABLE_BODY -> "TBody";
            case TABLE_ROW -> "TR";
            case TABLE_HEADER_CELL -> "TH";
            case TABLE_CELL -> "TD";
            case FIGURE -> "Figure";
            case CAPTION -> "Caption";
            case LINK -> "Link";
            case DIVISION -> "Div";
            case SPAN -> "Span";
            case CONTENTS -> "TOC";
            case CONTENTS_ITEM -> "TOCI";
        };
    }
}
