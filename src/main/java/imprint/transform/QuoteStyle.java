package imprint.transform;

import java.util.Locale;

/**
 * The quotation marks of a language. French puts a narrow no-break space inside guillemets
 * and before {@code ; : ! ?}.
 */
enum QuoteStyle {
    ENGLISH("\u201C", "\u201D", "\u2018", "\u2019", false),
    FRENCH("\u00AB", "\u00BB", "\u2039", "\u203A", true),
    GERMAN("\u201E", "\u201C", "\u201A", "\u2018", false);

    static final String NNBSP = "\u202F";
    final String openDouble;
    final String closeDouble;
    final String openSingle;
    final String closeSingle;
    final boolean frenchSpacing;

    QuoteStyle(String openDouble, String closeDouble, String openSingle, String closeSingle, boolean frenchSpacing) {
        this.openDouble = openDouble;
        this.closeDouble = closeDouble;
        this.openSingle = openSingle;
        this.closeSingle = closeSingle;
        this.frenchSpacing = frenchSpacing;
    }

    /** The style for a BCP 47 tag, by its primary language; English for anything else. */
    static QuoteStyle forLanguage(String tag) {
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        switch (primary) {
            case "fr":
                return FRENCH;
            case "de":
                return GERMAN;
            default:
                return ENGLISH;
        }
    }
}
