package imprint.render.pdf.layout;

/** A feasible break of {@link KnuthPlass}: where, at what cost, how the line to it is set, and the way back. */
final class BreakNode {
    final int position;
    final int line;
    final int fitness;
    final double width;
    final double stretch;
    final double shrink;
    final double demerits;
    final double ratio;
    final BreakNode previous;
    /** Lines in a row, up to this break, that end in a hyphen. */
    final int hyphens;
    /** The expandable width before this break, and the expansion of the line that ends here. */
    final double expandable;
    final double expansion;

    BreakNode(int position, int line, int fitness, double width, double stretch, double shrink, double demerits,
         double ratio, BreakNode previous, int hyphens, double expandable, double expansion) {
        this.position = position;
        this.line = line;
        this.fitness = fitness;
        this.width = width;
        this.stretch = stretch;
        this.shrink = shrink;
        this.demerits = demerits;
        this.ratio = ratio;
        this.previous = previous;
        this.hyphens = hyphens;
        this.expandable = expandable;
        this.expansion = expansion;
    }
}
