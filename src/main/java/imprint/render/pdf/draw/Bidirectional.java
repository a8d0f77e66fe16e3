package imprint.render.pdf.draw;

/** Character direction tests the painter and the metrics share. */
final class Bidirectional {
    private Bidirectional() {
    }

    /** Whether the text has a strong right-to-left character (Hebrew, Arabic, Thaana, Syriac ...). */
    static boolean hasRtl(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
