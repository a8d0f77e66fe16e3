package imprint.render.pdf.layout;

/** A font face of the bundled families. */
public enum Face {
    SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC,
    SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC,
    MONO, MONO_BOLD, MONO_ITALIC, MONO_BOLD_ITALIC,
    /** Fonts found on the system, for characters no bundled font has; assigned on first need. */
    SYSTEM_0, SYSTEM_1, SYSTEM_2, SYSTEM_3, SYSTEM_4, SYSTEM_5, SYSTEM_6, SYSTEM_7,
    /**
     * Bundled faces for the scripts the text families lack, regular then bold, chosen per
     * character by script (and for Han by language); loaded only when a document uses them.
     */
    ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD, DEVANAGARI, DEVANAGARI_BOLD, BENGALI, BENGALI_BOLD,
    TAMIL, TAMIL_BOLD, THAI, THAI_BOLD, CJK_SC, CJK_SC_BOLD, CJK_TC, CJK_TC_BOLD, CJK_JP, CJK_JP_BOLD,
    CJK_KR, CJK_KR_BOLD, EMOJI, EMOJI_BOLD;

    /** Whether this is one of the system font slots (fonts from {@code --font-dir}). */
    public boolean system() {
        return ordinal() >= SYSTEM_0.ordinal() && ordinal() <= SYSTEM_7.ordinal();
    }

    /** Whether this is one of the bundled script faces. */
    public boolean script() {
        return ordinal() >= ARABIC.ordinal();
    }

    /** The same family with bold and italic as given. */
    public Face with(boolean bold, boolean italic) {
        if (system()) {
            return this;
        }
        if (script()) {
            int base = ordinal() - (ordinal() - ARABIC.ordinal()) % 2;
            return values()[base + (bold ? 1 : 0)];
        }
        int family = ordinal() / 4;
        return values()[family * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    public boolean bold() {
        if (script()) {
            return (ordinal() - ARABIC.ordinal()) % 2 == 1;
        }
        return !system() && (ordinal() % 4 == 1 || ordinal() % 4 == 3);
    }

    public boolean italic() {
        return !system() && !script() && ordinal() % 4 >= 2;
    }

    /** The other families with the same weight and slant, tried when a glyph is missing. */
    public Face[] fallbacks() {
        if (system() || script()) {
            return bold() ? new Face[] {SERIF_BOLD, SANS_BOLD} : new Face[] {SERIF, SANS};
        }
        int style = ordinal() % 4;
        int family = ordinal() / 4;
        return new Face[] {values()[((family + 1) % 3) * 4 + style], values()[((family + 2) % 3) * 4 + style]};
    }
}
