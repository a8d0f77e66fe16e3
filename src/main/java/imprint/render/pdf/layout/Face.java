package imprint.render.pdf.layout;

/** A font face of the bundled families. */
public enum Face {
    SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC,
    SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC,
    MONO, MONO_BOLD, MONO_ITALIC, MONO_BOLD_ITALIC,
    /** Fonts found on the system, for characters no bundled font has; assigned on first need. */
    SYSTEM_0, SYSTEM_1, SYSTEM_2, SYSTEM_3, SYSTEM_4, SYSTEM_5, SYSTEM_6, SYSTEM_7;

    /** Whether this is one of the system font slots. */
    public boolean system() {
        return ordinal() >= SYSTEM_0.ordinal();
    }

    /** The same family with bold and italic as given. */
    public Face with(boolean bold, boolean italic) {
        if (system()) {
            return this;
        }
        int family = ordinal() / 4;
        return values()[family * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    public boolean bold() {
        return !system() && (ordinal() % 4 == 1 || ordinal() % 4 == 3);
    }

    public boolean italic() {
        return !system() && ordinal() % 4 >= 2;
    }

    /** The other families with the same weight and slant, tried when a glyph is missing. */
    public Face[] fallbacks() {
        if (system()) {
            return new Face[] {SERIF, SANS};
        }
        int style = ordinal() % 4;
        int family = ordinal() / 4;
        return new Face[] {values()[((family + 1) % 3) * 4 + style], values()[((family + 2) % 3) * 4 + style]};
    }
}
