package imprint.render.pdf.layout;

/** The boxes, glue and penalties of Knuth and Plass's paragraph model. */
public sealed interface Item permits Item.Box, Item.Glue, Item.Penalty {
    /** A penalty that forbids (positive) or forces (negative) a break. */
    double INFINITY = 10000;

    double width();

    /**
     * Material that is drawn: a word fragment. {@code expandable} is the part of its width whose
     * glyphs font expansion may widen or narrow (all of a word's, none of a picture's).
     */
    record Box(double width, Fragment fragment, double expandable) implements Item {
        /** A box of glyphs, all expandable. */
        public Box(double width, Fragment fragment) {
            this(width, fragment, width);
        }
    }

    /** Space that can stretch and shrink; a line may break at glue that follows a box. */
    record Glue(double width, double stretch, double shrink) implements Item {
    }

    /** A possible break; {@code flagged} marks hyphen breaks, {@code width} is the hyphen added. */
    record Penalty(double width, double penalty, boolean flagged) implements Item {
    }
}
