package imprint.render.pdf.layout;

/**
 * One drawing operation of the display list. Coordinates are in points from the top-left of
 * the page while laying out; the painter flips them. A null owner means page furniture, drawn
 * as an artifact outside the structure tree.
 */
public sealed interface Op permits Op.Text, Op.Rule, Op.Fill, Op.Image, Op.Link, Op.Dest {

    /** Moves the operation by (dx, dy). */
    Op moved(double dx, double dy);

    /**
     * Text on a baseline at (x, y); {@code scale} is its glyphs' horizontal scale (font
     * expansion of a justified line, 1 when none), drawn with the PDF's {@code Tz}.
     */
    record Text(double x, double y, String text, Style style, Element owner, double scale) implements Op {
        /** Text at its natural width. */
        public Text(double x, double y, String text, Style style, Element owner) {
            this(x, y, text, style, owner, 1);
        }

        public Op moved(double dx, double dy) {
            return new Text(x + dx, y + dy, text, style, owner, scale);
        }
    }

    /** A straight line. */
    record Rule(double x1, double y1, double x2, double y2, double width, float gray) implements Op {
        public Op moved(double dx, double dy) {
            return new Rule(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, gray);
        }
    }

    /** A filled rectangle with its top-left corner at (x, y). */
    record Fill(double x, double y, double w, double h, float gray) implements Op {
        public Op moved(double dx, double dy) {
            return new Fill(x + dx, y + dy, w, h, gray);
        }
    }

    /** An image with its top-left corner at (x, y). */
    record Image(double x, double y, double w, double h, imprint.resource.Resource image, Element owner) implements Op {
        public Op moved(double dx, double dy) {
            return new Image(x + dx, y + dy, w, h, image, owner);
        }
    }

    /** A clickable area linking to a URI or to {@code #id}; belongs to a link element. */
    record Link(double x, double y, double w, double h, String target, Element owner) implements Op {
        public Op moved(double dx, double dy) {
            return new Link(x + dx, y + dy, w, h, target, owner);
        }
    }

    /** A named destination (heading id) at height y, also used for the outline. */
    record Dest(String id, double y, String title, int level) implements Op {
        public Op moved(double dx, double dy) {
            return new Dest(id, y + dy, title, level);
        }
    }
}
