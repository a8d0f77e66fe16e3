package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks: monospaced lines on a light tint, never hyphenated. A line too long for the
 * measure is wrapped at a space where one fits (inside a token only when none does) and
 * continues on the next line with a hooked arrow, indented as far as the line's own leading
 * whitespace plus the arrow, so no code is cut off and the structure stays readable.
 */
final class CodeLines {
    /** The continuation mark and the space after it, in characters. */
    private static final int MARK = 2;

    private CodeLines() {
    }

    static List<VBox> lay(Glyphs glyphs, String code, double size, double width, double indent, Element tag) {
        double lineH = size * 1.32;
        FontMetrics fm = glyphs.fonts().metrics(Face.MONO);
        double avail = width - indent - 12;
        double charW = fm.width("M", size);
        int perLine = Math.max(10, (int) Math.floor(avail / charW) - 2);
        List<VBox> lines = new ArrayList<>();
        for (String src : code.split("\n", -1)) {
            String line = src.replace("\t", "    ");
            int lead = 0;
            while (lead < line.length() && line.charAt(lead) == ' ') {
                lead++;
            }
            // A continuation keeps the leading whitespace; very deep indents give way to the text.
            int hang = Math.min(lead, perLine / 2);
            boolean cont = false;
            do {
                int room = cont ? perLine - hang - MARK : perLine;
                int cut = cut(line, room, cont ? 0 : lead);
                String part = line.substring(0, cut);
                line = line.substring(cut);
                if (cont) {
                    part = part.stripLeading();
                }
                List<Op> ops = new ArrayList<>();
                ops.add(new Op.Fill(indent, 0, width - indent, lineH, 0.94f));
                double x = indent + 6;
                if (cont) {
                    x += charW * hang;
                    ops.add(new Op.Text(x - 1, lineH * 0.76, "\u21AA", Style.of(Face.MONO, size).withRaise(0, size), null));
                    x += charW * MARK;
                }
                for (Glyphs.Piece g : glyphs.split(part, Face.MONO)) {
                    ops.add(new Op.Text(x, lineH * 0.76, g.text(), Style.of(g.face(), size), tag));
                    x += glyphs.fonts().metrics(g.face()).width(g.text(), size);
                }
                lines.add(new VBox(lineH, 0, ops, true, null));
                cont = true;
                // What is left after a wrap at a space starts with the next token.
                if (!line.isEmpty() && line.isBlank()) {
                    line = "";
                }
            } while (!line.isEmpty());
        }
        return lines;
    }

    /**
     * Where to end a line of at most {@code room} characters: after the last space that fits
     * (past the leading whitespace), else at {@code room}, never inside a surrogate pair.
     */
    private static int cut(String line, int room, int lead) {
        if (line.length() <= room) {
            return line.length();
        }
        for (int i = room; i > lead; i--) {
            if (line.charAt(i - 1) == ' ' && line.charAt(i) != ' ') {
                return i;
            }
        }
        int cut = room;
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
