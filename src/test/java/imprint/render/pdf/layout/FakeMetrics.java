package imprint.render.pdf.layout;

/** Every character half an em wide; every face the same. For testing layout without fonts. */
final class FakeMetrics implements FontMetrics, FontSet {
    @Override
    public double width(String text, double size) {
        return text.codePointCount(0, text.length()) * size * 0.5;
    }

    @Override
    public double ascent(double size) {
        return size * 0.8;
    }

    @Override
    public double descent(double size) {
        return size * 0.2;
    }

    @Override
    public boolean canDisplay(int codePoint) {
        return codePoint < 0x3000; // no CJK, so fallback and missing glyphs can be tested
    }

    @Override
    public FontMetrics metrics(Face face) {
        return this;
    }
}
