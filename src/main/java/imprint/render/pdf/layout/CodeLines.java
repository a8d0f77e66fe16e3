package imprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks: monospaced lines on a light tint, never hyphenated; a line too long for the
 * measure continues on the next with a hooked arrow, so no code is cut off.
 */
final class CodeLines {
    private CodeLines() {
    }

    static List<VBox> lay(Glyphs glyphs, String code, double width, double indent, Element tag) {
        double size = 8.6;
        double lineH = size * 1.32;
        FontMetrics fm = glyphs.fonts().metrics(Face.MONO);
        double avail = width - indent - 12;
        double charW = fm.width("M", size);
        int perLine = Math.max(10, (int) Math.floor(avail / charW) - 2);
        List<VBox> lines = new ArrayList<>();
        for (String src : code.split("\n", -1)) {
            String line = src.replace("\t", "    ");
            boolean cont = false;
            do {
                int cut = Math.min(line.length(), perLine);
                if (cut < line.length() && Character.isHighSurrogate(line.charAt(cut - 1))) {
                    cut--;
                }
                String part = line.substring(0, cut);
                line = line.substring(cut);
                List<Op> ops = new ArrayList<>();
                ops.add(new Op.Fill(indent, 0, width - indent, lineH, 0.94f));
                double x = indent + 6;
                if (cont) {
                    ops.add(new Op.Text(x - 1, lineH * 0.76, "\u21AA", Style.of(Face.MONO, size).withRaise(0, size), null));
                    x += charW * 2;
                }
                for (Glyphs.Piece g : glyphs.split(part, Face.MONO)) {
                    ops.add(new Op.Text(x, lineH * 0.76, g.text(), Style.of(g.face(), size), tag));
                    x += glyphs.fonts().metrics(g.face()).width(g.text(), size);
                }
                lines.add(new VBox(lineH, 0, ops, true, null));
                cont = true;
            } while (!line.isEmpty());
        }
        return lines;
    }

}
