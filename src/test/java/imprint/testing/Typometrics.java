package imprint.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Composition figures of any PDF from its own text positions (PDFBox), as
 * {@code /work/shared/tools/typometrics.py} measures them from poppler's side: lines by
 * baseline, in reading order on each page, with their extent, text, size and font. The tests
 * assert properties on these lines; {@link #main} prints the figures for the README's table:
 * {@code java -cp target/test-classes:$(cat cp.txt) imprint.testing.Typometrics FILE.pdf}.
 */
public final class Typometrics {
    /** One line of text: page (0-based), extent, baseline, size of its largest glyph, its first font's name. */
    public record Line(int page, double x0, double x1, double y, double size, String font, String text,
                       double pageWidth, double pageHeight) {
        public int words() {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        /** Ends in a hyphen that breaks a word (a soft hyphen drawn as one, or a hyphen after a letter). */
        public boolean hyphenated() {
            String t = text.stripTrailing();
            if (t.length() < 2) {
                return false;
            }
            char last = t.charAt(t.length() - 1);
            return (last == '\u00AD' || last == '-' || last == '\u2010') && Character.isLetter(t.charAt(t.length() - 2));
        }
    }

    private Typometrics() {
    }

    /** Every line of every page, top to bottom. */
    public static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                s.setStartPage(p + 1);
                s.setEndPage(p + 1);
                s.writeText(doc, new StringWriter());
                var box = doc.getPage(p).getMediaBox();
                glyphs.sort(Comparator.comparingDouble((TextPosition t) -> Math.round(t.getYDirAdj() * 2) / 2.0)
                        .thenComparingDouble(TextPosition::getXDirAdj));
                int i = 0;
                while (i < glyphs.size()) {
                    double y = Math.round(glyphs.get(i).getYDirAdj() * 2) / 2.0;
                    StringBuilder sb = new StringBuilder();
                    double x0 = Double.MAX_VALUE;
                    double x1 = 0;
                    double size = 0;
                    double lastEnd = -1;
                    String font = glyphs.get(i).getFont() == null ? "" : glyphs.get(i).getFont().getName();
                    int j = i;
                    // Glyphs within 2 pt of a baseline form a line (superscripts join it).
                    while (j < glyphs.size() && Math.abs(Math.round(glyphs.get(j).getYDirAdj() * 2) / 2.0 - y) <= 2) {
                        TextPosition t = glyphs.get(j);
                        if (lastEnd >= 0 && t.getXDirAdj() - lastEnd > t.getFontSizeInPt() * 0.12 && sb.length() > 0
                                && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                        sb.append(t.getUnicode());
                        x0 = Math.min(x0, t.getXDirAdj());
                        if (!t.getUnicode().isBlank()) {
                            x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                        }
                        size = Math.max(size, t.getFontSizeInPt());
                        lastEnd = t.getXDirAdj() + t.getWidthDirAdj();
                        j++;
                    }
                    out.add(new Line(p, x0, x1, y, size, font, sb.toString(), box.getWidth(), box.getHeight()));
                    i = j;
                }
            }
        }
        return out;
    }

    /** Body lines: at least 5 words, in the serif, away from the running head and folio. */
    public static List<Line> body(List<Line> lines) {
        return lines.stream().filter(l -> l.words() >= 5 && !l.font().contains("Mono") && !l.font().contains("Sans")
                && l.y() > 0.07 * l.pageHeight() && l.y() < 0.93 * l.pageHeight()).toList();
    }

    /** The longest run of consecutive lines ending in a hyphen. */
    public static int longestLadder(List<Line> lines) {
        int best = 0;
        int run = 0;
        for (Line l : lines) {
            run = l.hyphenated() ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * Lines whose right edge is more than {@code tolerance} past {@code right} plus what the line's
     * last glyph is designed to hang into the margin ({@link #hang}).
     */
    public static List<Line> pastMarginBeyondProtrusion(List<Line> lines, double right, double tolerance) {
        return lines.stream().filter(l -> l.x1() > right + tolerance + hang(l)).toList();
    }

    /**
     * The most a line's last glyph may hang past the measure, from microtype's default protrusion
     * table (right side, thousandths of the glyph: full stop, comma, hyphen and closing quote 700,
     * colon, semicolon and closing double quote 500, en dash 300, em dash, ! and ? 200) times a
     * bound on those glyphs' widths (0.4 em; an em dash is 1 em); letters hang not at all.
     */
    public static double hang(Line l) {
        String t = l.text().stripTrailing();
        if (t.isEmpty()) {
            return 0;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '\u2014') {
            return 0.2 * l.size();
        }
        double share = ".,-\u00AD\u2010\u2019'".indexOf(c) >= 0 ? 0.7 : ":;\u201D\"".indexOf(c) >= 0 ? 0.5
                : c == '\u2013' ? 0.3 : "!?".indexOf(c) >= 0 ? 0.2 : 0;
        return share * 0.4 * l.size();
    }

    /** Lines whose right edge is more than {@code tolerance} past {@code right}. */
    public static List<Line> pastMargin(List<Line> lines, double right, double tolerance) {
        return lines.stream().filter(l -> l.x1() > right + tolerance).toList();
    }

    public static double medianChars(List<Line> lines) {
        List<Integer> n = lines.stream().map(l -> l.text().strip().length()).sorted().toList();
        return n.isEmpty() ? 0 : n.get(n.size() / 2);
    }

    /** Share of pages whose last body line is hyphenated. */
    public static double pagesEndingInHyphen(List<Line> body) {
        java.util.Map<Integer, Line> last = new java.util.TreeMap<>();
        body.forEach(l -> last.put(l.page(), l));
        long h = last.values().stream().filter(Line::hyphenated).count();
        return last.isEmpty() ? 0 : (double) h / last.size();
    }

    public static void main(String[] args) throws IOException {
        for (String f : args) {
            List<Line> body = body(lines(Files.readAllBytes(Path.of(f))));
            long hy = body.stream().filter(Line::hyphenated).count();
            System.out.printf(Locale.ROOT, "%s: body lines %d, chars per line (median) %.0f, hyphenated %.1f %%, "
                            + "longest ladder %d, pages ending in a hyphen %.1f %%%n", f, body.size(), medianChars(body),
                    100.0 * hy / Math.max(1, body.size()), longestLadder(body), 100 * pagesEndingInHyphen(body));
        }
    }
}
