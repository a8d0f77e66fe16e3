package imprint.plan;

import java.util.List;
import java.util.Locale;

/**
 * What a printer accepts for a book's interior, from the printers' published requirements: the
 * bleed, the page-count range and parity, the minimum inside margin (gutter) for a page count,
 * the minimum outside margins, the trim sizes offered, and the PDF/X versions taken. One table
 * for the renderer that makes the file and the preflight that checks it.
 *
 * <p>Amazon KDP (paperback manuscript guidelines): bleed 0.125 in on the top, bottom and outside
 * edges; 24 to 828 pages; inside margin 0.375 in up to 150 pages, 0.5 in to 300, 0.625 in to
 * 500, 0.75 in to 700, 0.875 in to 828; outside margins at least 0.25 in, 0.375 in with bleed.
 * IngramSpark (file creation guide): PDF/X-1a, PDF/X-3 or PDF/X-4, bleed 0.125 in, an even page
 * count from 18 pages, margins of at least 0.5 in. Generic: PDF/X-4 with bleed and half-inch
 * margins, the safe choice for a print shop that has not said.
 */
public enum PrintProfile {
    KDP("Amazon KDP", 0.125, 24, 828, false,
            new int[] {150, 300, 500, 700, 828}, new double[] {0.375, 0.5, 0.625, 0.75, 0.875}, 0.25, 0.375,
            List.of(new double[] {5, 8}, new double[] {5.06, 7.81}, new double[] {5.25, 8}, new double[] {5.5, 8.5},
                    new double[] {6, 9}, new double[] {6.14, 9.21}, new double[] {6.69, 9.61}, new double[] {7, 10},
                    new double[] {7.44, 9.69}, new double[] {7.5, 9.25}, new double[] {8, 10}, new double[] {8.25, 6},
                    new double[] {8.25, 8.25}, new double[] {8.5, 8.5}, new double[] {8.5, 11}, new double[] {8.27, 11.69}),
            List.of()),
    INGRAM("IngramSpark", 0.125, 18, 1200, true,
            new int[] {Integer.MAX_VALUE}, new double[] {0.5}, 0.5, 0.5, List.of(),
            List.of("PDF/X-1a:2001", "PDF/X-1a:2003", "PDF/X-3:2002", "PDF/X-3:2003", "PDF/X-4")),
    GENERIC("print", 0.125, 1, 100_000, true,
            new int[] {Integer.MAX_VALUE}, new double[] {0.5}, 0.5, 0.5, List.of(), List.of("PDF/X-4"));

    private final String label;
    private final double bleedIn;
    private final int minPages;
    private final int maxPages;
    private final boolean evenPages;
    private final int[] gutterUpTo;
    private final double[] gutterIn;
    private final double outsideIn;
    private final double outsideWithBleedIn;
    private final List<double[]> trims;
    private final List<String> pdfx;

    PrintProfile(String label, double bleedIn, int minPages, int maxPages, boolean evenPages, int[] gutterUpTo,
                 double[] gutterIn, double outsideIn, double outsideWithBleedIn, List<double[]> trims, List<String> pdfx) {
        this.label = label;
        this.bleedIn = bleedIn;
        this.minPages = minPages;
        this.maxPages = maxPages;
        this.evenPages = evenPages;
        this.gutterUpTo = gutterUpTo;
        this.gutterIn = gutterIn;
        this.outsideIn = outsideIn;
        this.outsideWithBleedIn = outsideWithBleedIn;
        this.trims = trims;
        this.pdfx = pdfx;
    }

    /** The printer's name, for messages. */
    public String label() {
        return label;
    }

    /** Bleed beyond the trim on the top, bottom and outside edges, in inches. */
    public double bleedIn() {
        return bleedIn;
    }

    public int minPages() {
        return minPages;
    }

    public int maxPages() {
        return maxPages;
    }

    /** Whether the printer requires an even page count (a book is printed in leaves). */
    public boolean evenPages() {
        return evenPages;
    }

    /** The minimum inside margin for a book of this many pages, in inches. */
    public double minInsideIn(int pages) {
        for (int i = 0; i < gutterUpTo.length; i++) {
            if (pages <= gutterUpTo[i]) {
                return gutterIn[i];
            }
        }
        return gutterIn[gutterIn.length - 1];
    }

    /** The minimum top, bottom and outside margin, in inches. */
    public double minOutsideIn(boolean bleeds) {
        return bleeds ? outsideWithBleedIn : outsideIn;
    }

    /** Whether the printer offers this trim (any trim when it publishes no list), within 0.01 in. */
    public boolean offersTrim(double widthIn, double heightIn) {
        if (trims.isEmpty()) {
            return true;
        }
        for (double[] t : trims) {
            if (Math.abs(t[0] - widthIn) < 0.011 && Math.abs(t[1] - heightIn) < 0.011) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offered trim width nearest {@code nearWidthIn} among the trims of this height (within
     * 0.01 in), or NaN when the printer publishes no list or none has that height.
     */
    public double trimWidthFor(double heightIn, double nearWidthIn) {
        double best = Double.NaN;
        for (double[] t : trims) {
            if (Math.abs(t[1] - heightIn) < 0.011 && (Double.isNaN(best) || Math.abs(t[0] - nearWidthIn) < Math.abs(best - nearWidthIn))) {
                best = t[0];
            }
        }
        return best;
    }

    /** The PDF/X versions taken; empty when the printer takes a plain PDF (KDP). */
    public List<String> pdfxVersions() {
        return pdfx;
    }

    /** Parses {@code kdp}, {@code ingram} or {@code generic}. */
    public static PrintProfile parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "kdp" -> KDP;
            case "ingram", "ingramspark", "lsi" -> INGRAM;
            case "generic", "print" -> GENERIC;
            default -> throw new IllegalArgumentException("unknown print profile '" + s + "' (expected kdp, ingram or generic)");
        };
    }
}
