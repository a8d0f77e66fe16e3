package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The Knuth–Plass total-fit line breaker: chooses the breaks that minimise the sum of squared
 * badness (plus penalties) over the whole paragraph, as TeX does, rather than filling each line
 * greedily. Lines may have different widths.
 *
 * <p>Passes as in TeX, and stricter: first without hyphenation at a tight tolerance (TeX's
 * {@code \pretolerance}), then with hyphenation ({@code \tolerance}), then looser, and only
 * then an emergency pass that may leave a line overfull, so it always terminates. In every pass
 * but the emergency one, no more than {@link #MAX_HYPHEN_LADDER} lines in a row end in a
 * hyphen; two in a row cost {@code \doublehyphendemerits}, a hyphen on the next-to-last line
 * {@code \finalhyphendemerits}, and a last line shorter than {@link #MIN_LAST_LINE} of the
 * measure (a lone fragment) costs so much that the paragraph is broken another way if it can be.
 */
public final class KnuthPlass {
    /** Break positions (indices into the item list), each line's spaces' adjustment ratio and its font expansion. */
    public record Break(int position, double ratio, double expansion) {
        public Break(int position, double ratio) {
            this(position, ratio, 0);
        }
    }

    /** Widths of successive lines. */
    public interface LineWidths {
        double width(int line);
    }

    /** TeX's {@code \linepenalty}: every line costs this, so fewer lines are better. */
    private static final double LINE_PENALTY = 10;
    /** TeX's {@code \doublehyphendemerits}: two hyphenated lines in a row. */
    private static final double DOUBLE_HYPHEN_DEMERITS = 10000;
    /**
     * The next-to-last line hyphenated: ten times TeX's {@code \finalhyphendemerits}, as the
     * last line then starts with a word's tail, the next thing to a lone fragment.
     */
    private static final double FINAL_HYPHEN_DEMERITS = 50000;
    /** TeX's {@code \adjdemerits}: a tight line next to a loose one. */
    private static final double FITNESS_DEMERITS = 10000;
    /** Most lines in a row that may end in a hyphen (outside the emergency pass). */
    static final int MAX_HYPHEN_LADDER = 2;
    /** The shortest last line of a paragraph of two lines or more, as a share of the measure. */
    static final double MIN_LAST_LINE = 0.2;
    /**
     * What a lone fragment costs: as much as a line set at about 4.6 times its stretch, so the
     * breaker re-breaks the whole paragraph (spreading the difference over its lines) rather
     * than leave one word alone.
     */
    private static final double FRAGMENT_DEMERITS = 1e8;
    /**
     * Tolerances of the passes as the spaces' adjustment ratios after font expansion ({@link LineFit};
     * badness is 100 r³): a first pass without hyphens at badness 22 (tighter than TeX's
     * {@code \pretolerance} 100, as expansion makes room for most paragraphs and the looser
     * ones read better with a hyphen), TeX's {@code \tolerance} 200, then badness 800 and
     * 100,000 before the emergency pass.
     */
    private static final double PRETOLERANCE = 0.6;
    private static final double TOLERANCE = Math.cbrt(2.0);
    private static final double LOOSE = 2.0;
    private static final double LOOSEST = 10.0;

    private KnuthPlass() {
    }

    /**
     * Breaks a paragraph. The item list must end with a forced break (see {@link #finish}).
     */
    public static List<Break> breakLines(List<Item> items, LineWidths widths) {
        // A pass whose best ends on a lone fragment gives way to the next, which may re-break the paragraph.
        Result fallback = null;
        double[] tolerances = {PRETOLERANCE, TOLERANCE, LOOSE, LOOSEST};
        for (int pass = 0; pass < tolerances.length; pass++) {
            Result r = run(items, widths, tolerances[pass], pass > 0, false);
            if (r != null && !endsOnFragment(items, widths, r.breaks())) {
                return r.breaks();
            }
            if (fallback == null) {
                fallback = r;
            }
        }
        return fallback != null ? fallback.breaks() : run(items, widths, Double.MAX_VALUE, true, true).breaks();
    }

    /** Whether a paragraph of two lines or more ends on a line shorter than {@link #MIN_LAST_LINE} of its measure. */
    static boolean endsOnFragment(List<Item> items, LineWidths widths, List<Break> breaks) {
        if (breaks.size() < 2) {
            return false;
        }
        if (betweenCharacters(items, breaks.get(breaks.size() - 2).position())) {
            return false;
        }
        double w = 0;
        int from = breaks.get(breaks.size() - 2).position() + 1;
        for (int i = from; i < breaks.get(breaks.size() - 1).position(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box || it instanceof Item.Glue g && g.stretch() < 1e5 && w > 0) {
                w += it.width();
            }
        }
        return w < MIN_LAST_LINE * widths.width(breaks.size() - 1);
    }

    /**
     * Whether a break falls between characters (the zero-width glue of Chinese, Japanese or
     * Thai): a short last line there is how those scripts end a paragraph, not a lone word's
     * fragment, and loosening the lines above to avoid it would open gaps between characters.
     */
    private static boolean betweenCharacters(List<Item> items, int position) {
        return position > 0 && position < items.size() && items.get(position) instanceof Item.Glue g && g.width() == 0;
    }

    /** The breaks a pass chose and what they cost. */
    private record Result(List<Break> breaks, double demerits) {
    }

    /** A hyphenation point (a flagged penalty that adds a hyphen), as against a break after a dash. */
    private static boolean isHyphenation(Item it) {
        return it instanceof Item.Penalty p && p.flagged() && p.width() > 0;
    }

    /** Appends the paragraph end: infinitely stretchable glue and a forced break. */
    public static void finish(List<Item> items) {
        items.add(new Item.Penalty(0, Item.INFINITY, false));
        items.add(new Item.Glue(0, 1e6, 0));
        items.add(new Item.Penalty(0, -Item.INFINITY, false));
    }

    private static Result run(List<Item> items, LineWidths widths, double tolerance, boolean hyphenate,
                              boolean emergency) {
        List<BreakNode> active = new ArrayList<>();
        active.add(new BreakNode(0, 0, 1, 0, 0, 0, 0, 0, null, 0, 0, 0));
        double sumW = 0;
        double sumY = 0;
        double sumZ = 0;
        double sumE = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean legal = false;
            double penalty = 0;
            boolean flagged = false;
            double extra = 0;
            if (it instanceof Item.Penalty p) {
                legal = p.penalty() < Item.INFINITY && (hyphenate || !isHyphenation(p));
                penalty = p.penalty();
                flagged = p.flagged();
                extra = p.width();
            } else if (it instanceof Item.Glue) {
                legal = i > 0 && items.get(i - 1) instanceof Item.Box;
            }
            if (legal) {
                consider(active, items, widths, i, new double[] {sumW, sumY, sumZ, sumE}, penalty, flagged, extra, tolerance, emergency);
                if (active.isEmpty()) {
                    return null;
                }
            }
            if (it instanceof Item.Box b) {
                sumW += b.width();
                sumE += b.expandable();
            } else if (it instanceof Item.Glue g) {
                sumW += g.width();
                sumY += g.stretch();
                sumZ += g.shrink();
            }
        }
        BreakNode best = null;
        for (BreakNode n : active) {
            if (n.position == items.size() - 1 && (best == null || n.demerits < best.demerits)) {
                best = n;
            }
        }
        if (best == null) {
            return null;
        }
        List<Break> out = new ArrayList<>();
        for (BreakNode n = best; n.previous != null; n = n.previous) {
            out.add(0, new Break(n.position, n.ratio, n.expansion));
        }
        return new Result(out, best.demerits);
    }

    private static void consider(List<BreakNode> active, List<Item> items, LineWidths widths, int b, double[] sums,
                                 double penalty, boolean flagged, double extra,
                                 double tolerance, boolean emergency) {
        // The best way to reach this break for each fitness class and each count of hyphens in a row.
        int classes = 4 * (MAX_HYPHEN_LADDER + 1);
        BreakNode[] bestByFitness = new BreakNode[classes];
        double[] bestDemerits = new double[classes];
        java.util.Arrays.fill(bestDemerits, Double.MAX_VALUE);
        BreakNode lastDeactivated = null;
        double[] ratioFor = new double[classes];
        double[] expansionFor = new double[classes];
        double sumW = sums[0];
        // Breaks after an explicit hyphen or dash count for the ladder too: the line ends in one all the same.
        boolean hyphen = flagged;
        for (int k = 0; k < active.size(); k++) {
            BreakNode a = active.get(k);
            double lineWidth = widths.width(a.line);
            double natural = sumW - a.width + extra;
            LineFit fit = LineFit.of(lineWidth, natural, sums[1] - a.stretch, sums[2] - a.shrink, sums[3] - a.expandable);
            double ratio = fit.ratio();
            boolean forced = penalty <= -Item.INFINITY;
            if (ratio < -1 || forced) {
                active.remove(k--);
                lastDeactivated = a;
            }
            int hyphens = hyphen ? a.hyphens + 1 : 0;
            if (hyphens > MAX_HYPHEN_LADDER && !emergency) {
                continue;
            }
            hyphens = Math.min(hyphens, MAX_HYPHEN_LADDER);
            if (ratio >= -1 && ratio <= tolerance) {
                double r = Math.max(ratio, -1);
                double badness = 100 * Math.pow(Math.abs(r), 3);
                double d = Math.pow(LINE_PENALTY + badness, 2);
                if (penalty >= 0) {
                    d += penalty * penalty;
                } else if (!forced) {
                    d -= penalty * penalty;
                }
                boolean afterHyphen = a.position > 0 && items.get(a.position) instanceof Item.Penalty p && p.flagged();
                if (hyphen && afterHyphen) {
                    d += DOUBLE_HYPHEN_DEMERITS;
                }
                if (forced && afterHyphen) {
                    d += FINAL_HYPHEN_DEMERITS;
                }
                if (forced && a.line > 0 && natural < MIN_LAST_LINE * lineWidth && !betweenCharacters(items, a.position)) {
                    d += FRAGMENT_DEMERITS;
                }
                int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
                if (Math.abs(fitness - a.fitness) > 1) {
                    d += FITNESS_DEMERITS;
                }
                d += a.demerits;
                int c = fitness * (MAX_HYPHEN_LADDER + 1) + hyphens;
                if (d < bestDemerits[c]) {
                    bestDemerits[c] = d;
                    bestByFitness[c] = a;
                    ratioFor[c] = r;
                    expansionFor[c] = fit.expansion();
                }
            }
        }
        if (emergency && active.isEmpty() && allNull(bestByFitness) && lastDeactivated != null) {
            // Nothing fits: accept an overfull line from the last node rather than fail.
            int c = MAX_HYPHEN_LADDER + 1; // fitness 1, no hyphens counted: the ladder starts again
            bestByFitness[c] = lastDeactivated;
            bestDemerits[c] = lastDeactivated.demerits + 1e7;
            ratioFor[c] = -1;
        }
        double[] after = afterBreak(items, b, sumW, sums[1], sums[2]);
        for (int c = 0; c < classes; c++) {
            BreakNode a = bestByFitness[c];
            if (a != null) {
                active.add(new BreakNode(b, a.line + 1, c / (MAX_HYPHEN_LADDER + 1), after[0], after[1], after[2],
                        bestDemerits[c], ratioFor[c], a, c % (MAX_HYPHEN_LADDER + 1), sums[3], expansionFor[c]));
            }
        }
    }

    private static boolean allNull(BreakNode[] nodes) {
        for (BreakNode n : nodes) {
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
