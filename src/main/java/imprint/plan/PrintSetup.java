package imprint.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * How a book is to be printed: the printer's profile and the interior paper, which together fix
 * the bleed, the inside margin for the page count, the page-count parity and the spine width.
 * A PDF rendered without one is the screen and archive edition (PDF/A-2u, PDF/UA-1).
 *
 * @param profile the printer's requirements
 * @param stock   the interior paper, for the spine width
 * @param gray    a black-and-white interior: pictures converted to gray (the text is gray already)
 */
public record PrintSetup(PrintProfile profile, Stock stock, boolean gray) {
    /** A colour interior. */
    public PrintSetup(PrintProfile profile, Stock stock) {
        this(profile, stock, false);
    }

    /** With the interior in black and white ({@code --interior-color gray}) or in colour. */
    public PrintSetup withGray(boolean g) {
        return new PrintSetup(profile, stock, g);
    }

    /** Interior paper. Thickness per page in inches, from KDP's cover calculator (IngramSpark's stocks are within a few percent). */
    public enum Stock {
        WHITE(0.002252), CREAM(0.0025);

        private final double inchesPerPage;

        Stock(double inchesPerPage) {
            this.inchesPerPage = inchesPerPage;
        }

        public double inchesPerPage() {
            return inchesPerPage;
        }

        /** Parses {@code white} or {@code cream} (also {@code creme}). */
        public static Stock parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "white" -> WHITE;
                case "cream", "creme" -> CREAM;
                default -> throw new IllegalArgumentException("unknown interior paper '" + s + "' (expected white or cream)");
            };
        }
    }

    /**
     * KDP prints spine text only on books of more than 79 pages (narrower spines drift by more
     * than the text is wide); IngramSpark publishes no rule, so the same threshold is used.
     */
    public static final int MIN_SPINE_TEXT_PAGES = 80;

    public PrintSetup {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(stock, "stock");
    }

    /** The spine width for a book of this many pages, in inches. */
    public double spineIn(int pages) {
        return pages * stock.inchesPerPage();
    }

    /** Whether a book of this many pages may carry text on its spine. */
    public static boolean spineTextAllowed(int pages) {
        return pages >= MIN_SPINE_TEXT_PAGES;
    }
}
