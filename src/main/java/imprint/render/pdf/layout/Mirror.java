package imprint.render.pdf.layout;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.text.BidiText;
import java.util.List;

/**
 * Right-to-left blocks mirror: inside a right-to-left list, quote or passage the indents are
 * taken from the right edge of the measure, list labels hang on the right and a quote's rule
 * runs down its right side. The state is the indent at which the mirrored context began.
 */
final class Mirror {
    private double base = -1;

    boolean on() {
        return base >= 0;
    }

    /** Mirrors what follows if {@code rtl} (and nothing mirrors yet); running the result ends it. */
    Runnable enter(boolean rtl, double indent) {
        if (!rtl || on()) {
            return () -> { };
        }
        base = indent;
        return () -> base = -1;
    }

    /** Whether blocks are right-to-left: their direction, else their first strong character, else their language. */
    static boolean rtl(List<Block> blocks, Glyphs glyphs) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) {
            text.append(text(b)).append(' ');
            if (text.length() > 200) {
                break;
            }
        }
        return rtlText(text.toString(), glyphs);
    }

    static boolean rtlText(String text, Glyphs glyphs) {
        if (!BidiText.mayNeedBidi(text) && !"rtl".equalsIgnoreCase(glyphs.direction())
                && !BidiText.rtlLanguage(glyphs.language())) {
            return false; // no right-to-left character: no need to load ICU
        }
        return BidiText.rtlParagraph(text, glyphs.direction(), glyphs.language());
    }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) {
            return plain(p.content());
        }
        if (b instanceof Block.BulletList l) {
            return l.items().isEmpty() ? "" : text(l.items().get(0).blocks());
        }
        if (b instanceof Block.OrderedList l) {
            return l.items().isEmpty() ? "" : text(l.items().get(0).blocks());
        }
        if (b instanceof Block.BlockQuote q) {
            return text(q.blocks());
        }
        if (b instanceof Block.Division d) {
            return text(d.blocks());
        }
        return "";
    }

    private static String text(List<Block> blocks) {
        return blocks.isEmpty() ? "" : text(blocks.get(0));
    }

    private static String plain(List<Inline> content) {
        return Inlines.plainText(content);
    }

    /** The measure of a paragraph: its indent moved to the right edge when mirrored. */
    ParagraphLayout.Spec apply(ParagraphLayout.Spec s) {
        if (!on()) {
            return s;
        }
        return new ParagraphLayout.Spec(s.width() - (s.indent() - base), base, s.firstIndent(), s.leading(), s.justify(),
                s.hyphenator(), s.center());
    }

    /** Where a thing of width {@code w} placed at {@code x} goes: mirrored within the measure when on. */
    double x(double x, double w, double width) {
        return on() ? base + width - x - w : x;
    }
}
