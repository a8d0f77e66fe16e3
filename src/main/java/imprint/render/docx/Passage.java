package imprint.render.docx;

import imprint.model.Block;
import imprint.model.Inline;
import imprint.model.Inlines;
import imprint.text.BidiText;
import java.util.List;

/**
 * The passage being written: its language and direction (from a Markdown fenced div; "" for the
 * document's own), and whether the next paragraph is right to left ({@code w:bidi}).
 */
final class Passage {
    private String lang = "";
    private String dir = "";
    private boolean nextRtl;

    String lang() {
        return lang;
    }

    /** Enters a division; running what it returns restores the surrounding passage. */
    Runnable enter(Block.Division d) {
        String l = lang;
        String r = dir;
        if (!d.lang().isEmpty()) {
            lang = d.lang();
        }
        if (!d.dir().isEmpty()) {
            dir = d.dir();
        }
        return () -> {
            lang = l;
            dir = r;
        };
    }

    /** Decides the direction of the paragraph about to be written, from the passage or its first strong character. */
    void paragraph(List<Inline> content) {
        String text = Inlines.plainText(content);
        nextRtl = (!dir.isEmpty() || BidiText.mayNeedBidi(text)) && BidiText.rtlParagraph(text, dir, lang);
    }

    /** Whether text (a table's cells, say) is right to left here: its first strong character, else the passage's direction. */
    boolean rtl(String text) {
        return (!dir.isEmpty() || BidiText.mayNeedBidi(text)) && BidiText.rtlParagraph(text, dir, lang);
    }

    /** Whether the paragraph being opened is right to left; the answer holds for that paragraph only. */
    boolean takeRtl() {
        boolean r = nextRtl;
        nextRtl = false;
        return r;
    }
}
