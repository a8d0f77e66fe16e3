package imprint.render.pdf.layout;

/** A font face of the bundled families. */
public enum Face {
    SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC,
    SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC,
    MONO, MONO_BOLD, MONO_ITALIC, MONO_BOLD_ITALIC;

    /** The same family with bold and italic as given. */
    public Face with(boolean bold, boolean italic) {
        int family = ordinal() / 4;
        return values()[family * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    public boolean bold() {
        return ordinal() % 4 == 1 || ordinal() % 4 == 3;
    }

    public boolean italic() {
        return ordinal() % 4 >= 2;
    }

    /** The other families with the same weight and slant, tried when a glyph is missing. */
    public Face[] fallbacks() {
        int style = ordinal() % 4;
        int family = ordinal() / 4;
        return new Face[] {values()[((family + 1) % 3) * 4 + style], values()[((family + 2) % 3) * 4 + style]};
    }
}
