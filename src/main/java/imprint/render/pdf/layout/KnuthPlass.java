package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The Knuth–Plass total-fit line breaker: chooses the breaks that minimise the sum of squared
 * badness (plus penalties) over the whole paragraph, as TeX does, rather than filling each line
 * greedily. Lines may have different widths. When no set of breaks fits the tolerance, it
 * retries with a looser one and finally accepts overfull lines, so it always terminates.
 */
public final class KnuthPlass {
    /** Break positions (indices into the item list) and each line's adjustment ratio. */
    public record Break(int position, double ratio) {
    }

    /** Widths of successive lines. */
    public interface LineWidths {
        double width(int line);
    }

    private static final double LINE_PENALTY = 10;
    private static final double FLAGGED_DEMERITS = 3000;
    private static final double FITNESS_DEMERITS = 3000;

    private KnuthPlass() {
    }

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final double width;
        final double stretch;
        final double shrink;
        final double demerits;
        final double ratio;
        final Node previous;

        Node(int position, int line, int fitness, double width, double stretch, double shrink, double demerits,
             double ratio, Node previous) {
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.ratio = ratio;
            this.previous = previous;
        }
    }

    /**
     * Breaks a paragraph. The item list must end with a forced break (see {@link #finish}).
     * Tries tolerance 2 (TeX's \tolerance 200 in ratio terms), then 10, then allows overfull lines.
     */
    public static List<Break> breakLines(List<Item> items, LineWidths widths) {
        List<Break> r = run(items, widths, 2.0, false);
        if (r == null) {
            r = run(items, widths, 10.0, false);
        }
        if (r == null) {
            r = run(items, widths, Double.MAX_VALUE, true);
        }
        return r;
    }

    /** Appends the paragraph end: infinitely stretchable glue and a forced break. */
    public static void finish(List<Item> items) {
        items.add(new Item.Penalty(0, Item.INFINITY, false));
        items.add(new Item.Glue(0, 1e6, 0));
        items.add(new Item.Penalty(0, -Item.INFINITY, false));
    }

    private static List<Break> run(List<Item> items, LineWidths widths, double tolerance, boolean emergency) {
        List<Node> active = new ArrayList<>();
        active.add(new Node(0, 0, 1, 0, 0, 0, 0, 0, null));
        double sumW = 0;
        double sumY = 0;
        double sumZ = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean legal = false;
            double penalty = 0;
            boolean flagged = false;
            double extra = 0;
            if (it instanceof Item.Penalty p) {
                legal = p.penalty() < Item.INFINITY;
                penalty = p.penalty();
                flagged = p.flagged();
                extra = p.width();
            } else if (it instanceof Item.Glue) {
                legal = i > 0 && items.get(i - 1) instanceof Item.Box;
            }
            if (legal) {
                consider(active, items, widths, i, sumW, sumY, sumZ, penalty, flagged, extra, tolerance, emergency);
                if (active.isEmpty()) {
                    return null;
                }
            }
            if (it instanceof Item.Box b) {
                sumW += b.width();
            } else if (it instanceof Item.Glue g) {
                sumW += g.width();
                sumY += g.stretch();
                sumZ += g.shrink();
            }
        }
        Node best = null;
        for (Node n : active) {
            if (n.position == items.size() - 1 && (best == null || n.demerits < best.demerits)) {
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        List<Break> out = new ArrayList<>();
        for (Node n = best; n.previous != null; n = n.previous) {
            out.add(0, new Break(n.position, n.ratio));
        }
        return out;
    }

    private static void consider(List<Node> active, List<Item> items, LineWidths widths, int b, double sumW,
                                 double sumY, double sumZ, double penalty, boolean flagged, double extra,
                                 double tolerance, boolean emergency) {
        Node[] bestByFitness = new Node[4];
        double[] bestDemerits = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        Node lastDeactivated = null;
        double[] ratioFor = new double[4];
        for (int k = 0; k < active.size(); k++) {
            Node a = active.get(k);
            double lineWidth = widths.width(a.line);
            double natural = sumW - a.width + extra;
            double ratio;
            if (natural < lineWidth) {
                double y = sumY - a.stretch;
                ratio = y > 0 ? (lineWidth - natural) / y : Double.MAX_VALUE / 2;
            } else if (natural > lineWidth) {
                double z = sumZ - a.shrink;
                ratio = z > 0 ? (lineWidth - natural) / z : -Double.MAX_VALUE / 2;
            } else {
                ratio = 0;
            }
            boolean forced = penalty <= -Item.INFINITY;
            if (ratio < -1 || forced) {
                active.remove(k--);
                lastDeactivated = a;
            }
            if (ratio >= -1 && ratio <= tolerance) {
                double r = Math.max(ratio, -1);
                double badness = 100 * Math.pow(Math.abs(r), 3);
                double d = Math.pow(LINE_PENALTY + badness, 2);
                if (penalty >= 0) {
                    d += penalty * penalty;
                } else if (!forced) {
                    d -= penalty * penalty;
                }
                if (flagged && items.get(a.position) instanceof Item.Penalty p && p.flagged()) {
                    d += FLAGGED_DEMERITS;
                }
                int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
                if (Math.abs(fitness - a.fitness) > 1) {
                    d += FITNESS_DEMERITS;
                }
                d += a.demerits;
                if (d < bestDemerits[fitness]) {
                    bestDemerits[fitness] = d;
                    bestByFitness[fitness] = a;
                    ratioFor[fitness] = r;
                }
            }
        }
        if (emergency && active.isEmpty() && allNull(bestByFitness) && lastDeactivated != null) {
            // Nothing fits: accept an overfull line from the last node rather than fail.
            bestByFitness[1] = lastDeactivated;
            bestDemerits[1] = lastDeactivated.demerits + 1e7;
            ratioFor[1] = -1;
        }
        double[] after = afterBreak(items, b, sumW, sumY, sumZ);
        for (int f = 0; f < 4; f++) {
            Node a = bestByFitness[f];
            if (a != null) {
                active.add(new Node(b, a.line + 1, f, after[0], after[1], after[2], bestDemerits[f], ratioFor[f], a));
            }
        }
    }

    private static boolean allNull(Node[] nodes) {
        for (Node n : nodes) {
            if (n != null) {
                return false;
            }
        }
        return true;
    }

    /** Totals after a break: glue and penalties following the break are discarded. */
    private static double[] afterBreak(List<Item> items, int b, double sumW, double sumY, double sumZ) {
        double w = sumW;
        double y = sumY;
        double z = sumZ;
        for (int i = b; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box) {
                break;
            }
            if (it instanceof Item.Glue g) {
                w += g.width();
                y += g.stretch();
                z += g.shrink();
            } else if (it instanceof Item.Penalty p && p.penalty() <= -Item.INFINITY && i > b) {
                break;
            }
        }
        return new double[] {w, y, z};
    }
}
